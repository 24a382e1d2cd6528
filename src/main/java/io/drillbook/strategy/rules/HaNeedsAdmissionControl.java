package io.drillbook.strategy.rules;

import java.util.ArrayList;
import java.util.List;

import io.drillbook.strategy.Strategy;

/**
 * R20: HA can only restart a failed host's VMs where capacity is left; admission control
 * keeps it free by refusing to power on what would use it up.
 */
final class HaNeedsAdmissionControl implements Rule {

	@Override
	public String id() {
		return "R20";
	}

	@Override
	public String statement() {
		return "HA restarts the VMs of a failed host only where capacity is left; admission control keeps "
				+ "that capacity free.";
	}

	@Override
	public String source() {
		return VSPHERE;
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		unit.cluster().filter((cluster) -> cluster.haEnabled() && !cluster.admissionControl()).ifPresent((cluster) -> {
			for (Strategy ha : Strategy.HYPERVISOR_HA_FAMILY) {
				findings.add(requires(ha, "HA admission control is off in cluster " + cluster.key()
						+ ": after a host failure the other hosts may lack the capacity to restart " + unit.name()
						+ ". Turn admission control on, or keep a host's worth of capacity free."));
			}
		});
		return findings;
	}

}
