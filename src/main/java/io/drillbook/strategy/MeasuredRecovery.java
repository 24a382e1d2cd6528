package io.drillbook.strategy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.drillbook.topology.Tier;

/**
 * What drills measured for one strategy and tier, beside what the policy expects.
 *
 * @param strategy the strategy
 * @param tier the tier
 * @param count how many executions measured it
 * @param median the median recovery time
 * @param worst the longest recovery time
 * @param expected the policy's estimate
 */
record MeasuredRecovery(Strategy strategy, Tier tier, int count, Duration median, Duration worst,
		Optional<Duration> expected) {

	static MeasuredRecovery of(Strategy strategy, Tier tier, List<Long> minutes, Optional<Duration> expected) {
		List<Long> sorted = new ArrayList<>(minutes);
		Collections.sort(sorted);
		int n = sorted.size();
		double median = (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
		return new MeasuredRecovery(strategy, tier, n, Duration.ofSeconds(Math.round(median * 60)),
				Duration.ofMinutes(sorted.get(n - 1)), expected);
	}

	/** Whether drills took longer than the policy expects, as a rule rather than once. */
	public boolean beatsTheEstimate() {
		return this.expected.map((e) -> this.median.compareTo(e) > 0).orElse(false);
	}

}
