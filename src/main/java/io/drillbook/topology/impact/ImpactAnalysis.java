package io.drillbook.topology.impact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

import io.drillbook.topology.Cluster;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.Durations;
import io.drillbook.topology.Host;
import io.drillbook.topology.Placement;
import io.drillbook.topology.PlacementKind;
import io.drillbook.topology.Site;
import io.drillbook.topology.Topology;

/**
 * Works out what a failure breaks. Hosts fail with their site or cluster; components fail
 * with what they run on, unless hypervisor HA restarts them elsewhere; then failures
 * travel along dependencies, at once over hard ones and after the grace period over the
 * others. The earliest path decides, so a component reachable both ways fails at once.
 */
public final class ImpactAnalysis {

	private final Topology topology;

	private final Map<String, Component> components;

	private final Map<String, Host> hosts;

	private final Map<String, List<Dependency>> dependents = new HashMap<>();

	private final Map<String, List<Dependency>> needs = new HashMap<>();

	private ImpactAnalysis(Topology topology) {
		this.topology = topology;
		this.components = topology.componentsByKey();
		this.hosts = topology.hostsByKey();
		for (Dependency dependency : topology.dependenciesWithDerived()) {
			this.dependents.computeIfAbsent(dependency.dependsOn(), (k) -> new ArrayList<>()).add(dependency);
			this.needs.computeIfAbsent(dependency.dependent(), (k) -> new ArrayList<>()).add(dependency);
		}
	}

	/**
	 * Supposes that {@code failure} happens at {@code failedAt} in a valid topology.
	 * @throws IllegalArgumentException if the topology has no such element
	 */
	public static Impact whatIf(Topology topology, FailurePoint failure, Instant failedAt) {
		return new ImpactAnalysis(topology).analyse(failure, failedAt);
	}

	// Kept whole: one walk of the failure through the dependency graph, which the
	// classification of each element follows.
	private Impact analyse(FailurePoint failure, Instant failedAt) {
		String root = label(failure);
		Map<String, String> failedHosts = failedHosts(failure);
		Set<String> downClusters = downClusters(failure, failedHosts.keySet());

		Map<String, Duration> failsAfter = new HashMap<>();
		Map<String, String> reasons = new HashMap<>();
		Map<String, List<String>> paths = new HashMap<>();
		Map<String, String> restarted = new HashMap<>();
		for (Component component : this.topology.components()) {
			Optional<String> reason = (failure.type() == ElementType.COMPONENT && failure.key().equals(component.key()))
					? Optional.of("the failure analysed")
					: placementFailure(component, failedHosts, downClusters, restarted);
			reason.ifPresent((why) -> {
				failsAfter.put(component.key(), Duration.ZERO);
				reasons.put(component.key(), why);
				List<String> path = new ArrayList<>();
				if (failure.type() != ElementType.COMPONENT) {
					path.add(root);
				}
				component.placement().host().filter(failedHosts::containsKey).ifPresent((h) -> path.add(hostLabel(h)));
				if (component.placement().kind() == PlacementKind.PHYSICAL) {
					path.add(hostLabel(component.placement().target()));
				}
				path.add(componentLabel(component));
				paths.put(component.key(), path.stream().distinct().toList());
			});
		}
		propagate(failsAfter, reasons, paths);

		List<ElementImpact> effects = new ArrayList<>();
		for (Host host : this.topology.hosts()) {
			String why = failedHosts.get(host.key());
			effects.add((why != null)
					? new ElementImpact(ElementType.HOST, host.key(), host.name(), Optional.empty(),
							ImpactOutcome.FAILS_AT_ONCE, Optional.empty(), Optional.empty(),
							pathTo(root, hostLabel(host.key())), why)
					: new ElementImpact(ElementType.HOST, host.key(), host.name(), Optional.empty(),
							ImpactOutcome.KEEPS_RUNNING, Optional.empty(), Optional.empty(),
							List.of(hostLabel(host.key())), "not touched by the failure"));
		}
		for (Component component : this.topology.components()) {
			effects.add(effect(component, failsAfter, reasons, paths, restarted, failedAt));
		}
		return new Impact(failure, failedAt, effects);
	}

