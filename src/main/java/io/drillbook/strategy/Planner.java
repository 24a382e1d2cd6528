package io.drillbook.strategy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.drillbook.strategy.rules.Effect;
import io.drillbook.strategy.rules.Conclusion;
import io.drillbook.strategy.rules.DeclaredFailoverCluster;
import io.drillbook.strategy.rules.Rule;
import io.drillbook.strategy.rules.Rules;
import io.drillbook.strategy.rules.UnitFacts;
import io.drillbook.topology.Cluster;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.Durations;
import io.drillbook.topology.FailoverCluster;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Host;
import io.drillbook.topology.HostKind;
import io.drillbook.topology.PlacementKind;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Topology;
import io.drillbook.topology.Tier;

/**
 * Plans the protection of every component of a topology under a policy. Pure: the same
 * topology and policy always give the same plan. Capabilities (VMotion, DRS, HA) are
 * features of the clusters, not things to protect, so they get no plan of their own.
 * <p>
 * Kept whole: planning a unit, from its facts through the rules to the decision for each
 * layer, is one pure argument read top to bottom.
 */
public final class Planner {

	private static final Set<FailureMode> LOCAL_FAILURES = EnumSet.of(FailureMode.HOST_FAILURE, FailureMode.OS_FAILURE,
			FailureMode.APPLICATION_FAILURE);

	/**
	 * Simplest first: the recommendation is the first eligible one that covers
	 * everything.
	 */
	private static final List<Strategy> LOCAL_PREFERENCE = List.of(Strategy.HYPERVISOR_HA, Strategy.HA_IN_BAND,
			Strategy.HA_OUT_OF_BAND, Strategy.DATABASE_CLUSTERING, Strategy.FAILOVER_CLUSTER);

	private static final List<Strategy> SITE_PREFERENCE = List.of(Strategy.COLD_STANDBY, Strategy.WARM_STANDBY);

	private static final List<Strategy> STRETCHED_CLUSTER_FIRST = List.of(Strategy.FAILOVER_CLUSTER,
			Strategy.COLD_STANDBY, Strategy.WARM_STANDBY);

	private static final Comparator<Component> LEAD = Comparator.comparing((Component c) -> leadRank(c.kind()))
		.thenComparing(Component::key);

	private Planner() {
	}

	public static Plan plan(Topology topology, Policy policy) {
		Index index = new Index(topology);
		List<UnitPlan> units = new ArrayList<>();
		for (List<Component> members : index.units()) {
			units.add(plan(index.facts(members, policy)));
		}
		units.sort(Comparator.comparing(UnitPlan::key));
		return new Plan(units);
	}

	static UnitPlan plan(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		for (Rule rule : Rules.all()) {
			findings.addAll(rule.evaluate(unit));
		}
		Decision local = decide(Layer.LOCAL, unit, findings);
		Decision site = decide(Layer.SITE, unit, findings);
		List<Reason> notes = findings.stream().filter((f) -> f.strategy().isEmpty()).map(Conclusion::reason).toList();
		Set<String> files = new LinkedHashSet<>(unit.stateFiles());
		return new UnitPlan(unit.members().stream().map(Component::key).toList(), unit.name(), unit.mustSurvive(),
				unit.effectiveRto(), List.copyOf(files), local, site, notes);
	}

