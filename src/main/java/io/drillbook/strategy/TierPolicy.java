package io.drillbook.strategy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.drillbook.topology.Tier;

/**
 * What a criticality tier demands, and how long each strategy is expected to take to
 * recover a component of that tier.
 *
 * @param tier the tier
 * @param rto the tier's recovery-time objective
 * @param rpo the tier's recovery-point objective
 * @param drillEvery how often components of the tier must be drilled
 * @param expectedRecovery expected recovery time per strategy
 */
public record TierPolicy(Tier tier, Duration rto, Duration rpo, Duration drillEvery,
		Map<Strategy, Duration> expectedRecovery) {

	public TierPolicy {
		expectedRecovery = Map.copyOf(expectedRecovery);
	}

	public Optional<Duration> expected(Strategy strategy) {
		return Optional.ofNullable(this.expectedRecovery.get(strategy));
	}

}