	private ElementImpact effect(Component component, Map<String, Duration> failsAfter, Map<String, String> reasons,
			Map<String, List<String>> paths, Map<String, String> restarted, Instant failedAt) {
		String key = component.key();
		Optional<ComponentKind> kind = Optional.of(component.kind());
		Duration after = failsAfter.get(key);
		if (after != null && after.isZero()) {
			return new ElementImpact(ElementType.COMPONENT, key, component.name(), kind, ImpactOutcome.FAILS_AT_ONCE,
					Optional.empty(), Optional.empty(), paths.get(key), reasons.get(key));
		}
		if (after != null) {
			return new ElementImpact(ElementType.COMPONENT, key, component.name(), kind,
					ImpactOutcome.FAILS_AFTER_GRACE, Optional.of(after), Optional.of(failedAt.plus(after)),
					paths.get(key), reasons.get(key));
		}
		if (restarted.containsKey(key)) {
			return new ElementImpact(ElementType.COMPONENT, key, component.name(), kind, ImpactOutcome.RESTARTED_BY_HA,
					Optional.empty(), Optional.empty(), List.of(componentLabel(component)), restarted.get(key));
		}
		return new ElementImpact(ElementType.COMPONENT, key, component.name(), kind, ImpactOutcome.KEEPS_RUNNING,
				Optional.empty(), Optional.empty(), List.of(componentLabel(component)), whyItKeepsRunning(component));
	}

	// Dijkstra over the dependency graph: a dependent fails at the earliest moment any
	// path of dependencies brings the failure to it.
	private void propagate(Map<String, Duration> failsAfter, Map<String, String> reasons,
			Map<String, List<String>> paths) {
		PriorityQueue<Map.Entry<String, Duration>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
		failsAfter.forEach((key, time) -> queue.add(Map.entry(key, time)));
		Set<String> settled = new HashSet<>();
		while (!queue.isEmpty()) {
			Map.Entry<String, Duration> next = queue.poll();
			String failed = next.getKey();
			if (!settled.add(failed)) {
				continue;
			}
			Component cause = this.components.get(failed);
			for (Dependency dependency : this.dependents.getOrDefault(failed, List.of())) {
				String dependent = dependency.dependent();
				Duration when = next.getValue().plus(dependency.gracePeriod().orElse(Duration.ZERO));
				Duration known = failsAfter.get(dependent);
				if (known == null || when.compareTo(known) < 0) {
					failsAfter.put(dependent, when);
					Component target = this.components.get(dependent);
					reasons.put(dependent,
							dependency.gracePeriod()
								.map((grace) -> target.name() + " keeps working for " + Durations.words(grace)
										+ " without " + cause.name() + " (grace period), then stops")
								.orElse(target.name() + " needs " + cause.name() + " (hard dependency)"));
					List<String> path = new ArrayList<>(paths.get(failed));
					path.add(componentLabel(target));
					paths.put(dependent, path);
					queue.add(Map.entry(dependent, when));
				}
			}
		}
	}

	private Optional<String> placementFailure(Component component, Map<String, String> failedHosts,
			Set<String> downClusters, Map<String, String> restarted) {
		Placement placement = component.placement();
		return switch (placement.kind()) {
			case PHYSICAL -> failedHosts.containsKey(placement.target())
					? Optional.of("it is installed on " + hostLabel(placement.target()) + ", which failed")
					: Optional.empty();
			case CLUSTER -> downClusters.contains(placement.target())
					? Optional.of("no host of cluster " + placement.target() + " is left to provide it")
					: Optional.empty();
			case VM -> {
				if (downClusters.contains(placement.target())) {
					yield Optional.of("no host of cluster " + placement.target() + " is left to run the VM");
				}
				Optional<String> host = placement.host().filter(failedHosts::containsKey);
				if (host.isEmpty()) {
					yield Optional.empty();
				}
				Cluster cluster = this.topology.cluster(placement.target()).orElseThrow();
				if (cluster.haEnabled() && cluster.sharedStorage()) {
					restarted.put(component.key(), "its host " + host.get() + " failed; HA restarts the VM on another "
							+ "host of cluster " + cluster.key() + " (a short interruption)");
					yield Optional.empty();
				}
				yield Optional
					.of("its host " + host.get() + " failed and cluster " + cluster.key() + (cluster.haEnabled()
							? " has no shared storage for HA to restart it elsewhere" : " has HA disabled"));
			}
		};
	}

