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
		if (unit.failoverCluster().isPresent()) {
			DeclaredFailoverCluster declared = unit.failoverCluster().get();
			findings.add(explains(Strategy.FAILOVER_CLUSTER, "Failover cluster " + declared.name() + " runs "
					+ unit.name() + " on " + declared.nodes().size() + " nodes: " + declared.describeNodes() + "."));
		}
		else if (unit.isVirtual() && unit.clusterHosts() < 2) {
			findings.add(rulesOut(Strategy.FAILOVER_CLUSTER,
					"Cluster " + unit.placement().target() + " has fewer than two hosts to keep two nodes apart."));
		}
		else if (!unit.isVirtual() && unit.secondPhysicalHost().isEmpty()) {
			findings.add(rulesOut(Strategy.FAILOVER_CLUSTER, "There is no physical server at the site of " + unit.name()
					+ " for a second node, other than its own and those that run other components."));
		}
		String files = unit.stateFiles().isEmpty() ? "its configuration" : String.join(", ", unit.stateFiles());
		findings.add(requires(Strategy.FAILOVER_CLUSTER, "A second OS instance of " + unit.name()
				+ ", kept in step by synchronising " + files + ", and the cluster's own configuration."));
		return findings;
	}

}
