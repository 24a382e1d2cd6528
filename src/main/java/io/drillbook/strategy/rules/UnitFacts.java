package io.drillbook.strategy.rules;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.drillbook.strategy.ProductMinimum;
import io.drillbook.strategy.TierPolicy;
import io.drillbook.topology.Cluster;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Placement;
import io.drillbook.topology.PlacementKind;

/**
 * Everything the rules need to know about one protection unit, worked out once from the
 * topology and the policy.
 *
 * @param members the unit's components, the leading one first
 * @param placement where the unit runs (co-located members share it)
 * @param cluster the cluster the unit runs in, for a VM
 * @param clusterHosts how many hosts that cluster has
 * @param managesOwnCluster whether the unit is the management server of its own cluster
 * @param otherManager the name of the management server that manages the unit's cluster,
 * when that is not the unit itself
 * @param partnerManagementServer a management server in another HA cluster that manages
 * this unit's cluster while this unit manages its cluster
 * @param secondPhysicalHost a physical server at the unit's site that runs nothing else,
 * for a second node
 * @param failoverCluster the failover cluster declared to run the unit, if any
 * @param hasRecoverySite whether the environment has a recovery site
 * @param recoverySiteCapacity whether the recovery site has a host a node could run on
 * @param mustSurvive the failures any member must survive
 * @param rto the strictest recovery-time objective of the members
 * @param graceOnly when every other component needs the unit only with a grace period,
 * the shortest of those periods
 * @param stateFiles the state files of every member
 * @param standbyCanTakeOverIp whether a standby can take over the unit's IP address
 * @param tierPolicy the policy of the unit's strictest tier
 * @param minimums the product minimums of the policy
 */
public record UnitFacts(List<Component> members, Placement placement, Optional<Cluster> cluster, int clusterHosts,
		boolean managesOwnCluster, Optional<String> otherManager, Optional<String> partnerManagementServer,
		Optional<String> secondPhysicalHost, Optional<DeclaredFailoverCluster> failoverCluster, boolean hasRecoverySite,
		boolean recoverySiteCapacity, Set<FailureMode> mustSurvive, Duration rto, Optional<Duration> graceOnly,
		List<String> stateFiles, boolean standbyCanTakeOverIp, TierPolicy tierPolicy, List<ProductMinimum> minimums) {

	public UnitFacts {
		members = List.copyOf(members);
		mustSurvive = Set.copyOf(mustSurvive);
		stateFiles = List.copyOf(stateFiles);
		minimums = List.copyOf(minimums);
	}

	public Component lead() {
		return this.members.get(0);
	}

	public ComponentKind kind() {
		return lead().kind();
	}

	public boolean isVirtual() {
		return this.placement.kind() == PlacementKind.VM;
	}

	public boolean has(ComponentKind kind) {
		return this.members.stream().anyMatch((c) -> c.kind() == kind);
	}

	public String name() {
		return lead().name();
	}

	/**
	 * The recovery time that counts: a grace period longer than the RTO relaxes it (R14).
	 */
	public Duration effectiveRto() {
		return this.graceOnly.filter((grace) -> grace.compareTo(this.rto) > 0).orElse(this.rto);
	}

}
