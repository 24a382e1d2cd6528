package io.drillbook.strategy;

import java.util.Optional;

import io.drillbook.topology.EnvironmentCatalog;
import io.drillbook.topology.EnvironmentSnapshot;

import org.springframework.stereotype.Service;

/**
 * Plans environments with the newest version of the policy. Planning is fast and pure, so
 * plans are computed when asked for rather than stored.
 */
@Service
class Plans {

	private final EnvironmentCatalog environments;

	private final Policies policies;

	Plans(EnvironmentCatalog environments, Policies policies) {
		this.environments = environments;
		this.policies = policies;
	}

	Policy policy() {
		return this.policies.current().policy();
	}

	Optional<PlannedEnvironment> plan(String environment) {
		Policies.Versioned policy = this.policies.current();
		return this.environments.find(environment)
			.map((snapshot) -> new PlannedEnvironment(snapshot, policy.version(),
					Planner.plan(snapshot.topology(), policy.policy())));
	}

	/**
	 * An environment with its plan.
	 *
	 * @param environment the environment as planned
	 * @param policyVersion the version of the policy it was planned with
	 * @param plan its plan
	 */
	record PlannedEnvironment(EnvironmentSnapshot environment, int policyVersion, Plan plan) {

	}

}
