package io.drillbook.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The consistency rules of a topology: every reference resolves, placements make sense,
 * co-located components share one server, objectives are coherent and dependencies form
 * no cycle. A topology is stored only when this finds nothing.
 */
public final class TopologyRules {

	public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	private TopologyRules() {
	}

	public static List<Problem> check(Topology topology) {
		List<Problem> problems = new ArrayList<>();
		Map<String, Site> sites = unique(topology.sites(), Site::key, "site", problems);
		Map<String, Cluster> clusters = unique(topology.clusters(), Cluster::key, "cluster", problems);
		Map<String, Host> hosts = unique(topology.hosts(), Host::key, "host", problems);
		Map<String, Component> components = unique(topology.components(), Component::key, "component", problems);

		topology.sites().forEach((site) -> named("site " + site.key(), site.name(), problems));
		for (Cluster cluster : topology.clusters()) {
			String where = "cluster " + cluster.key();
			named(where, cluster.name(), problems);
			if (!sites.containsKey(cluster.site())) {
				problems.add(new Problem(where, "site", "unknown site '" + cluster.site() + "'"));
			}
			cluster.managedBy().ifPresent((manager) -> {
				Component component = components.get(manager);
				if (component == null) {
					problems.add(new Problem(where, "managedBy", "unknown component '" + manager + "'"));
				}
				else if (component.kind() != ComponentKind.MANAGEMENT_SERVER) {
					problems.add(new Problem(where, "managedBy",
							"'" + manager + "' is a " + component.kind().code() + ", not a management-server"));
				}
			});
		}
		for (Host host : topology.hosts()) {
			checkHost(host, sites, clusters, problems);
		}
		for (Component component : topology.components()) {
			checkComponent(component, sites, clusters, hosts, components, problems);
		}
		checkDependencies(topology.dependencies(), components, problems);
		unique(topology.failoverClusters(), FailoverCluster::key, "failover cluster", problems);
		Map<String, String> runBy = new HashMap<>();
		for (FailoverCluster failoverCluster : topology.failoverClusters()) {
			checkFailoverCluster(failoverCluster, sites, hosts, components, runBy, problems);
		}
		return problems;
	}

	// Kept whole: one check per field of a failover cluster, in the order the file has
	// them.
	private static void checkFailoverCluster(FailoverCluster failoverCluster, Map<String, Site> sites,
			Map<String, Host> hosts, Map<String, Component> components, Map<String, String> runBy,
			List<Problem> problems) {
		String where = "failover cluster " + failoverCluster.key();
		named(where, failoverCluster.name(), problems);
		Set<String> nodes = new HashSet<>();
		for (String node : failoverCluster.nodes()) {
			if (!hosts.containsKey(node)) {
				problems.add(new Problem(where, "nodes", "unknown host '" + node + "'"));
			}
			else if (!nodes.add(node)) {
				problems
					.add(new Problem(where, "nodes", "host '" + node + "' is listed twice; each node needs its own"));
			}
		}
		if (failoverCluster.nodes().size() < 2) {
			problems.add(new Problem(where, "nodes",
					"a failover cluster needs at least two nodes (two OS instances), each on its own host"));
		}
		if (failoverCluster.runs().isEmpty()) {
			problems.add(new Problem(where, "runs", "name the components it runs"));
		}
		for (String run : failoverCluster.runs()) {
			Component component = components.get(run);
			String previous = runBy.putIfAbsent(run, failoverCluster.key());
			if (component == null) {
				problems.add(new Problem(where, "runs", "unknown component '" + run + "'"));
			}
			else if (component.kind() == ComponentKind.CAPABILITY) {
				problems.add(new Problem(where, "runs", "'" + run + "' is a capability of a hypervisor cluster"));
			}
			else if (previous != null) {
				problems.add(new Problem(where, "runs",
						"'" + run + "' is already run by failover cluster '" + previous + "'"));
			}
			else if (!runsOnANode(component.placement(), nodes, hosts)) {
				problems.add(new Problem(where, "runs",
						"'" + run + "' runs on " + component.placement() + ", which is none of the nodes' hosts"));
			}
		}
		failoverCluster.witness().ifPresent((witness) -> {
			if (failoverCluster.quorum() != Quorum.MAJORITY_NODE_SET) {
				problems.add(new Problem(where, "witness", "only a majority-node-set quorum uses a witness share"));
			}
			if (witness.share() == null || witness.share().isBlank()) {
				problems
					.add(new Problem(where, "witness.share", "required: the share's path, such as \\\\fs03\\witness"));
			}
			if (!sites.containsKey(witness.site())) {
				problems.add(new Problem(where, "witness.site", "unknown site '" + witness.site() + "'"));
			}
		});
	}

	private static boolean runsOnANode(Placement placement, Set<String> nodes, Map<String, Host> hosts) {
		return switch (placement.kind()) {
			case PHYSICAL -> nodes.contains(placement.target());
			case VM -> placement.host()
				.map(nodes::contains)
				.orElseGet(() -> nodes.stream()
					.map(hosts::get)
					.anyMatch((h) -> h != null && h.cluster().equals(Optional.of(placement.target()))));
			case CLUSTER -> false;
		};
	}

