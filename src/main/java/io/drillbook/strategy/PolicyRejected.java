package io.drillbook.strategy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy change refused; nothing was saved.
 */
class PolicyRejected extends RuntimeException {

	private final List<PolicyProblem> problems;

	PolicyRejected(List<PolicyProblem> problems) {
		super(problems.stream().map(PolicyProblem::message).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	List<PolicyProblem> problems() {
		return this.problems;
	}

}