	// Kept whole: the choice for one layer, from eligibility to the recommendation and
	// its gaps, read as one argument.
	private static Decision decide(Layer layer, UnitFacts unit, List<Conclusion> findings) {
		Set<FailureMode> needed = EnumSet.noneOf(FailureMode.class);
		unit.mustSurvive()
			.stream()
			.filter((f) -> (layer == Layer.LOCAL) == LOCAL_FAILURES.contains(f))
			.forEach(needed::add);
		List<Strategy> preference = (layer == Layer.LOCAL) ? LOCAL_PREFERENCE : sitePreference(findings);
		Map<Strategy, Assessment> assessments = new TreeMap<>();
		for (Strategy strategy : preference) {
			assessments.put(strategy, assess(strategy, unit, needed, findings));
		}
		List<Assessment> ordered = preference.stream().map(assessments::get).toList();
		if (needed.isEmpty()) {
			return new Decision(layer, false, ordered, Optional.empty(),
					List.of(new Reason("policy",
							unit.name() + " must survive no "
									+ ((layer == Layer.LOCAL) ? "host, OS or application" : "site") + " failure.",
							"Drillbook policy")),
					List.of());
		}
		Duration rto = unit.effectiveRto();
		for (Strategy strategy : preference) {
			Assessment assessment = assessments.get(strategy);
			boolean fastEnough = assessment.expectedRecovery().map((d) -> d.compareTo(rto) <= 0).orElse(true);
			if (assessment.eligible() && assessment.misses().isEmpty() && fastEnough) {
				List<Reason> why = new ArrayList<>(assessment.reasons());
				why.add(0,
						new Reason(
								"plan", strategy.title() + " is the simplest eligible strategy that covers "
										+ codes(needed) + " within the RTO of " + Durations.words(rto) + ".",
								"Drillbook planner"));
				return new Decision(layer, true, ordered, Optional.of(strategy), why, List.of());
			}
		}
		// One rule ruling out several strategies for the same reason is one gap.
		Set<Reason> gaps = new LinkedHashSet<>();
		gaps.add(new Reason("plan",
				"No eligible " + ((layer == Layer.LOCAL) ? "local" : "site-recovery") + " strategy covers "
						+ codes(needed) + " for " + unit.name() + " within " + Durations.words(rto) + ".",
				"Drillbook planner"));
		for (Assessment assessment : ordered) {
			if (!assessment.eligible()) {
				assessment.reasons()
					.stream()
					.filter((r) -> isRuleOut(r, assessment.strategy(), findings))
					.forEach(gaps::add);
			}
			else if (!assessment.misses().isEmpty()) {
				gaps.add(new Reason("plan",
						assessment.strategy().title() + " misses " + codes(assessment.misses()) + ".",
						"Drillbook planner"));
			}
			else {
				gaps.add(new Reason("plan",
						assessment.strategy().title() + " is expected to take "
								+ Durations.words(assessment.expectedRecovery().orElseThrow()) + ", more than the RTO.",
						"Drillbook planner"));
			}
		}
		return new Decision(layer, true, ordered, Optional.empty(), List.of(), List.copyOf(gaps));
	}

	/**
	 * A declared failover cluster that survives the loss of a site (R11) already is the
	 * unit's site recovery, built and running, so it comes before any standby.
	 */
	private static List<Strategy> sitePreference(List<Conclusion> findings) {
		boolean stretched = findings.stream()
			.anyMatch((f) -> f.effect() == Effect.COVERS
					&& f.strategy().filter(Strategy.FAILOVER_CLUSTER::equals).isPresent()
					&& f.failures().contains(FailureMode.SITE_FAILURE));
		return stretched ? STRETCHED_CLUSTER_FIRST : SITE_PREFERENCE;
	}

	private static Assessment assess(Strategy strategy, UnitFacts unit, Set<FailureMode> needed,
			List<Conclusion> findings) {
		boolean eligible = true;
		Set<FailureMode> covers = EnumSet.noneOf(FailureMode.class);
		List<Reason> reasons = new ArrayList<>();
		List<Reason> warnings = new ArrayList<>();
		for (Conclusion finding : findings) {
			if (finding.strategy().filter((s) -> s == strategy).isEmpty()) {
				continue;
			}
			switch (finding.effect()) {
				case RULES_OUT -> {
					eligible = false;
					reasons.add(finding.reason());
				}
				case COVERS -> {
					covers.addAll(finding.failures());
					reasons.add(finding.reason());
				}
				case REQUIRES -> warnings.add(finding.reason());
				case EXPLAINS -> reasons.add(finding.reason());
			}
		}
		Set<FailureMode> misses = EnumSet.noneOf(FailureMode.class);
		misses.addAll(needed);
		misses.removeAll(covers);
		// What a strategy would require matters only where it can be used.
		return new Assessment(strategy, eligible, covers, misses, unit.tierPolicy().expected(strategy), reasons,
				eligible ? warnings : List.of());
	}

