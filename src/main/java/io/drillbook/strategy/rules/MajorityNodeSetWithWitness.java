package io.drillbook.strategy.rules;

import java.util.List;
import java.util.Set;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.Quorum;
import io.drillbook.topology.FailureMode;

/**
 * R11: the recommended quorum, and the only one that lets a cluster span two sites.
 */
final class MajorityNodeSetWithWitness implements Rule {

	@Override
	public String id() {
		return "R11";
	}

	@Override
	public String statement() {
		return "The recommended quorum is Majority Node Set with a witness share: it needs three nodes instead of two, "
				+ "and it is what makes a geographically dispersed (two-site) cluster possible.";
	}

	// Kept whole: the declared cluster is judged vote by vote, site by site, in one
	// reading.
	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		if (unit.failoverCluster().isEmpty()) {
			String second = unit.isVirtual() ? "a second VM on another host of cluster " + unit.placement().target()
					: unit.secondPhysicalHost().map((h) -> "a second node on " + h).orElse("a second physical server");
			return List.of(requires(Strategy.FAILOVER_CLUSTER, "No failover cluster is declared for " + unit.name()
					+ ". To build one: " + second + (unit.hasRecoverySite() ? " (or at the recovery site)" : "")
					+ ", a Majority Node Set quorum, and a witness share at a third location as the third vote; "
					+ "then declare it under failoverClusters."),
					explains(Strategy.FAILOVER_CLUSTER, "Until a cluster with nodes at two sites and its witness share "
							+ "elsewhere is declared, it is not counted on to survive a site failure."));
		}
		DeclaredFailoverCluster declared = unit.failoverCluster().get();
		String name = "Failover cluster " + declared.name();
		String sites = String.join(" and ", declared.nodeSites());
		if (declared.quorum() == Quorum.SHARED_DISK) {
			return List.of(declared.spansSites()
					? rulesOut(Strategy.FAILOVER_CLUSTER,
							name + " keeps its quorum on one shared disk but has nodes at " + sites
									+ ": the disk stands at one site, and it is Majority Node Set with a witness share "
									+ "that makes a cluster across sites possible.")
					: requires(Strategy.FAILOVER_CLUSTER, name + " keeps its quorum on a shared disk; the recommended "
							+ "quorum is Majority Node Set with a witness share."));
		}
		if (!declared.survivesTheLossOfANode()) {
			return List.of(rulesOut(Strategy.FAILOVER_CLUSTER, name + " has " + declared.nodes().size()
					+ " nodes and no witness share: Majority Node Set keeps a cluster running only while more than "
					+ "half of its votes are up, so losing one node"
					+ (declared.spansSites() ? ", or either of the sites " + sites + "," : "")
					+ " stops it. A witness share is the third vote."));
		}
		if (!declared.spansSites()) {
			return List.of(explains(Strategy.FAILOVER_CLUSTER, name + " has every node at " + sites
					+ ": it survives the loss of a node, not the loss of that site."));
		}
		return List.of(declared.siteWhoseLossStopsIt()
			.map((site) -> requires(Strategy.FAILOVER_CLUSTER, name + " spans " + sites + ", but losing " + site
					+ " takes away the majority of its " + declared.votes() + " votes"
					+ declared.witness()
						.filter((w) -> w.site().equals(site))
						.map((w) -> " (the witness share " + w.share() + " is there too)")
						.orElse("")
					+ ": put the witness share at a third location to survive the loss of a site."))
			.orElseGet(() -> covers(Strategy.FAILOVER_CLUSTER, Set.of(FailureMode.SITE_FAILURE),
					name + " has nodes at " + sites
							+ declared.witness().map((w) -> " and its witness share at " + w.site()).orElse("")
							+ ": losing any one site leaves a majority of its votes, so it carries on.")));
	}

}
