package io.drillbook.strategy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.drillbook.topology.Tier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery times measured by drills, against the policy's estimates: tools that recommend
 * strategies only estimate, Drillbook knows.
 */
@Service
@Transactional
class Measurements {

	private final RecoveryMeasurementRepository measurements;

	Measurements(RecoveryMeasurementRepository measurements) {
		this.measurements = measurements;
	}

	@EventListener
	void onRecoveryMeasured(RecoveryMeasured measured) {
		this.measurements.save(new RecoveryMeasurement(measured));
	}

	/** Median and worst per strategy and tier, with the policy's estimate beside. */
	@Transactional(readOnly = true)
	List<MeasuredRecovery> byStrategyAndTier(Policy policy) {
		Map<Strategy, Map<Tier, List<Long>>> grouped = new EnumMap<>(Strategy.class);
		for (RecoveryMeasurement m : this.measurements.findAll()) {
			grouped.computeIfAbsent(m.getStrategy(), (s) -> new TreeMap<>())
				.computeIfAbsent(Tier.of(m.getTier()), (t) -> new ArrayList<>())
				.add(m.getRecoveryMinutes());
		}
		List<MeasuredRecovery> result = new ArrayList<>();
		grouped.forEach((strategy, tiers) -> tiers.forEach((tier, minutes) -> result
			.add(MeasuredRecovery.of(strategy, tier, minutes, expected(policy, strategy, tier)))));
		result.sort(Comparator.comparing(MeasuredRecovery::strategy).thenComparing(MeasuredRecovery::tier));
		return result;
	}

	/**
	 * The units of a plan whose chosen strategy was expected to meet their RTO, while
	 * drills measured it slower than that RTO.
	 */
	@Transactional(readOnly = true)
	Map<String, MeasuredRecovery> contradicted(ProtectionPlan plan) {
		return contradicted(plan, byStrategyAndTier(plan.policy()));
	}

	static Map<String, MeasuredRecovery> contradicted(ProtectionPlan plan, List<MeasuredRecovery> measured) {
		Map<String, MeasuredRecovery> flagged = new TreeMap<>();
		for (UnitPlan unit : plan.plan().units()) {
			Tier tier = plan.environment().topology().tierOf(unit.components());
			for (Layer layer : Layer.values()) {
				plan.choice(unit, layer)
					.ifPresent((choice) -> measured.stream()
						.filter((m) -> m.strategy() == choice.strategy() && m.tier().equals(tier))
						.filter((m) -> m.expected().filter((e) -> e.compareTo(unit.effectiveRto()) <= 0).isPresent())
						.filter((m) -> m.median().compareTo(unit.effectiveRto()) > 0)
						.findFirst()
						.ifPresent((m) -> flagged.put(unit.key() + "/" + layer.name(), m)));
			}
		}
		return flagged;
	}

	static Optional<Duration> expected(Policy policy, Strategy strategy, Tier tier) {
		return policy.tiers()
			.stream()
			.filter((t) -> t.tier().equals(tier))
			.findFirst()
			.flatMap((t) -> t.expected(strategy));
	}

}