	private static boolean isRuleOut(Reason reason, Strategy strategy, List<Conclusion> findings) {
		return findings.stream()
			.anyMatch((f) -> f.effect() == Effect.RULES_OUT && f.reason().equals(reason)
					&& f.strategy().filter((s) -> s == strategy).isPresent());
	}

	private static String codes(Set<FailureMode> failures) {
		return String.join(", ", failures.stream().sorted().map(FailureMode::code).toList());
	}

	private static int leadRank(ComponentKind kind) {
		return switch (kind) {
			case MANAGEMENT_SERVER -> 0;
			case DATABASE -> 1;
			case LICENSE_SERVER -> 2;
			case WEB_ACCESS -> 3;
			case APPLICATION -> 4;
			case CAPABILITY -> 5;
		};
	}

	/** The topology indexed once, so that planning stays linear in its size. */
	private static final class Index {

		private final Topology topology;

		private final Map<String, Component> components;

		private final Map<String, Cluster> clusters;

		private final Map<String, Host> hosts;

		private final Map<String, Integer> hostsPerCluster = new HashMap<>();

		private final Map<String, List<Host>> physicalHostsPerSite = new HashMap<>();

		private final Map<String, Set<String>> componentsOnPhysicalHost = new HashMap<>();

		private final Map<String, FailoverCluster> failoverClusterOf;

		private final Map<String, List<Dependency>> dependents = new HashMap<>();

		private final boolean hasRecoverySite;

		private final boolean recoveryCapacity;

		Index(Topology topology) {
			this.topology = topology;
			this.components = topology.componentsByKey();
			this.clusters = topology.clustersByKey();
			this.hosts = topology.hostsByKey();
			for (Host host : topology.hosts()) {
				host.cluster().ifPresent((c) -> this.hostsPerCluster.merge(c, 1, Integer::sum));
				if (host.kind() == HostKind.PHYSICAL) {
					this.physicalHostsPerSite.computeIfAbsent(host.site(), (k) -> new ArrayList<>()).add(host);
				}
			}
			for (Component component : topology.components()) {
				if (component.placement().kind() == PlacementKind.PHYSICAL) {
					this.componentsOnPhysicalHost
						.computeIfAbsent(component.placement().target(), (k) -> new LinkedHashSet<>())
						.add(component.key());
				}
			}
			this.failoverClusterOf = topology.failoverClustersByComponent();
			for (Dependency dependency : topology.dependenciesWithDerived()) {
				this.dependents.computeIfAbsent(dependency.dependsOn(), (k) -> new ArrayList<>()).add(dependency);
			}
			Set<String> recoverySites = new LinkedHashSet<>();
			topology.sites()
				.stream()
				.filter((s) -> s.role() == SiteRole.RECOVERY)
				.forEach((s) -> recoverySites.add(s.key()));
			this.hasRecoverySite = !recoverySites.isEmpty();
			this.recoveryCapacity = topology.hosts().stream().anyMatch((h) -> recoverySites.contains(h.site()));
		}

		// Co-location is symmetric in meaning even when a file lists it one way only.
		List<List<Component>> units() {
			Map<String, String> parent = new HashMap<>();
			for (Component component : this.topology.components()) {
				parent.put(component.key(), component.key());
			}
			for (Component component : this.topology.components()) {
				for (String other : component.colocatedWith()) {
					if (parent.containsKey(other)) {
						parent.put(root(parent, component.key()), root(parent, other));
					}
				}
			}
			Map<String, List<Component>> groups = new TreeMap<>();
			for (Component component : this.topology.components()) {
				if (component.kind() != ComponentKind.CAPABILITY) {
					groups.computeIfAbsent(root(parent, component.key()), (k) -> new ArrayList<>()).add(component);
				}
			}
			return groups.values().stream().map((members) -> members.stream().sorted(LEAD).toList()).toList();
		}

