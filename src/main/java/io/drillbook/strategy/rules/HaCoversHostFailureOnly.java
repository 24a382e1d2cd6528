package io.drillbook.strategy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.FailureMode;

/**
 * R3: HA restarts a VM whose host failed; it does nothing for a crashed OS or
 * application.
 */
final class HaCoversHostFailureOnly implements Rule {

	@Override
	public String id() {
		return "R3";
	}

	@Override
	public String statement() {
		return "HA protects against host hardware failure only, not against OS failure nor application failure; "
				+ "a component that must survive those is not covered by HA alone.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		boolean needsMore = unit.mustSurvive().contains(FailureMode.OS_FAILURE)
				|| unit.mustSurvive().contains(FailureMode.APPLICATION_FAILURE);
		String text = "HA restarts " + unit.name() + " when its host fails"
				+ (needsMore ? ", but not when its OS or application fails, which it must survive." : ".");
		List<Conclusion> findings = new ArrayList<>();
		for (Strategy ha : Strategy.HYPERVISOR_HA_FAMILY) {
			findings.add(covers(ha, Set.of(FailureMode.HOST_FAILURE), text));
		}
		return findings;
	}

}
