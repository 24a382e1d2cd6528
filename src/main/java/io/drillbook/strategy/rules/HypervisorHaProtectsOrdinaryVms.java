package io.drillbook.strategy.rules;

import java.util.List;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.ComponentKind;

/**
 * R18: for every VM but a management server, HA is simply hypervisor HA: the restart
 * involves no management server, so where one runs does not matter.
 */
final class HypervisorHaProtectsOrdinaryVms implements Rule {

	@Override
	public String id() {
		return "R18";
	}

	@Override
	public String statement() {
		return "Hypervisor HA protects a VM that is not a management server; for a management server it is "
				+ "in-band or out-of-band, by where it runs.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		if (unit.has(ComponentKind.MANAGEMENT_SERVER)) {
			return List.of(rulesOut(Strategy.HYPERVISOR_HA, unit.name() + " is a management server: its HA is in-band "
					+ "or out-of-band, decided by which server manages the cluster it runs on."));
		}
		return List.of(explains(Strategy.HYPERVISOR_HA,
				"HA restarts " + unit.name() + " like any VM of its cluster, with no management server involved."));
	}

}
