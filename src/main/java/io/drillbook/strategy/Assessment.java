package io.drillbook.strategy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.drillbook.topology.FailureMode;

/**
 * One strategy considered for one protection unit.
 *
 * @param strategy the strategy
 * @param eligible whether it can be used at all
 * @param covers the failures it protects against
 * @param misses the failures the unit must survive that it does not cover
 * @param expectedRecovery how long recovery is expected to take, from the policy
 * @param reasons the rules that decided eligibility and coverage
 * @param warnings what an architect must know when choosing it
 */
record Assessment(Strategy strategy, boolean eligible, Set<FailureMode> covers, Set<FailureMode> misses,
		Optional<Duration> expectedRecovery, List<Reason> reasons, List<Reason> warnings) {

	public Assessment {
		covers = Set.copyOf(covers);
		misses = Set.copyOf(misses);
		reasons = List.copyOf(reasons);
		warnings = List.copyOf(warnings);
	}

}
