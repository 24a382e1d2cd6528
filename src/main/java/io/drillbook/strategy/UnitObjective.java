package io.drillbook.strategy;

import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;

import io.drillbook.topology.Component;
import io.drillbook.topology.Durations;
import io.drillbook.topology.Tier;
import io.drillbook.topology.Topology;

/**
 * Which recovery-time objective counts for a unit, and why. The planner holds a unit to
 * the strictest objective written on its components, relaxed by a grace period (R14). The
 * tier's RTO in the policy is set beside it: where the two differ, the component's own
 * counts, because it is the one agreed for that component, and the explanation says so.
 *
 * @param tier the unit's tier, that of its most critical component
 * @param tierRto what the policy asks of that tier
 * @param ownRto the strictest RTO written on its components
 * @param effective the RTO the plan holds it to
 */
record UnitObjective(Tier tier, Duration tierRto, Duration ownRto, Duration effective) {

	static UnitObjective of(UnitPlan unit, Topology topology, Policy policy) {
		Tier tier = topology.tierOf(unit.components());
		Duration own = unit.components()
			.stream()
			.map(topology::component)
			.flatMap(Optional::stream)
			.map(Component::rto)
			.min(Comparator.naturalOrder())
			.orElse(unit.effectiveRto());
		return new UnitObjective(tier, policy.tier(tier).rto(), own, unit.effectiveRto());
	}

	/** The sentence the unit's page shows. */
	public String explanation() {
		String counts = "RTO that counts: " + Durations.words(this.effective) + ". ";
		String own = Durations.words(this.ownRto);
		String asked = Durations.words(this.tierRto);
		String why;
		int compared = this.ownRto.compareTo(this.tierRto);
		if (compared == 0) {
			why = "The components ask " + own + ", as tier " + this.tier + " does in the policy.";
		}
		else if (compared > 0) {
			why = "The components ask " + own + ", looser than the " + asked + " tier " + this.tier
					+ " asks in the policy: the objective written on a component counts, being the one agreed for it; "
					+ "if the tier's is meant, write it on the component.";
		}
		else {
			why = "The components ask " + own + ", stricter than the " + asked + " tier " + this.tier
					+ " asks in the policy: the objective written on a component counts.";
		}
		String grace = (this.effective.compareTo(this.ownRto) > 0)
				? " A grace period longer than that relaxes it to " + Durations.words(this.effective) + " (R14)." : "";
		return counts + why + grace;
	}

}
