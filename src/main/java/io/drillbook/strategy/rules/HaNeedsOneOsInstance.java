package io.drillbook.strategy.rules;

import java.util.List;

import io.drillbook.strategy.Strategy;

/**
 * R2: HA protects the VM as it is, without a second installation.
 */
final class HaNeedsOneOsInstance implements Rule {

	@Override
	public String id() {
		return "R2";
	}

	@Override
	public String statement() {
		return "HA needs only a single OS instance.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		return Strategy.HYPERVISOR_HA_FAMILY.stream()
			.map((ha) -> explains(ha, "HA needs no second installation of " + unit.name() + "."))
			.toList();
	}

}