		UnitFacts facts(List<Component> members, Policy policy) {
			Component lead = members.get(0);
			Optional<Cluster> cluster = (lead.placement().kind() == PlacementKind.PHYSICAL) ? Optional.empty()
					: Optional.ofNullable(this.clusters.get(lead.placement().target()));
			Set<String> keys = new LinkedHashSet<>(members.stream().map(Component::key).toList());
			boolean managesOwn = cluster.flatMap(Cluster::managedBy).map(keys::contains).orElse(false);
			Set<FailureMode> mustSurvive = EnumSet.noneOf(FailureMode.class);
			members.forEach((m) -> mustSurvive.addAll(m.mustSurvive()));
			Duration rto = members.stream().map(Component::rto).min(Comparator.naturalOrder()).orElseThrow();
			Tier tier = Tier.mostCriticalOf(members.stream().map(Component::tier).toList());
			List<String> stateFiles = members.stream().flatMap((m) -> m.stateFiles().stream()).distinct().toList();
			Optional<String> secondPhysical = (lead.placement().kind() != PlacementKind.PHYSICAL) ? Optional.empty()
					: Optional.ofNullable(this.hosts.get(lead.placement().target()))
						.flatMap((own) -> freePhysicalHost(own, keys));
			return new UnitFacts(members, lead.placement(), cluster,
					cluster.map((c) -> this.hostsPerCluster.getOrDefault(c.key(), 0)).orElse(0), managesOwn,
					cluster.flatMap(Cluster::managedBy)
						.filter((manager) -> !keys.contains(manager))
						.map((manager) -> Optional.ofNullable(this.components.get(manager))
							.map(Component::name)
							.orElse(manager)),
					partner(keys, cluster), secondPhysical, declared(members), this.hasRecoverySite,
					this.recoveryCapacity, mustSurvive, rto, graceOnly(keys), stateFiles, lead.standbyCanTakeOverIp(),
					policy.tier(tier), policy.minimums());
		}

		// The partner manages this unit's cluster, runs in another HA cluster, and that
		// cluster is managed by this unit.
		private Optional<String> partner(Set<String> unit, Optional<Cluster> own) {
			if (own.isEmpty() || !own.get().haEnabled()) {
				return Optional.empty();
			}
			return own.get()
				.managedBy()
				.filter((manager) -> !unit.contains(manager))
				.map(this.components::get)
				.filter((manager) -> manager.kind() == ComponentKind.MANAGEMENT_SERVER
						&& manager.placement().kind() == PlacementKind.VM)
				.filter((manager) -> Optional.ofNullable(this.clusters.get(manager.placement().target()))
					.filter((other) -> other.haEnabled() && !other.key().equals(own.get().key())
							&& other.managedBy().map(unit::contains).orElse(false))
					.isPresent())
				.map(Component::name);
		}

		// A server that already runs another unit's components is not free for a node.
		private Optional<String> freePhysicalHost(Host own, Set<String> unit) {
			return this.physicalHostsPerSite.getOrDefault(own.site(), List.of())
				.stream()
				.filter((h) -> !h.key().equals(own.key()))
				.filter((h) -> unit.containsAll(this.componentsOnPhysicalHost.getOrDefault(h.key(), Set.of())))
				.map(Host::name)
				.findFirst();
		}

		private Optional<DeclaredFailoverCluster> declared(List<Component> members) {
			return members.stream()
				.map((m) -> this.failoverClusterOf.get(m.key()))
				.filter(Objects::nonNull)
				.findFirst()
				.map((f) -> new DeclaredFailoverCluster(f.name(), f.quorum(),
						f.nodes().stream().map(this.hosts::get).filter(Objects::nonNull).toList(), f.witness()));
		}

		private Optional<Duration> graceOnly(Set<String> unit) {
			List<Dependency> outside = unit.stream()
				.flatMap((key) -> this.dependents.getOrDefault(key, List.of()).stream())
				.filter((d) -> !unit.contains(d.dependent()))
				.toList();
			if (outside.isEmpty() || outside.stream().anyMatch(Dependency::isHard)) {
				return Optional.empty();
			}
			return outside.stream().map((d) -> d.gracePeriod().orElseThrow()).min(Comparator.naturalOrder());
		}

		private static String root(Map<String, String> parent, String key) {
			String current = key;
			while (!parent.get(current).equals(current)) {
				current = parent.get(current);
			}
			return current;
		}

	}

}
