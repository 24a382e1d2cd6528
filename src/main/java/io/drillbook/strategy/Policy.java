package io.drillbook.strategy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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

	public TierPolicy tier(int tier) {
		return this.tiers.stream()
			.filter((t) -> t.tier() == tier)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("The policy has no tier " + tier));
	}

	/**
	 * Drillbook's starting policy. The objectives, drill frequencies and expected
	 * recovery times are policy choices to adjust, not facts: only the VirtualCenter
	 * minimum comes from the reference report.
	 */
	public static Policy defaults() {
		Map<Strategy, Duration> expected = Map.of(Strategy.HA_IN_BAND, Duration.ofMinutes(10), Strategy.HA_OUT_OF_BAND,
				Duration.ofMinutes(10), Strategy.FAILOVER_CLUSTER, Duration.ofMinutes(5), Strategy.DATABASE_CLUSTERING,
				Duration.ofMinutes(5), Strategy.WARM_STANDBY, Duration.ofHours(1), Strategy.COLD_STANDBY,
				Duration.ofHours(6));
		return new Policy(
				List.of(new TierPolicy(1, Duration.ofHours(1), Duration.ofMinutes(15), Duration.ofDays(91), expected),
						new TierPolicy(2, Duration.ofHours(4), Duration.ofHours(1), Duration.ofDays(182), expected),
						new TierPolicy(3, Duration.ofHours(24), Duration.ofHours(24), Duration.ofDays(365), expected),
						new TierPolicy(4, Duration.ofHours(72), Duration.ofHours(24), Duration.ofDays(365), expected)),
				List.of(new ProductMinimum("VirtualCenter", Strategy.FAILOVER_CLUSTER, "2.0.2", 2)));
	}

}
