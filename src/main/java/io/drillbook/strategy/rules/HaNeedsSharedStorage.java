package io.drillbook.strategy.rules;

import java.util.ArrayList;
import java.util.List;

import io.drillbook.strategy.Strategy;

/**
 * R4: HA restarts a VM on another host only if that host sees the VM's disks.
 */
final class HaNeedsSharedStorage implements Rule {

	@Override
	public String id() {
		return "R4";
	}

	@Override
	public String statement() {
		return "HA may be limited by network and storage: it needs storage shared by the cluster's hosts.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		unit.cluster().ifPresent((cluster) -> {
			for (Strategy ha : Strategy.HYPERVISOR_HA_FAMILY) {
				findings.add(cluster.sharedStorage()
						? requires(ha,
								"HA depends on the network and the shared storage of cluster " + cluster.key()
										+ "; a storage or network outage there stops it.")
						: rulesOut(ha, "Cluster " + cluster.key()
								+ " has no storage shared by all its hosts, so HA cannot restart the VM elsewhere."));
			}
		});
		return findings;
	}

}
