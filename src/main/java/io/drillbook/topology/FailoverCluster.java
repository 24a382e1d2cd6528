package io.drillbook.topology;

import java.util.List;
import java.util.Optional;

/**
 * A guest failover cluster (MSCS/WSFC): two or more OS instances, each on a host of the
 * topology, that run the same components and take over from one another.
 *
 * @param key the failover cluster's key, unique in its environment
 * @param name a readable name
 * @param runs the keys of the components it runs
 * @param nodes the keys of the hosts its nodes run on, one node per host: a physical
 * server, or a hypervisor host for a virtual node
 * @param quorum the quorum model
 * @param witness the witness share, for a majority-node-set quorum
 */
public record FailoverCluster(String key, String name, List<String> runs, List<String> nodes, Quorum quorum,
		Optional<Witness> witness) {

	public FailoverCluster {
		runs = List.copyOf(runs);
		nodes = List.copyOf(nodes);
	}

	/**
	 * A file share that holds one more vote of a majority-node-set quorum.
	 *
	 * @param share where it is, such as {@code \\fs03\vc-witness}
	 * @param site the key of the site the share lives at
	 */
	public record Witness(String share, String site) {

	}

}
