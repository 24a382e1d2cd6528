package io.drillbook.strategy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.drillbook.topology.Tier;

/**
 * The organisation's protection policy: tiers and product minimums.
 *
 * @param tiers the four tiers
 * @param minimums the product minimums
 */
public record Policy(List<TierPolicy> tiers, List<ProductMinimum> minimums) {

	public Policy {
		tiers = List.copyOf(tiers);
		minimums = List.copyOf(minimums);
	}

	public TierPolicy tier(Tier tier) {
		return this.tiers.stream()
			.filter((t) -> t.tier().equals(tier))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("The policy has no tier " + tier));
	}

	/**
	 * What is wrong with this policy, each problem naming its field; empty when it can be
	 * used.
	 * <p>
	 * Kept whole: one check per field of the policy, in the order the form shows them.
	 */
	public List<PolicyProblem> problems() {
		List<PolicyProblem> problems = new java.util.ArrayList<>();
		for (Tier tier : Tier.ALL) {
			if (this.tiers.stream().noneMatch((p) -> p.tier().equals(tier))) {
				problems.add(new PolicyProblem("tiers[" + tier + "]", "tier " + tier + " is missing"));
			}
		}
		for (TierPolicy tier : this.tiers) {
			String at = "tiers[" + tier.tier() + "].";
			if (tier.rto() == null || tier.rto().isNegative() || tier.rto().isZero()) {
				problems
					.add(new PolicyProblem(at + "rto", "tier " + tier.tier() + ": the RTO must be longer than zero"));
			}
			if (tier.rpo() == null || tier.rpo().isNegative()) {
				problems.add(new PolicyProblem(at + "rpo", "tier " + tier.tier() + ": the RPO cannot be negative"));
			}
			if (tier.drillEvery() == null || tier.drillEvery().toDays() < 1) {
				problems.add(new PolicyProblem(at + "drillEvery",
						"tier " + tier.tier() + ": drills must be due at least a day apart"));
			}
			for (Strategy strategy : Strategy.values()) {
				Duration expected = tier.expectedRecovery().get(strategy);
				if (expected == null || expected.isNegative() || expected.isZero()) {
					problems.add(
							new PolicyProblem(at + "expected[" + strategy.name() + "]", "tier " + tier.tier() + ": the "
									+ "expected recovery time of " + strategy.title() + " must be longer than zero"));
				}
			}
		}
		for (int i = 0; i < this.minimums.size(); i++) {
			ProductMinimum minimum = this.minimums.get(i);
			String at = "minimums[" + i + "].";
			if (minimum.product() == null || minimum.product().isBlank()) {
				problems.add(new PolicyProblem(at + "product", "product minimum " + (i + 1) + ": name the product"));
			}
			if (minimum.minimumVersion() == null || !minimum.minimumVersion().matches("\\d+(\\.\\d+)*")) {
				problems.add(new PolicyProblem(at + "minimumVersion",
						"product minimum " + (i + 1) + ": write the version as numbers with dots, such as 2.0.2"));
			}
			if (minimum.minimumPatch() < 0) {
				problems.add(new PolicyProblem(at + "minimumPatch",
						"product minimum " + (i + 1) + ": the patch cannot be negative"));
			}
		}
		return problems;
	}

	/**
	 * Drillbook's starting policy. The objectives, drill frequencies and expected
	 * recovery times are policy choices to adjust, not facts: only the VirtualCenter
	 * minimum comes from the reference report.
	 */
	public static Policy defaults() {
		Map<Strategy, Duration> expected = Map.of(Strategy.HYPERVISOR_HA, Duration.ofMinutes(10), Strategy.HA_IN_BAND,
				Duration.ofMinutes(10), Strategy.HA_OUT_OF_BAND, Duration.ofMinutes(10), Strategy.FAILOVER_CLUSTER,
				Duration.ofMinutes(5), Strategy.DATABASE_CLUSTERING, Duration.ofMinutes(5), Strategy.WARM_STANDBY,
				Duration.ofHours(1), Strategy.COLD_STANDBY, Duration.ofHours(6));
		return new Policy(List.of(
				new TierPolicy(Tier.of(1), Duration.ofHours(1), Duration.ofMinutes(15), Duration.ofDays(91), expected),
				new TierPolicy(Tier.of(2), Duration.ofHours(4), Duration.ofHours(1), Duration.ofDays(182), expected),
				new TierPolicy(Tier.of(3), Duration.ofHours(24), Duration.ofHours(24), Duration.ofDays(365), expected),
				new TierPolicy(Tier.of(4), Duration.ofHours(72), Duration.ofHours(24), Duration.ofDays(365), expected)),
				List.of(new ProductMinimum("VirtualCenter", Strategy.FAILOVER_CLUSTER, "2.0.2", 2)));
	}

}
