package io.drillbook.strategy.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.drillbook.strategy.Reason;
import io.drillbook.strategy.Strategy;
import io.drillbook.topology.FailureMode;

/**
 * One fact about protecting components, applied to a protection unit: facts in, findings
 * with reasons out.
 */
public interface Rule {

	/** The report every rule of this kind comes from. */
	String REPORT = "VMworld 2007 session on protecting VirtualCenter";

	/** How vSphere's HA, admission control and Fault Tolerance behave. */
	String VSPHERE = "vSphere availability: HA, admission control and Fault Tolerance";

	/** What a restore from backup gives back. */
	String BACKUP = "backup and restore: a restore returns the data of the backup it reads";

	String id();

	/** The rule in general words, as the rules reference page shows it. */
	String statement();

	/** Where the rule comes from. */
	default String source() {
		return REPORT;
	}

	List<Conclusion> evaluate(UnitFacts unit);

	default Conclusion rulesOut(Strategy strategy, String text) {
		return new Conclusion(Optional.of(strategy), Effect.RULES_OUT, Set.of(), reason(text));
	}

	default Conclusion covers(Strategy strategy, Set<FailureMode> failures, String text) {
		return new Conclusion(Optional.of(strategy), Effect.COVERS, failures, reason(text));
	}

	default Conclusion requires(Strategy strategy, String text) {
		return new Conclusion(Optional.ofNullable(strategy), Effect.REQUIRES, Set.of(), reason(text));
	}

	default Conclusion explains(Strategy strategy, String text) {
		return new Conclusion(Optional.ofNullable(strategy), Effect.EXPLAINS, Set.of(), reason(text));
	}

	default Reason reason(String text) {
		return new Reason(id(), text, source());
	}

}