	private static void checkHost(Host host, Map<String, Site> sites, Map<String, Cluster> clusters,
			List<Problem> problems) {
		String where = "host " + host.key();
		named(where, host.name(), problems);
		if (!sites.containsKey(host.site())) {
			problems.add(new Problem(where, "site", "unknown site '" + host.site() + "'"));
		}
		host.cluster().ifPresent((key) -> {
			Cluster cluster = clusters.get(key);
			if (cluster == null) {
				problems.add(new Problem(where, "cluster", "unknown cluster '" + key + "'"));
			}
			else if (host.kind() == HostKind.PHYSICAL) {
				problems.add(new Problem(where, "cluster", "a physical server cannot belong to a hypervisor cluster"));
			}
			else if (!cluster.site().equals(host.site())) {
				problems.add(new Problem(where, "site", "the host is at site '" + host.site() + "' but its cluster '"
						+ key + "' is at site '" + cluster.site() + "'"));
			}
		});
	}

	// Where a component runs must exist and fit what it is: a VM in a cluster (on one of
	// its hosts), a physical server, or a capability of a cluster.
	private static void checkPlacement(String where, Component component, Map<String, Cluster> clusters,
			Map<String, Host> hosts, List<Problem> problems) {
		Placement placement = component.placement();
		switch (placement.kind()) {
			case VM -> checkVm(where, placement, clusters, hosts, problems);
			case PHYSICAL -> {
				Host host = hosts.get(placement.target());
				if (host == null) {
					problems.add(new Problem(where, "placement.host", "unknown host '" + placement.target() + "'"));
				}
				else if (host.kind() != HostKind.PHYSICAL) {
					problems.add(new Problem(where, "placement.host", "host '" + placement.target()
							+ "' is a hypervisor; place the component as a VM in its cluster instead"));
				}
			}
			case CLUSTER -> {
				if (component.kind() != ComponentKind.CAPABILITY) {
					problems
						.add(new Problem(where, "placement.kind", "only a capability is provided by a cluster; place a "
								+ component.kind().code() + " as a VM or on a physical host"));
				}
				if (!clusters.containsKey(placement.target())) {
					problems
						.add(new Problem(where, "placement.cluster", "unknown cluster '" + placement.target() + "'"));
				}
			}
		}
	}

	private static void checkVm(String where, Placement placement, Map<String, Cluster> clusters,
			Map<String, Host> hosts, List<Problem> problems) {
		if (!clusters.containsKey(placement.target())) {
			problems.add(new Problem(where, "placement.cluster", "unknown cluster '" + placement.target() + "'"));
		}
		placement.host().ifPresent((key) -> {
			Host host = hosts.get(key);
			if (host == null) {
				problems.add(new Problem(where, "placement.host", "unknown host '" + key + "'"));
			}
			else if (!host.cluster().equals(Optional.of(placement.target()))) {
				problems.add(new Problem(where, "placement.host",
						"host '" + key + "' is not in cluster '" + placement.target() + "'"));
			}
		});
	}

	private static void checkComponent(Component component, Map<String, Site> sites, Map<String, Cluster> clusters,
			Map<String, Host> hosts, Map<String, Component> components, List<Problem> problems) {
		String where = "component " + component.key();
		named(where, component.name(), problems);
		Placement placement = component.placement();
		checkPlacement(where, component, clusters, hosts, problems);
		if (component.kind() == ComponentKind.CAPABILITY && placement.kind() != PlacementKind.CLUSTER) {
			problems.add(new Problem(where, "placement.kind", "a capability is provided by a cluster"));
		}
		component.standbyHost().ifPresent((key) -> checkStandby(where, key, sites, hosts, problems));
		for (String other : component.colocatedWith()) {
			Component peer = components.get(other);
			if (other.equals(component.key())) {
				problems.add(new Problem(where, "colocatedWith", "a component cannot be co-located with itself"));
			}
			else if (peer == null) {
				problems.add(new Problem(where, "colocatedWith", "unknown component '" + other + "'"));
			}
			else if (!peer.placement().sameServerAs(placement)) {
				problems.add(new Problem(where, "colocatedWith", "'" + other + "' runs elsewhere (" + peer.placement()
						+ "); co-located components share one server"));
			}
		}
		if (component.rto() == null || component.rto().isNegative() || component.rto().isZero()) {
			problems.add(new Problem(where, "rto", "the recovery-time objective must be longer than zero"));
		}
		if (component.rpo() == null || component.rpo().isNegative()) {
			problems.add(new Problem(where, "rpo", "the recovery-point objective cannot be negative"));
		}
	}

