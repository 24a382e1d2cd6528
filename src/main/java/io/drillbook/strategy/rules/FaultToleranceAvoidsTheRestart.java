package io.drillbook.strategy.rules;

import java.util.ArrayList;
import java.util.List;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.Component;

/**
 * R21: a VM under vSphere Fault Tolerance has a secondary running in lockstep on another
 * host, which takes over when the primary's host fails: no restart, no lost state. It
 * does not help against a failure of the guest OS or the application, which the secondary
 * repeats.
 */
final class FaultToleranceAvoidsTheRestart implements Rule {

	@Override
	public String id() {
		return "R21";
	}

	@Override
	public String statement() {
		return "A VM under Fault Tolerance survives the failure of its host without a restart; an OS or "
				+ "application failure is repeated by its secondary.";
	}

	@Override
	public String source() {
		return VSPHERE;
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		for (Component member : unit.members()) {
			if (member.vm().faultTolerance()) {
				for (Strategy ha : Strategy.HYPERVISOR_HA_FAMILY) {
					findings.add(explains(ha, member.name() + " runs under Fault Tolerance: its secondary on another "
							+ "host takes over when the host fails, without a restart; HA then starts a new secondary."));
				}
			}
		}
		return findings;
	}

}
