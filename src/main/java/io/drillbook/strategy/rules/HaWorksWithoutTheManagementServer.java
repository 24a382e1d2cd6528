package io.drillbook.strategy.rules;

import java.util.List;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.ComponentKind;

/**
 * R5: once configured, HA relies only on the hypervisor hosts, so a management server can
 * be restarted by the HA of the very cluster it manages. In-band names exactly that
 * place: a management server on a cluster another instance manages is out-of-band (R6).
 */
final class HaWorksWithoutTheManagementServer implements Rule {

	@Override
	public String id() {
		return "R5";
	}

	@Override
	public String statement() {
		return "HA keeps working while the management server is down, so a management server may run on "
				+ "the HA cluster it manages (in-band).";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		if (!unit.has(ComponentKind.MANAGEMENT_SERVER)) {
			return List.of(rulesOut(Strategy.HA_IN_BAND, "In-band and out-of-band say where a management server runs; "
					+ unit.name() + " is not one, so plain hypervisor HA is what protects it."));
		}
		if (!unit.isVirtual()) {
			return List.of();
		}
		String cluster = unit.placement().target();
		if (unit.managesOwnCluster()) {
			return List.of(explains(Strategy.HA_IN_BAND, unit.name() + " manages cluster " + cluster
					+ " and runs on it; HA keeps working while it is down and restarts it (in-band)."));
		}
		return List.of(unit.otherManager()
			.map((other) -> rulesOut(Strategy.HA_IN_BAND,
					unit.name() + " runs on cluster " + cluster + ", which " + other
							+ " manages: that is out-of-band, not in-band."))
			.orElseGet(() -> rulesOut(Strategy.HA_IN_BAND, "Cluster " + cluster + " does not say which management "
					+ "server manages it (managedBy), so in-band cannot be told from out-of-band.")));
	}

}
