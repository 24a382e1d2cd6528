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
		return List.of(explains(Strategy.HA_IN_BAND, "HA needs no second installation of " + unit.name() + "."),
				explains(Strategy.HA_OUT_OF_BAND, "HA needs no second installation of " + unit.name() + "."));
	}

}
