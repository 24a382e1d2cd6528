package io.drillbook.strategy.rules;

import java.util.ArrayList;
import java.util.List;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.Component;
import io.drillbook.topology.RestartPriority;

/**
 * R19: HA restarts a VM only when its restart priority is not disabled, and restarts VMs
 * of higher priority first.
 */
final class HaSkipsVmsWithRestartDisabled implements Rule {

	@Override
	public String id() {
		return "R19";
	}

	@Override
	public String statement() {
		return "HA restarts a VM after a host failure only when its restart priority is not disabled; higher "
				+ "priorities restart first.";
	}

	@Override
	public String source() {
		return VSPHERE;
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		if (!unit.isVirtual()) {
			return findings;
		}
		for (Component member : unit.members()) {
			RestartPriority priority = member.vm().restartPriority();
			for (Strategy ha : Strategy.HYPERVISOR_HA_FAMILY) {
				if (priority == RestartPriority.DISABLED) {
					findings.add(rulesOut(ha, "The HA restart priority of " + member.name()
							+ " is disabled: HA leaves the VM off when its host fails."));
				}
				else if (priority != RestartPriority.CLUSTER_DEFAULT) {
					findings.add(explains(ha, "HA restarts " + member.name() + " with restart priority "
							+ priority.code() + ", before the VMs of lower priority."));
				}
			}
		}
		return findings;
	}

}
