package io.drillbook.strategy.rules;

import java.util.ArrayList;
import java.util.List;

import io.drillbook.strategy.Strategy;

/**
 * R9: a failover cluster is a second installation that must be kept in step with the
 * first.
 */
final class FailoverClusterNeedsTwoOsInstances implements Rule {

	@Override
	public String id() {
		return "R9";
	}

	@Override
	public String statement() {
		return "A failover cluster needs two OS instances, synchronisation of the state files between them, "
				+ "and additional configuration.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		boolean secondNode = unit.isVirtual() ? unit.clusterHosts() >= 2 : unit.secondPhysicalHost();
		if (!secondNode) {
			findings.add(rulesOut(Strategy.FAILOVER_CLUSTER, unit.isVirtual()
					? "Cluster " + unit.placement().target() + " has fewer than two hosts to keep two nodes apart."
					: "There is no second physical server at the site of " + unit.name() + " for a second node."));
		}
		String files = unit.stateFiles().isEmpty() ? "its configuration" : String.join(", ", unit.stateFiles());
		findings.add(requires(Strategy.FAILOVER_CLUSTER, "A second OS instance of " + unit.name()
				+ ", kept in step by synchronising " + files + ", and the cluster's own configuration."));
		return findings;
	}

}
