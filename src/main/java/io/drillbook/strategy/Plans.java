package io.drillbook.strategy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.drillbook.topology.EnvironmentCatalog;
import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.EnvironmentSnapshot;

import org.springframework.stereotype.Service;

/**
 * Plans environments with the newest version of the policy. Planning is fast and pure, so
 * plans are computed when asked for rather than stored.
 */
@Service
class Plans implements ProtectionPlans {

	private final EnvironmentCatalog environments;

	private final Policies policies;

	private final Overrides overrides;

	Plans(EnvironmentCatalog environments, Policies policies, Overrides overrides) {
		this.environments = environments;
		this.policies = policies;
		this.overrides = overrides;
	}

	@Override
	public Optional<ProtectionPlan> find(EnvironmentKey environment) {
		Policies.Versioned policy = this.policies.current();
		return this.environments.find(environment).map((snapshot) -> {
			PlannedEnvironment planned = new PlannedEnvironment(snapshot, policy.version(),
					Planner.plan(snapshot.topology(), policy.policy()));
			Map<String, ProtectionPlan.Choice> held = new HashMap<>();
			this.overrides.standing(planned).forEach((key, standing) -> {
				if (standing.premiseHolds()) {
					held.put(key, new ProtectionPlan.Choice(standing.override().getStrategy(),
							Optional.of(standing.override().getJustification())));
				}
			});
			return new ProtectionPlan(planned.environment(), planned.policyVersion(), policy.policy(), planned.plan(),
					held);
		});
	}

	Policy policy() {
		return this.policies.current().policy();
	}

	Optional<PlannedEnvironment> plan(EnvironmentKey environment) {
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
