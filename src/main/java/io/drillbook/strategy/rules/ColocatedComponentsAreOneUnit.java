package io.drillbook.strategy.rules;

import java.util.List;

import io.drillbook.topology.Component;

/**
 * R12: components installed on one server fail and recover together.
 */
final class ColocatedComponentsAreOneUnit implements Rule {

	@Override
	public String id() {
		return "R12";
	}

	@Override
	public String statement() {
		return "Co-located components (management server, license server, web access) are protected as one unit.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		if (unit.members().size() < 2) {
			return List.of();
		}
		return List.of(explains(null, "Protected as one unit because they share one server: "
				+ String.join(", ", unit.members().stream().map(Component::name).toList()) + "."));
	}

}
