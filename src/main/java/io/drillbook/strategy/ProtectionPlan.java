package io.drillbook.strategy;

import java.util.Map;
import java.util.Optional;

import io.drillbook.topology.EnvironmentSnapshot;

/**
 * An environment, its plan and the strategy that applies to each unit and layer.
 *
 * @param environment the environment as planned
 * @param policyVersion the version of the policy it was planned with
 * @param policy that policy
 * @param plan the plan
 * @param overrides the overrides that still hold, by {@code unit/LAYER}
 */
public record ProtectionPlan(EnvironmentSnapshot environment, int policyVersion, Policy policy, Plan plan,
		Map<String, Choice> overrides) {

	public ProtectionPlan {
		overrides = Map.copyOf(overrides);
	}

	/**
	 * The strategy a unit follows in a layer: an architect's override whose premise still
	 * holds, otherwise the recommendation.
	 */
	public Optional<Choice> choice(UnitPlan unit, Layer layer) {
		Choice override = this.overrides.get(unit.key() + "/" + layer.name());
		if (override != null) {
			return Optional.of(override);
		}
		Decision decision = (layer == Layer.LOCAL) ? unit.local() : unit.site();
		return decision.recommended().map((strategy) -> new Choice(strategy, Optional.empty()));
	}

	/**
	 * A strategy in force.
	 *
	 * @param strategy the strategy
	 * @param justification an architect's justification when it overrides the
	 * recommendation
	 */
	public record Choice(Strategy strategy, Optional<String> justification) {

		public boolean overridden() {
			return this.justification.isPresent();
		}

	}

}