	private static void checkStandby(String where, String key, Map<String, Site> sites, Map<String, Host> hosts,
			List<Problem> problems) {
		Host standby = hosts.get(key);
		if (standby == null) {
			problems.add(new Problem(where, "standbyHost", "unknown host '" + key + "'"));
		}
		else if (!sites.containsKey(standby.site()) || sites.get(standby.site()).role() != SiteRole.RECOVERY) {
			problems.add(new Problem(where, "standbyHost",
					"host '" + key + "' is not at a recovery site; a standby waits where the primary is not"));
		}
	}

	private static void checkDependencies(List<Dependency> dependencies, Map<String, Component> components,
			List<Problem> problems) {
		Set<String> seen = new HashSet<>();
		Map<String, List<String>> needs = new LinkedHashMap<>();
		for (Dependency dependency : dependencies) {
			String where = "dependency " + dependency.dependent() + " -> " + dependency.dependsOn();
			boolean known = true;
			if (!components.containsKey(dependency.dependent())) {
				problems.add(new Problem(where, "dependent", "unknown component '" + dependency.dependent() + "'"));
				known = false;
			}
			if (!components.containsKey(dependency.dependsOn())) {
				problems.add(new Problem(where, "dependsOn", "unknown component '" + dependency.dependsOn() + "'"));
				known = false;
			}
			if (dependency.dependent().equals(dependency.dependsOn())) {
				problems.add(new Problem(where, "dependsOn", "a component cannot depend on itself"));
				known = false;
			}
			if (!seen.add(dependency.dependent() + "\u0000" + dependency.dependsOn())) {
				problems.add(new Problem(where, "dependsOn", "this dependency is listed twice"));
			}
			dependency.gracePeriod().ifPresent((grace) -> {
				if (grace.isNegative() || grace.isZero()) {
					problems.add(new Problem(where, "graceDays", "a grace period must be longer than zero"));
				}
			});
			if (known) {
				needs.computeIfAbsent(dependency.dependent(), (k) -> new ArrayList<>()).add(dependency.dependsOn());
				checkRpo(dependency, components, where, problems);
			}
		}
		findCycle(needs).ifPresent((cycle) -> problems.add(new Problem("dependency " + String.join(" -> ", cycle),
				"dependsOn", "dependencies form a cycle, so no recovery order exists")));
	}

	// Data the dependent needs lives in what it depends on: losing more of it than the
	// dependent may lose makes the dependent's objective impossible to meet.
	private static void checkRpo(Dependency dependency, Map<String, Component> components, String where,
			List<Problem> problems) {
		if (!dependency.isHard()) {
			return;
		}
		Component dependent = components.get(dependency.dependent());
		Component needed = components.get(dependency.dependsOn());
		if (needed.kind() == ComponentKind.DATABASE && needed.rpo() != null && dependent.rpo() != null
				&& needed.rpo().compareTo(dependent.rpo()) > 0) {
			problems.add(new Problem("component " + needed.key(), "rpo",
					"the recovery-point objective " + Durations.words(needed.rpo()) + " is larger than allowed: '"
							+ dependent.key() + "' depends on this database and allows only "
							+ Durations.words(dependent.rpo())));
		}
	}

	private static Optional<List<String>> findCycle(Map<String, List<String>> needs) {
		Map<String, Integer> state = new HashMap<>();
		for (String start : needs.keySet()) {
			List<String> path = new ArrayList<>();
			Optional<List<String>> cycle = visit(start, needs, state, path);
			if (cycle.isPresent()) {
				return cycle;
			}
		}
		return Optional.empty();
	}

	// Depth-first search with an explicit path so that the cycle can be named.
	private static Optional<List<String>> visit(String node, Map<String, List<String>> needs,
			Map<String, Integer> state, List<String> path) {
		Integer current = state.get(node);
		if (current != null && current == 2) {
			return Optional.empty();
		}
		if (current != null && current == 1) {
			List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
			cycle.add(node);
			return Optional.of(cycle);
		}
		state.put(node, 1);
		path.add(node);
		for (String next : needs.getOrDefault(node, List.of())) {
			Optional<List<String>> cycle = visit(next, needs, state, path);
			if (cycle.isPresent()) {
				return cycle;
			}
		}
		path.remove(path.size() - 1);
		state.put(node, 2);
		return Optional.empty();
	}

	private static void named(String where, String name, List<Problem> problems) {
		if (name == null || name.isBlank()) {
			problems.add(new Problem(where, "name", "a name is required"));
		}
	}

	private static <T> Map<String, T> unique(List<T> elements, Function<T, String> key, String type,
			List<Problem> problems) {
		Map<String, T> byKey = new HashMap<>();
		for (T element : elements) {
			String k = key.apply(element);
			if (k == null || !KEY.matcher(k).matches()) {
				problems.add(new Problem(type + " " + k, "key",
						"use 1 to 64 lower-case letters, digits, dots, dashes or underscores"));
			}
			else if (byKey.putIfAbsent(k, element) != null) {
				problems.add(new Problem(type + " " + k, "key", "the key '" + k + "' is used twice"));
			}
		}
		return byKey;
	}

}
