package io.drillbook.strategy.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.drillbook.topology.FailoverCluster;
import io.drillbook.topology.Host;
import io.drillbook.topology.HostKind;
import io.drillbook.topology.Quorum;

/**
 * A failover cluster the architect declared for a unit, with the hosts of its nodes, so
 * that its votes can be counted site by site.
 *
 * @param name the failover cluster's name
 * @param quorum its quorum model
 * @param nodes the hosts its nodes run on
 * @param witness its witness share, if any
 */
public record DeclaredFailoverCluster(String name, Quorum quorum, List<Host> nodes,
		Optional<FailoverCluster.Witness> witness) {

	public DeclaredFailoverCluster {
		nodes = List.copyOf(nodes);
	}

	/** The sites of its nodes, in the order the nodes are listed. */
	public Set<String> nodeSites() {
		return this.nodes.stream().map(Host::site).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public boolean spansSites() {
		return nodeSites().size() > 1;
	}

	public boolean hasVirtualNodes() {
		return this.nodes.stream().anyMatch((h) -> h.kind() == HostKind.HYPERVISOR);
	}

	/** Each node has a vote under majority node set, and the witness share one more. */
	public int votes() {
		return this.nodes.size() + (usesWitness() ? 1 : 0);
	}

	/** Whether losing any one node leaves the cluster running. */
	public boolean survivesTheLossOfANode() {
		return this.quorum == Quorum.SHARED_DISK || hasMajority(votes() - 1);
	}

	/**
	 * The first site whose loss takes away the majority of votes, when there is one: the
	 * cluster stops with it.
	 */
	public Optional<String> siteWhoseLossStopsIt() {
		Set<String> sites = new LinkedHashSet<>(nodeSites());
		this.witness.filter((w) -> usesWitness()).ifPresent((w) -> sites.add(w.site()));
		return sites.stream().filter((site) -> !hasMajority(votes() - votesAt(site))).findFirst();
	}

	/** Node names with their sites, as a sentence lists them. */
	public String describeNodes() {
		List<String> named = this.nodes.stream().map((h) -> h.name() + " (" + h.site() + ")").toList();
		return (named.size() == 1) ? named.get(0)
				: String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
	}

	private boolean usesWitness() {
		return this.quorum == Quorum.MAJORITY_NODE_SET && this.witness.isPresent();
	}

	private int votesAt(String site) {
		int votes = (int) this.nodes.stream().filter((h) -> h.site().equals(site)).count();
		return votes + (usesWitness() && this.witness.get().site().equals(site) ? 1 : 0);
	}

	private boolean hasMajority(int remaining) {
		return remaining * 2 > votes();
	}

}
