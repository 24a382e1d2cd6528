package io.drillbook.strategy.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.Durations;
import io.drillbook.topology.FailureMode;

/**
 * R15: both standbys survive the loss of a site; the faster warm standby costs a
 * permanently installed second server, so the choice follows the RTO.
 */
final class StandbyChoiceFollowsTheRto implements Rule {

	@Override
	public String id() {
		return "R15";
	}

	@Override
	public String statement() {
		return "For site failure, warm standby recovers faster than cold standby; choose by comparing each one's "
				+ "expected recovery time (policy, per tier) with the RTO.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		for (Strategy standby : List.of(Strategy.COLD_STANDBY, Strategy.WARM_STANDBY)) {
			if (!unit.hasRecoverySite()) {
				findings.add(rulesOut(standby, "The environment has no recovery site for a standby."));
				continue;
			}
			findings.add(covers(standby, Set.of(FailureMode.SITE_FAILURE),
					"A standby of " + unit.name() + " at the recovery site takes over when the primary site is lost."));
			unit.tierPolicy().expected(standby).ifPresent((expected) -> {
				Duration rto = unit.effectiveRto();
				findings.add(explains(standby,
						"Expected recovery " + Durations.words(expected)
								+ (expected.compareTo(rto) <= 0 ? " meets" : " exceeds") + " the RTO of "
								+ Durations.words(rto) + "."));
			});
		}
		return findings;
	}

}
