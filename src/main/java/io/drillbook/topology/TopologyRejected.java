package io.drillbook.topology;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A change refused because the resulting topology breaks its rules; nothing was saved.
 */
public class TopologyRejected extends RuntimeException {

	private final List<Problem> problems;

	public TopologyRejected(List<Problem> problems) {
		super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
