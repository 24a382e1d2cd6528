package io.drillbook.strategy.rules;

import java.util.List;

import io.drillbook.strategy.Strategy;

/**
 * R5: once configured, HA relies only on the hypervisor hosts, so a management server can
 * be restarted by the HA of the very cluster it manages.
 */
final class HaWorksWithoutTheManagementServer implements Rule {

	@Override
	public String id() {
		return "R5";
	}

	@Override
	public String statement() {
		return "HA keeps working while the management server is down, so in-band protection is viable.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		if (!unit.managesOwnCluster()) {
			return List.of();
		}
		return List.of(explains(Strategy.HA_IN_BAND, unit.name() + " manages cluster " + unit.placement().target()
				+ " and runs on it; HA keeps working while it is down and restarts it (in-band)."));
	}

}