	private String whyItKeepsRunning(Component component) {
		List<Dependency> needed = this.needs.getOrDefault(component.key(), List.of());
		String runsOn = switch (component.placement().kind()) {
			case VM -> "its VM keeps running in cluster " + component.placement().target();
			case PHYSICAL -> "its host " + component.placement().target() + " keeps running";
			case CLUSTER ->
				"it needs only the hosts of cluster " + component.placement().target() + ", which keep running";
		};
		if (needed.isEmpty()) {
			return runsOn + " and it depends on no other component";
		}
		return runsOn + " and everything it depends on keeps running ("
				+ needed.stream()
					.map((d) -> this.components.get(d.dependsOn()).name())
					.sorted()
					.collect(Collectors.joining(", "))
				+ ")";
	}

	private Map<String, String> failedHosts(FailurePoint failure) {
		Map<String, String> failed = new HashMap<>();
		switch (failure.type()) {
			case SITE -> {
				require(this.topology.site(failure.key()), failure);
				this.topology.hosts()
					.stream()
					.filter((h) -> h.site().equals(failure.key()))
					.forEach((h) -> failed.put(h.key(), "it stands at site " + failure.key()));
			}
			case CLUSTER -> {
				require(this.topology.cluster(failure.key()), failure);
				this.topology.hosts()
					.stream()
					.filter((h) -> h.cluster().equals(Optional.of(failure.key())))
					.forEach((h) -> failed.put(h.key(), "it belongs to cluster " + failure.key()));
			}
			case HOST -> {
				require(this.topology.host(failure.key()), failure);
				failed.put(failure.key(), "the failure analysed");
			}
			case COMPONENT -> require(this.topology.component(failure.key()), failure);
		}
		return failed;
	}

	private Set<String> downClusters(FailurePoint failure, Set<String> failedHosts) {
		Set<String> down = new HashSet<>();
		for (Cluster cluster : this.topology.clusters()) {
			boolean named = (failure.type() == ElementType.CLUSTER && failure.key().equals(cluster.key()))
					|| (failure.type() == ElementType.SITE && failure.key().equals(cluster.site()));
			List<Host> members = this.topology.hosts()
				.stream()
				.filter((h) -> h.cluster().equals(Optional.of(cluster.key())))
				.toList();
			boolean allHostsFailed = !members.isEmpty()
					&& members.stream().allMatch((h) -> failedHosts.contains(h.key()));
			if (named || allHostsFailed) {
				down.add(cluster.key());
			}
		}
		return down;
	}

	private String label(FailurePoint failure) {
		return switch (failure.type()) {
			case SITE -> "site " + this.topology.site(failure.key()).map(Site::name).orElse(failure.key());
			case CLUSTER -> "cluster " + this.topology.cluster(failure.key()).map(Cluster::name).orElse(failure.key());
			case HOST -> hostLabel(failure.key());
			case COMPONENT -> this.topology.component(failure.key()).map(this::componentLabel).orElse(failure.key());
		};
	}

	private static List<String> pathTo(String root, String target) {
		return root.equals(target) ? List.of(target) : List.of(root, target);
	}

	private String hostLabel(String key) {
		Host host = this.hosts.get(key);
		return "host " + ((host != null) ? host.name() : key);
	}

	private String componentLabel(Component component) {
		return component.name();
	}

	private static void require(Optional<?> element, FailurePoint failure) {
		if (element.isEmpty()) {
			throw new IllegalArgumentException("No " + failure.type().code() + " '" + failure.key() + "'");
		}
	}

}
