package io.drillbook.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything an environment consists of: sites, clusters, hosts, components, the
 * dependencies between components and the guest failover clusters that run some of them.
 * Strategies, runbooks and drills all derive from it.
 *
 * @param sites the sites
 * @param clusters the hypervisor clusters
 * @param hosts the hypervisor hosts and physical servers
 * @param components what must be protected
 * @param dependencies which component needs which
 * @param failoverClusters the guest failover clusters (MSCS/WSFC) declared
 */
public record Topology(List<Site> sites, List<Cluster> clusters, List<Host> hosts, List<Component> components,
		List<Dependency> dependencies, List<FailoverCluster> failoverClusters) {

	public Topology {
		sites = List.copyOf(sites);
		clusters = List.copyOf(clusters);
		hosts = List.copyOf(hosts);
		components = List.copyOf(components);
		dependencies = List.copyOf(dependencies);
		failoverClusters = List.copyOf(failoverClusters);
	}

	/**
	 * A topology that declares no failover cluster, as an inventory describes an estate.
	 */
	public Topology(List<Site> sites, List<Cluster> clusters, List<Host> hosts, List<Component> components,
			List<Dependency> dependencies) {
		this(sites, clusters, hosts, components, dependencies, List.of());
	}

	public static Topology empty() {
		return new Topology(List.of(), List.of(), List.of(), List.of(), List.of());
	}

	public Topology withSite(Site site) {
		return new Topology(upsert(this.sites, site, Site::key), this.clusters, this.hosts, this.components,
				this.dependencies, this.failoverClusters);
	}

	public Topology withCluster(Cluster cluster) {
		return new Topology(this.sites, upsert(this.clusters, cluster, Cluster::key), this.hosts, this.components,
				this.dependencies, this.failoverClusters);
	}

	public Topology withHost(Host host) {
		return new Topology(this.sites, this.clusters, upsert(this.hosts, host, Host::key), this.components,
				this.dependencies, this.failoverClusters);
	}

	public Topology withComponent(Component component) {
		return new Topology(this.sites, this.clusters, this.hosts, upsert(this.components, component, Component::key),
				this.dependencies, this.failoverClusters);
	}

	public Topology withDependency(Dependency dependency) {
		return new Topology(this.sites, this.clusters, this.hosts, this.components,
				upsert(this.dependencies, dependency, Topology::dependencyKey), this.failoverClusters);
	}

	public Topology withFailoverCluster(FailoverCluster failoverCluster) {
		return new Topology(this.sites, this.clusters, this.hosts, this.components, this.dependencies,
				upsert(this.failoverClusters, failoverCluster, FailoverCluster::key));
	}

	public Topology withoutSite(String key) {
		return new Topology(remove(this.sites, key, Site::key), this.clusters, this.hosts, this.components,
				this.dependencies, this.failoverClusters);
	}

	public Topology withoutCluster(String key) {
		return new Topology(this.sites, remove(this.clusters, key, Cluster::key), this.hosts, this.components,
				this.dependencies, this.failoverClusters);
	}

	public Topology withoutHost(String key) {
		return new Topology(this.sites, this.clusters, remove(this.hosts, key, Host::key), this.components,
				this.dependencies, this.failoverClusters);
	}

	public Topology withoutFailoverCluster(String key) {
		return new Topology(this.sites, this.clusters, this.hosts, this.components, this.dependencies,
				remove(this.failoverClusters, key, FailoverCluster::key));
	}

	/**
	 * Removes a component and the dependencies that name it, which mean nothing without
	 * it.
	 */
	public Topology withoutComponent(String key) {
		return new Topology(this.sites, this.clusters, this.hosts, remove(this.components, key, Component::key),
				this.dependencies.stream()
					.filter((d) -> !d.dependent().equals(key) && !d.dependsOn().equals(key))
					.toList(),
				this.failoverClusters);
	}

	public Topology withoutDependency(String dependent, String dependsOn) {
		return new Topology(this.sites, this.clusters, this.hosts, this.components,
				remove(this.dependencies, dependent + " -> " + dependsOn, Topology::dependencyKey),
				this.failoverClusters);
	}

	/** How a dependency is named in history and forms. */
	public static String dependencyKey(Dependency dependency) {
		return dependency.dependent() + " -> " + dependency.dependsOn();
	}

	private static <T> List<T> upsert(List<T> elements, T element, Function<T, String> key) {
		String wanted = key.apply(element);
		List<T> result = new ArrayList<>(elements.size() + 1);
		boolean replaced = false;
		for (T existing : elements) {
			if (key.apply(existing).equals(wanted)) {
				result.add(element);
				replaced = true;
			}
			else {
				result.add(existing);
			}
		}
		if (!replaced) {
			result.add(element);
		}
		return result;
	}

	private static <T> List<T> remove(List<T> elements, String wanted, Function<T, String> key) {
		return elements.stream().filter((e) -> !key.apply(e).equals(wanted)).toList();
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

	/**
	 * The tier of a group of components protected together: that of the most critical; 1
	 * when none of them is known.
	 */
	public Tier tierOf(Collection<String> componentKeys) {
		return Tier.mostCriticalOf(
				this.components.stream().filter((c) -> componentKeys.contains(c.key())).map(Component::tier).toList());
	}

	/**
	 * The dependencies written and those that follow from the clusters
	 * ({@link DerivedDependencies}): what failures travel along.
	 */
	public List<Dependency> dependenciesWithDerived() {
		List<DerivedDependencies.Derived> derived = DerivedDependencies.of(this);
		if (derived.isEmpty()) {
			return this.dependencies;
		}
		List<Dependency> all = new ArrayList<>(this.dependencies);
		derived.forEach((d) -> all.add(d.dependency()));
		return List.copyOf(all);
	}

	public Map<String, Component> componentsByKey() {
		return this.components.stream().collect(Collectors.toMap(Component::key, Function.identity()));
	}

	public Map<String, Host> hostsByKey() {
		return this.hosts.stream().collect(Collectors.toMap(Host::key, Function.identity()));
	}

	/** The failover cluster that runs each component, by the component's key. */
	public Map<String, FailoverCluster> failoverClustersByComponent() {
		Map<String, FailoverCluster> byComponent = new HashMap<>();
		for (FailoverCluster failoverCluster : this.failoverClusters) {
			failoverCluster.runs().forEach((key) -> byComponent.putIfAbsent(key, failoverCluster));
		}
		return byComponent;
	}

	public Map<String, Cluster> clustersByKey() {
		return this.clusters.stream().collect(Collectors.toMap(Cluster::key, Function.identity()));
	}

}
