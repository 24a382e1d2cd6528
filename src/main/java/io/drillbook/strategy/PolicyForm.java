package io.drillbook.strategy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.drillbook.topology.Durations;
import io.drillbook.topology.Tier;

/**
 * The policy page's form as posted. Its fields are named as {@link Policy#problems()}
 * names them ({@code tiers[1].rto}, {@code minimums[0].minimumVersion}), so that each
 * problem is shown beside the field it concerns.
 *
 * @param basedOn the version the architect edited
 * @param note what changed and why
 * @param tiers each tier's row, by tier number
 * @param minimums the product minimums; rows left empty are dropped
 */
record PolicyForm(Integer basedOn, String note, Map<Integer, TierRow> tiers, List<MinimumRow> minimums) {

	PolicyForm {
		note = (note != null) ? note.trim() : "";
		tiers = (tiers != null) ? tiers : Map.of();
		minimums = (minimums != null) ? minimums : List.of();
	}

	/**
	 * One tier's objectives, drill frequency and expected recovery time per strategy.
	 *
	 * @param rto recovery-time objective, such as 4h
	 * @param rpo recovery-point objective
	 * @param drillEvery days between drills
	 * @param expected expected recovery per strategy name
	 */
	record TierRow(String rto, String rpo, String drillEvery, Map<String, String> expected) {

		TierRow {
			expected = (expected != null) ? expected : Map.of();
		}

	}

	/**
	 * The oldest release of a product that supports a strategy.
	 *
	 * @param product the product
	 * @param strategy the strategy's name
	 * @param minimumVersion such as 2.0.2
	 * @param minimumPatch the patch number
	 */
	record MinimumRow(String product, String strategy, String minimumVersion, String minimumPatch) {

		public boolean isEmpty() {
			return blank(this.product) && blank(this.minimumVersion);
		}

	}

	static PolicyForm of(int version, Policy policy) {
		Map<Integer, TierRow> tiers = new LinkedHashMap<>();
		for (TierPolicy tier : policy.tiers()) {
			Map<String, String> expected = new LinkedHashMap<>();
			tier.expectedRecovery().forEach((strategy, time) -> expected.put(strategy.name(), Durations.format(time)));
			tiers.put(tier.tier().level(), new TierRow(Durations.format(tier.rto()), Durations.format(tier.rpo()),
					Long.toString(tier.drillEvery().toDays()), expected));
		}
		List<MinimumRow> minimums = policy.minimums()
			.stream()
			.map((m) -> new MinimumRow(m.product(), m.strategy().name(), m.minimumVersion(),
					Integer.toString(m.minimumPatch())))
			.toList();
		return new PolicyForm(version, "", tiers, minimums);
	}

	/**
	 * The policy the form describes, or the problems of what cannot be read, each naming
	 * its field; the policy's own rules are checked when it is saved.
	 */
	Reading read() {
		List<PolicyProblem> problems = new ArrayList<>();
		List<TierPolicy> tiers = new ArrayList<>();
		for (Tier tier : Tier.ALL) {
			TierRow row = this.tiers.getOrDefault(tier.level(), new TierRow("", "", "", Map.of()));
			String at = "tiers[" + tier + "].";
			Duration rto = duration(row.rto(), at + "rto", "tier " + tier + ": RTO", problems);
			Duration rpo = duration(row.rpo(), at + "rpo", "tier " + tier + ": RPO", problems);
			Optional<Integer> days = number(row.drillEvery());
			if (days.isEmpty()) {
				problems.add(new PolicyProblem(at + "drillEvery", "tier " + tier + ": drill frequency in whole days"));
			}
			Map<Strategy, Duration> expected = new EnumMap<>(Strategy.class);
			for (Strategy strategy : Strategy.values()) {
				Duration time = duration(row.expected().get(strategy.name()), at + "expected[" + strategy.name() + "]",
						"tier " + tier + ": expected recovery of " + strategy.title(), problems);
				if (time != null) {
					expected.put(strategy, time);
				}
			}
			tiers.add(new TierPolicy(tier, rto, rpo, Duration.ofDays(days.orElse(0)), expected));
		}
		List<ProductMinimum> minimums = new ArrayList<>();
		for (MinimumRow row : this.minimums) {
			if (!row.isEmpty()) {
				Strategy strategy = strategy(row.strategy()).orElse(Strategy.FAILOVER_CLUSTER);
				minimums.add(new ProductMinimum(trim(row.product()), strategy, trim(row.minimumVersion()),
						number(row.minimumPatch()).orElse(-1)));
			}
		}
		return new Reading(new Policy(tiers, minimums), problems);
	}

	/**
	 * @param policy the policy read, with defaults where a field could not be read
	 * @param problems what could not be read
	 */
	record Reading(Policy policy, List<PolicyProblem> problems) {

	}

	private static Duration duration(String text, String field, String label, List<PolicyProblem> problems) {
		Optional<Duration> parsed = Durations.parse(text);
		if (parsed.isEmpty()) {
			problems.add(new PolicyProblem(field, label + ": write a duration such as 30m, 4h or 2d"));
		}
		return parsed.orElse(null);
	}

	private static Optional<Integer> number(String text) {
		try {
			return Optional.of(Integer.parseInt(trim(text)));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String trim(String text) {
		return (text != null) ? text.trim() : "";
	}

	private static Optional<Strategy> strategy(String name) {
		for (Strategy strategy : Strategy.values()) {
			if (strategy.name().equals(name)) {
				return Optional.of(strategy);
			}
		}
		return Optional.empty();
	}

}
