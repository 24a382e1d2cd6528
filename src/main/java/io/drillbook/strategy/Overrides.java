package io.drillbook.strategy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.drillbook.system.Refusal;
import io.drillbook.topology.Durations;
import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.TopologyChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Architects' overrides of recommendations: only eligible strategies, always with a
 * justification, never deleted, and checked against the current plan whenever they are
 * shown.
 */
@Service
@Transactional
class Overrides {

	static final int MIN_JUSTIFICATION = 20;

	private final StrategyOverrideRepository overrides;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Overrides(StrategyOverrideRepository overrides, ApplicationEventPublisher events, Clock clock) {
		this.overrides = overrides;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An override as it stands against the current plan.
	 *
	 * @param override the recorded decision
	 * @param premiseHolds whether the chosen strategy is still eligible for the unit
	 * @param factsChanged whether topology or policy changed since it was decided
	 * @param risks what the architect accepted by choosing it: failures it leaves
	 * uncovered and by how much it misses the RTO; empty when it does neither
	 */
	record Standing(StrategyOverride override, boolean premiseHolds, boolean factsChanged, List<String> risks) {

		Standing {
			risks = List.copyOf(risks);
		}

		public boolean acceptsRisk() {
			return !this.risks.isEmpty();
		}

	}

	/** The active override of each unit and layer, judged against the plan. */
	@Transactional(readOnly = true)
	Map<String, Standing> standing(Plans.PlannedEnvironment planned) {
		Map<String, Standing> standing = new LinkedHashMap<>();
		for (StrategyOverride override : this.overrides
			.findByEnvironmentKeyAndWithdrawnAtIsNullOrderByIdDesc(planned.environment().key().value())) {
			standing.putIfAbsent(key(override.getUnitKey(), override.getLayer()), judge(override, planned));
		}
		return standing;
	}

	@Transactional(readOnly = true)
	List<StrategyOverride> history(EnvironmentKey environment, String unit) {
		return this.overrides.findByEnvironmentKeyAndUnitKeyOrderByIdDesc(environment.value(), unit);
	}

	StrategyOverride decide(Plans.PlannedEnvironment planned, String unitKey, Layer layer, Strategy strategy,
			String justification, String user) {
		UnitPlan unit = planned.plan()
			.units()
			.stream()
			.filter((u) -> u.key().equals(unitKey))
			.findFirst()
			.orElseThrow(() -> Refusal.invalid("", "There is no protection unit led by " + unitKey + ".").refused());
		Decision decision = (layer == Layer.LOCAL) ? unit.local() : unit.site();
		Assessment assessment = decision.assessment(strategy)
			.orElseThrow(() -> Refusal.invalid("strategy", strategy.title() + " is not a strategy of this layer.")
				.refused());
		if (!assessment.eligible()) {
			throw Refusal
				.invalid("strategy",
						strategy.title() + " is not eligible for " + unit.name() + ": "
								+ assessment.reasons().get(0).text())
				.refused();
		}
		if (decision.recommended().filter((r) -> r == strategy).isPresent()) {
			throw Refusal.invalid("strategy", strategy.title() + " is already the recommendation.").refused();
		}
		String why = (justification != null) ? justification.trim() : "";
		if (why.length() < MIN_JUSTIFICATION || why.length() > 2000) {
			throw Refusal
				.invalid("justification", "Justify the choice in " + MIN_JUSTIFICATION + " to 2000 characters.")
				.refused();
		}
		Instant now = this.clock.instant();
		current(planned.environment().key(), unitKey, layer).ifPresent((previous) -> previous.withdraw(now, user));
		StrategyOverride saved = this.overrides.save(new StrategyOverride(planned.environment().key().value(), unitKey,
				layer, strategy, why, now, user, planned.environment().fingerprint(), planned.policyVersion()));
		this.events.publishEvent(new StrategyOverridden(planned.environment().key().value(), unitKey, layer,
				Optional.of(strategy), why, user, now));
		return saved;
	}

	void withdraw(EnvironmentKey environment, String unitKey, Layer layer, String user) {
		StrategyOverride override = current(environment, unitKey, layer)
			.orElseThrow(() -> Refusal.invalid("", "There is no override to withdraw.").refused());
		Instant now = this.clock.instant();
		override.withdraw(now, user);
		this.events.publishEvent(
				new StrategyOverridden(environment.value(), unitKey, layer, Optional.empty(), "withdrawn", user, now));
	}

	/**
	 * An environment that is removed takes its overrides with it, so that a new
	 * environment under the same key does not inherit decisions about another estate.
	 */
	@EventListener
	void onTopologyChanged(TopologyChanged change) {
		if (!change.fingerprint().isEmpty()) {
			return;
		}
		for (StrategyOverride override : this.overrides
			.findByEnvironmentKeyAndWithdrawnAtIsNullOrderByIdDesc(change.environment())) {
			override.withdraw(change.changedAt(), change.changedBy());
		}
	}

	static String key(String unit, Layer layer) {
		return unit + "/" + layer.name();
	}

	private Optional<StrategyOverride> current(EnvironmentKey environment, String unitKey, Layer layer) {
		return this.overrides.findByEnvironmentKeyAndUnitKeyOrderByIdDesc(environment.value(), unitKey)
			.stream()
			.filter((o) -> o.getLayer() == layer && o.isActive())
			.findFirst();
	}

	// The premise of an override is that its strategy can still be used for the unit.
	private static Standing judge(StrategyOverride override, Plans.PlannedEnvironment planned) {
		Optional<UnitPlan> unit = planned.plan()
			.units()
			.stream()
			.filter((u) -> u.key().equals(override.getUnitKey()))
			.findFirst();
		Optional<Assessment> assessment = unit
			.flatMap((u) -> ((override.getLayer() == Layer.LOCAL) ? u.local() : u.site())
				.assessment(override.getStrategy()));
		boolean holds = assessment.map(Assessment::eligible).orElse(false);
		boolean changed = !override.getTopologyFingerprint().equals(planned.environment().fingerprint())
				|| override.getPolicyVersion() != planned.policyVersion();
		List<String> risks = (unit.isPresent() && assessment.isPresent()) ? risks(unit.get(), assessment.get())
				: List.of();
		return new Standing(override, holds, changed, risks);
	}

	/**
	 * What choosing a strategy accepts: the failures it leaves uncovered and its
	 * shortfall on the RTO.
	 */
	static List<String> risks(UnitPlan unit, Assessment chosen) {
		List<String> risks = new ArrayList<>();
		if (!chosen.misses().isEmpty()) {
			risks.add("leaves " + chosen.misses()
				.stream()
				.map((f) -> f.code().replace('-', ' '))
				.collect(Collectors.joining(" and ")) + " uncovered");
		}
		chosen.expectedRecovery()
			.filter((expected) -> expected.compareTo(unit.effectiveRto()) > 0)
			.ifPresent((expected) -> risks.add("misses the RTO of " + Durations.words(unit.effectiveRto()) + " by "
					+ Durations.words(expected.minus(unit.effectiveRto())) + " (expected " + Durations.words(expected)
					+ ")"));
		return risks;
	}

}
