package io.drillbook.strategy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.drillbook.strategy.Strategy;
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

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		findings.add(requires(Strategy.FAILOVER_CLUSTER, "Quorum: Majority Node Set with a witness share, "
				+ "so three nodes instead of two; the witness share must be reachable from every node."));
		if (unit.hasRecoverySite() && unit.recoverySiteCapacity()) {
			findings.add(covers(Strategy.FAILOVER_CLUSTER, Set.of(FailureMode.SITE_FAILURE),
					"With a node at the recovery site and the witness share, the cluster spans both sites "
							+ "and survives the loss of one."));
		}
		else {
			findings.add(explains(Strategy.FAILOVER_CLUSTER, "Without a recovery site that can hold a node, "
					+ "the cluster cannot span two sites and does not survive a site failure."));
		}
		return findings;
	}

}
