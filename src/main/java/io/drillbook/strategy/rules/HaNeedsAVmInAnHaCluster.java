package io.drillbook.strategy.rules;

import java.util.ArrayList;
import java.util.List;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.PlacementKind;

/**
 * R1: hypervisor HA restarts VMs; a physical installation is not eligible.
 */
final class HaNeedsAVmInAnHaCluster implements Rule {

	@Override
	public String id() {
		return "R1";
	}

	@Override
	public String statement() {
		return "Hypervisor HA applies only to components running as VMs in a cluster with HA enabled; "
				+ "a physical installation is not eligible.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		for (Strategy ha : Strategy.HYPERVISOR_HA_FAMILY) {
			if (unit.placement().kind() == PlacementKind.PHYSICAL) {
				findings.add(rulesOut(ha, unit.name() + " is installed on the physical host "
						+ unit.placement().target() + "; HA restarts only VMs."));
			}
			else if (unit.cluster().map((c) -> !c.haEnabled()).orElse(true)) {
				findings.add(rulesOut(ha,
						unit.name() + " runs in cluster " + unit.placement().target() + ", which has HA disabled."));
			}
			else {
				findings.add(explains(ha, unit.name() + " runs as a VM in cluster " + unit.placement().target()
						+ ", which has HA enabled."));
			}
		}
		return findings;
	}

}
