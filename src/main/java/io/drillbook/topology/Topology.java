package io.drillbook.topology;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything an environment consists of: sites, clusters, hosts, components and the
 * dependencies between components. Strategies, runbooks and drills all derive from it.
 *
 * @param sites the sites
 * @param clusters the hypervisor clusters
 * @param hosts the hypervisor hosts and physical servers
 * @param components what must be protected
 * @param dependencies which component needs which
 */
public record Topology(List<Site> sites, List<Cluster> clusters, List<Host> hosts, List<Component> components,
		List<Dependency> dependencies) {

	public Topology {
		sites = List.copyOf(sites);
		clusters = List.copyOf(clusters);
		hosts = List.copyOf(hosts);
		components = List.copyOf(components);
		dependencies = List.copyOf(dependencies);
	}

	public static Topology empty() {
		return new Topology(List.of(), List.of(), List.of(), List.of(), List.of());
	}

	public Optional<Site> site(String key) {
		return this.sites.stream().filter((s) -> s.key().equals(key)).findFirst();
	}

	public Optional<Cluster> cluster(String key) {
		return this.clusters.stream().filter((c) -> c.key().equals(key)).findFirst();
	}

	public Optional<Host> host(String key) {
		return this.hosts.stream().filter((h) -> h.key().equals(key)).findFirst();
	}

	public Optional<Component> component(String key) {
		return this.components.stream().filter((c) -> c.key().equals(key)).findFirst();
	}

	public Map<String, Component> componentsByKey() {
		return this.components.stream().collect(Collectors.toMap(Component::key, Function.identity()));
	}

	public Map<String, Host> hostsByKey() {
		return this.hosts.stream().collect(Collectors.toMap(Host::key, Function.identity()));
	}

	public Map<String, Cluster> clustersByKey() {
		return this.clusters.stream().collect(Collectors.toMap(Cluster::key, Function.identity()));
	}

}
