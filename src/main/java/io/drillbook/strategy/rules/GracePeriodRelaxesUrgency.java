package io.drillbook.strategy.rules;

import java.util.List;

/**
 * R14: when everything that needs a component keeps working for days without it, its
 * failure is not urgent.
 */
final class GracePeriodRelaxesUrgency implements Rule {

	@Override
	public String id() {
		return "R14";
	}

	@Override
	public String statement() {
		return "A dependency with a grace period (the license server's 14 days) makes that component's failure "
				+ "not time-sensitive: its effective urgency follows the grace period, not its dependents' RTO.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		return unit.graceOnly()
			.map((grace) -> List.of(explains(null,
					"Everything that needs " + unit.name() + " keeps working " + grace.toDays()
							+ " days without it, so its recovery can take "
							+ (grace.compareTo(unit.rto()) > 0 ? "up to " + grace.toDays() + " days instead of its RTO."
									: "its RTO, which is already shorter."))))
			.orElse(List.of());
	}

}
