package io.drillbook.strategy.rules;

import java.util.List;

import io.drillbook.strategy.Strategy;

/**
 * R8: a guest failover cluster runs on physical or virtual nodes, but its configuration
 * takes the nodes' VMs out of DRS, VMotion and HA.
 */
final class FailoverClusterRestrictsVirtualNodes implements Rule {

	@Override
	public String id() {
		return "R8";
	}

	@Override
	public String statement() {
		return "A failover cluster works for physical and virtual instances; for virtual instances it restricts DRS, "
				+ "VMotion and HA on those VMs.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		boolean virtualNodes = unit.failoverCluster()
			.map(DeclaredFailoverCluster::hasVirtualNodes)
			.orElse(unit.isVirtual());
		if (virtualNodes) {
			return List.of(requires(Strategy.FAILOVER_CLUSTER,
					"Nodes of " + unit.name() + " are VMs: DRS, VMotion and HA are restricted on them."));
		}
		return List.of(explains(Strategy.FAILOVER_CLUSTER,
				"A failover cluster works for the physical installation of " + unit.name() + "."));
	}

}
