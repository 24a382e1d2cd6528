package io.drillbook.strategy.rules;

import java.util.ArrayList;
import java.util.List;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.ComponentKind;

/**
 * R16: hypervisor hosts talk to their management server by address; a standby at another
 * address must introduce itself to every host.
 */
final class StandbyReconnectsHostsUnlessItTakesTheIp implements Rule {

	@Override
	public String id() {
		return "R16";
	}

	@Override
	public String statement() {
		return "Failing over to a standby requires reconnecting the hypervisor hosts with scripts unless the standby "
				+ "can take over the primary's IP address.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		if (!unit.has(ComponentKind.MANAGEMENT_SERVER)) {
			return List.of();
		}
		List<Conclusion> findings = new ArrayList<>();
		for (Strategy standby : List.of(Strategy.COLD_STANDBY, Strategy.WARM_STANDBY)) {
			findings.add(unit.standbyCanTakeOverIp()
					? explains(standby,
							"The standby takes over the IP address of " + unit.name()
									+ ", so the hosts reconnect by themselves.")
					: requires(standby,
							"After failing over, run the scripts that reconnect the hypervisor hosts to the "
									+ "standby of " + unit.name() + ": it cannot take over the primary's IP address."));
		}
		return findings;
	}

}
