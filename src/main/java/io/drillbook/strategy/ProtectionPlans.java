package io.drillbook.strategy;

import io.drillbook.topology.EnvironmentKey;

import java.util.Optional;

/**
 * How other modules read an environment's plan together with the architects' overrides.
 */
public interface ProtectionPlans {

	/** The environment's plan under the current policy, when the environment exists. */
	Optional<ProtectionPlan> find(EnvironmentKey environment);

}
