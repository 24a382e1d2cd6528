package io.drillbook.strategy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.drillbook.topology.Component;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Host;
import io.drillbook.topology.Topology;
import io.drillbook.topology.impact.ElementImpact;
import io.drillbook.topology.impact.ElementType;
import io.drillbook.topology.impact.Impact;
import io.drillbook.topology.impact.ImpactOutcome;

/**
 * A failure answered with the protection plan: for each unit it strikes, whether the plan
 * recovers it, by which strategy, where, and how long that is expected to take against
 * its RTO, or that no strategy covers it, which is a gap.
 * <p>
 * Pure: the impact analysis says what the failure strikes, the plan what is done about
 * it.
 */
public final class WhatIf {

	private WhatIf() {
	}

	/**
	 * What the plan does for one unit the failure strikes.
	 *
	 * @param unit the unit's plan
	 * @param outcome what the failure does to it: the worst of its components
	 * @param failure the failure it meets, as the rules name failures
	 * @param strategy the strategy in force for that failure, if any
	 * @param overridden whether an architect chose it over the recommendation
	 * @param recoverable whether that strategy covers the failure
	 * @param where where the unit runs again
	 * @param expected how long recovery is expected to take, from the policy
	 * @param gaps why it is lost, when it is
	 */
	public record UnitRecovery(UnitPlan unit, ImpactOutcome outcome, FailureMode failure, Optional<Strategy> strategy,
			boolean overridden, boolean recoverable, String where, Optional<Duration> expected, List<Reason> gaps) {

		public UnitRecovery {
			gaps = List.copyOf(gaps);
		}

		/** Whether the expected recovery is known to exceed the RTO that counts. */
		public boolean missesRto() {
			return this.expected.filter((e) -> e.compareTo(this.unit.effectiveRto()) > 0).isPresent();
		}

	}

	/**
	 * The units the failure strikes, those it stops at once first, in the plan's order.
	 */
	public static List<UnitRecovery> of(Impact impact, ProtectionPlan protection, Topology topology) {
		Map<String, ImpactOutcome> struck = new LinkedHashMap<>();
		for (ElementImpact effect : impact.effects()) {
			if (effect.type() == ElementType.COMPONENT && effect.outcome() != ImpactOutcome.KEEPS_RUNNING) {
				struck.merge(effect.key(), effect.outcome(), WhatIf::worse);
			}
		}
		FailureMode failure = failureOf(impact.failure().type());
		Layer layer = (failure == FailureMode.SITE_FAILURE) ? Layer.SITE : Layer.LOCAL;
		List<UnitRecovery> recoveries = new ArrayList<>();
		for (UnitPlan unit : protection.plan().units()) {
			Optional<ImpactOutcome> outcome = unit.components()
				.stream()
				.map(struck::get)
				.filter((o) -> o != null)
				.reduce(WhatIf::worse);
			if (outcome.isEmpty()) {
				continue;
			}
			Decision decision = (layer == Layer.LOCAL) ? unit.local() : unit.site();
			Optional<ProtectionPlan.Choice> choice = protection.choice(unit, layer);
			Optional<Assessment> assessment = choice.flatMap((c) -> decision.assessment(c.strategy()));
			boolean recoverable = outcome.get() == ImpactOutcome.RESTARTED_BY_HA
					|| assessment.filter((a) -> a.eligible() && a.covers().contains(failure)).isPresent();
			List<Reason> gaps = recoverable ? List.of()
					: decision.gaps().isEmpty() ? List.of(noStrategy(unit, failure)) : decision.gaps();
			recoveries.add(new UnitRecovery(unit, outcome.get(), failure, choice.map(ProtectionPlan.Choice::strategy),
					choice.map(ProtectionPlan.Choice::overridden).orElse(false), recoverable,
					where(unit, choice.map(ProtectionPlan.Choice::strategy), topology),
					assessment.flatMap(Assessment::expectedRecovery), gaps));
		}
		recoveries.sort(java.util.Comparator.comparing((UnitRecovery r) -> r.outcome() != ImpactOutcome.FAILS_AT_ONCE));
		return recoveries;
	}

	// A site or a whole cluster lost takes every host the unit could restart on: only
	// what recovers elsewhere helps. A host or the component itself failing is local.
	private static FailureMode failureOf(ElementType type) {
		return switch (type) {
			case SITE, CLUSTER -> FailureMode.SITE_FAILURE;
			case HOST -> FailureMode.HOST_FAILURE;
			case COMPONENT -> FailureMode.APPLICATION_FAILURE;
		};
	}

	private static ImpactOutcome worse(ImpactOutcome a, ImpactOutcome b) {
		return (rank(a) >= rank(b)) ? a : b;
	}

	private static int rank(ImpactOutcome outcome) {
		return switch (outcome) {
			case FAILS_AT_ONCE -> 3;
			case FAILS_AFTER_GRACE -> 2;
			case RESTARTED_BY_HA -> 1;
			case KEEPS_RUNNING -> 0;
		};
	}

	private static Reason noStrategy(UnitPlan unit, FailureMode failure) {
		return new Reason("", unit.name() + " has no strategy in force that covers " + failure.code()
				+ "; it stays down until someone repairs it by hand.", "the protection plan");
	}

	private static String where(UnitPlan unit, Optional<Strategy> strategy, Topology topology) {
		Optional<Component> lead = topology.component(unit.key());
		if (strategy.isEmpty() || lead.isEmpty()) {
			return "";
		}
		Component component = lead.get();
		return switch (strategy.get()) {
			case COLD_STANDBY,
					WARM_STANDBY ->
				component.standbyHost()
					.flatMap(topology::host)
					.map(Host::name)
					.orElse("a server set aside at the recovery site");
			case HYPERVISOR_HA, HA_IN_BAND, HA_OUT_OF_BAND ->
				"another host of cluster " + component.placement().target();
			case FAILOVER_CLUSTER, DATABASE_CLUSTERING -> "another node of its cluster";
		};
	}

}
