package io.drillbook.runbook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.drillbook.strategy.Strategy;
import io.drillbook.strategy.UnitPlan;
import io.drillbook.topology.Cluster;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.FailoverCluster;
import io.drillbook.topology.Durations;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Host;
import io.drillbook.topology.Placement;
import io.drillbook.topology.Site;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Topology;

/**
 * What procedures may say about one protection unit in one scenario: named values,
 * conditions and lists, all worked out from the topology with real names. It also keeps
 * the canonical form of every element it read, so that a runbook knows exactly what it
 * was made from.
 * <p>
 * Kept whole: each fact is a few lines of one pure function, and the procedures name them
 * all from this one table of names.
 */
final class RunbookFacts {

	static final Set<String> VALUES = Set.of("unit.key", "unit.name", "unit.members", "unit.product", "unit.runsOn",
			"unit.host", "unit.server", "unit.cluster", "unit.rto", "unit.rpo", "primary.site", "recovery.site",
			"standby.host", "target.host", "stateFiles", "managed.clusters", "managed.hosts", "database.name",
			"database.where", "license.name", "license.grace", "partner.name", "cluster.otherHosts", "failover.name",
			"failover.nodes", "failover.witness", "unit.networks");

	static final Set<String> FLAGS = Set.of("hasStateFiles", "dependsOnDatabase", "managesHosts", "standbyTakesOverIp",
			"hasStandbyHost", "withoutWitness", "hasNetworks");

	static final Map<String, Set<String>> LISTS = Map.of("hardDependencies", Set.of("key", "name", "where"),
			"dependents", Set.of("key", "name"));

	private final Map<String, String> values = new HashMap<>();

	private final Set<String> flags = new HashSet<>();

	private final Map<String, List<Map<String, String>>> lists = new HashMap<>();

	// Sorted, so that equal inputs give equal fingerprints.
	private final Map<String, String> read = new TreeMap<>();

	private RunbookFacts() {
	}

	static Optional<Strategy> strategy(String code) {
		for (Strategy strategy : Strategy.values()) {
			if (code(strategy).equals(code)) {
				return Optional.of(strategy);
			}
		}
		return Optional.empty();
	}

	static String code(Strategy strategy) {
		return strategy.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	String value(String name) {
		return this.values.get(name);
	}

	boolean holds(String condition) {
		return condition.startsWith("!") ? !this.flags.contains(condition.substring(1))
				: this.flags.contains(condition);
	}

	List<Map<String, String>> list(String name) {
		return this.lists.getOrDefault(name, List.of());
	}

	/**
	 * The canonical form of every element read, by reference such as {@code host:esx01}.
	 */
	Map<String, String> read() {
		return this.read;
	}

	static RunbookFacts of(Estate estate, UnitPlan unit, Scenario scenario) {
		RunbookFacts facts = new RunbookFacts();
		facts.collect(estate, unit, scenario);
		return facts;
	}

	private void collect(Estate estate, UnitPlan unit, Scenario scenario) {
		Located u = locate(estate, unit);
		describeUnit(estate, u);
		describeRecovery(estate, u, scenario);
		describeManaged(estate, u, scenario);
		describeNeeds(estate, u, scenario);
		describeDependents(estate, u);
		describeLicense(estate, u);
		describePartner(estate, u);
		describeFailoverCluster(estate, u, scenario);
	}

	/**
	 * A unit with where it runs, read once for every fact that names it.
	 *
	 * @param plan the unit's plan
	 * @param members its components, the lead first
	 * @param lead the component that leads it
	 * @param placement where the lead runs
	 * @param cluster the cluster it runs in or is provided by
	 * @param host the host it runs on, if known
	 * @param clusterName the cluster's name, or words for it
	 * @param hostName the host's name, or words for it
	 * @param memberKeys the keys of its components
	 * @param site the key of the site it runs at, the one a site failure takes down
	 * @param recoverySite the site it is recovered at when its own is lost
	 */
	private record Located(UnitPlan plan, List<Component> members, Component lead, Placement placement,
			Optional<Cluster> cluster, Optional<Host> host, String clusterName, String hostName, Set<String> memberKeys,
			Optional<String> site, Optional<Site> recoverySite) {

		/** Whether the element at this site is lost in the scenario. */
		boolean lost(String siteKey, Scenario scenario) {
			return scenario == Scenario.SITE && this.site.filter(siteKey::equals).isPresent();
		}

		String recoveryName() {
			return this.recoverySite.map(Site::name).orElse("the recovery site");
		}

	}

	private Located locate(Estate estate, UnitPlan unit) {
		List<Component> members = unit.components().stream().map(estate.components::get).toList();
		members.forEach(this::read);
		Component lead = members.get(0);
		Placement placement = lead.placement();
		Optional<Cluster> cluster = switch (placement.kind()) {
			case VM, CLUSTER -> Optional.ofNullable(estate.clusters.get(placement.target()));
			case PHYSICAL -> Optional.empty();
		};
		cluster.ifPresent(this::read);
		Optional<Host> host = switch (placement.kind()) {
			case VM -> placement.host().map(estate.hosts::get);
			case PHYSICAL -> Optional.ofNullable(estate.hosts.get(placement.target()));
			case CLUSTER -> Optional.empty();
		};
		host.ifPresent(this::read);
		String clusterName = cluster.map(Cluster::name).orElse("its cluster");
		String hostName = host.map(Host::name).orElse("a host of " + clusterName);
		Optional<String> site = host.map(Host::site).or(() -> cluster.map(Cluster::site));
		Optional<Site> recoverySite = lead.standbyHost()
			.map(estate.hosts::get)
			.map(Host::site)
			.map(estate.sites::get)
			.or(() -> estate.sites.values()
				.stream()
				.filter((s) -> s.role() == SiteRole.RECOVERY)
				.filter((s) -> site.filter(s.key()::equals).isEmpty())
				.min(Comparator.comparing(Site::key)));
		return new Located(unit, members, lead, placement, cluster, host, clusterName, hostName,
				Set.copyOf(unit.components()), site, recoverySite);
	}

	private void describeUnit(Estate estate, Located u) {
		UnitPlan unit = u.plan();
		Optional<Site> primarySite = u.host()
			.map(Host::site)
			.or(() -> u.cluster().map(Cluster::site))
			.map(estate.sites::get);
		primarySite.ifPresent(this::read);
		put("unit.key", unit.key());
		put("unit.name", unit.name());
		put("unit.members", sentence(u.members().stream().map(Component::name).toList()));
		put("unit.product", product(u.lead()));
		put("unit.runsOn", switch (u.placement().kind()) {
			case VM -> "a VM in " + u.clusterName() + u.host().map((h) -> " on " + h.name()).orElse("");
			case PHYSICAL -> "physical server " + u.hostName();
			case CLUSTER -> "provided by " + u.clusterName();
		});
		put("unit.host", u.hostName());
		put("unit.cluster", u.clusterName());
		put("unit.rto", Durations.words(unit.effectiveRto()));
		put("unit.rpo", Durations
			.words(u.members().stream().map(Component::rpo).min(Comparator.naturalOrder()).orElse(Duration.ZERO)));
		put("primary.site", primarySite.map(Site::name).orElse("the primary site"));
	}

	private void describeRecovery(Estate estate, Located u, Scenario scenario) {
		UnitPlan unit = u.plan();
		Optional<Host> standby = u.lead().standbyHost().map(estate.hosts::get);
		standby.ifPresent(this::read);
		u.recoverySite().ifPresent(this::read);
		String recoveryName = u.recoveryName();
		put("recovery.site", recoveryName);
		String standbyName = standby.map(Host::name).orElse("the server set aside at " + recoveryName);
		put("standby.host", standbyName);
		String server = switch (u.placement().kind()) {
			case VM -> "the VM of " + unit.name();
			case PHYSICAL -> u.hostName();
			case CLUSTER -> u.clusterName();
		};
		put("unit.server", server);
		// With no standby, a failover cluster's node away from the lost site takes over.
		String siteTarget = standby.map(Host::name)
			.or(() -> survivingNodes(estate, u, scenario).stream().findFirst().map(Host::name))
			.orElse(standbyName);
		put("target.host", (scenario == Scenario.SITE) ? siteTarget : server);
		flag("hasStandbyHost", standby.isPresent());
		flag("standbyTakesOverIp", u.lead().standbyCanTakeOverIp());
		flag("hasStateFiles", !unit.stateFiles().isEmpty());
		put("stateFiles", unit.stateFiles().isEmpty() ? "its state files" : sentence(unit.stateFiles()));
		List<String> networks = u.members().stream().flatMap((c) -> c.vm().networks().stream()).distinct().toList();
		// Read only where the inventory reported networks, so that runbooks of
		// components without them keep the form they were published with.
		u.members()
			.stream()
			.filter((c) -> !c.vm().networks().isEmpty())
			.forEach((c) -> this.read.computeIfAbsent("networks:" + c.key(),
					(k) -> String.join(",", c.vm().networks())));
		flag("hasNetworks", !networks.isEmpty());
		put("unit.networks", networks.isEmpty() ? "its networks" : sentence(networks));
	}

	/**
	 * The clusters and hosts the unit manages once the scenario has struck. A site
	 * failure takes down those at the unit's site, so the standby manages the ones that
	 * survive it, and when none does, the recovery site's, which carry whatever is
	 * recovered there.
	 */
	private void describeManaged(Estate estate, Located u, Scenario scenario) {
		List<Cluster> managed = estate.clusters.values()
			.stream()
			.filter((c) -> c.managedBy().filter(u.memberKeys()::contains).isPresent())
			.sorted(Comparator.comparing(Cluster::key))
			.toList();
		managed.forEach(this::read);
		boolean managesHosts = managed.stream()
			.anyMatch((c) -> !estate.hostsOf.getOrDefault(c.key(), List.of()).isEmpty());
		flag("managesHosts", managesHosts);
		List<Cluster> surviving = managed.stream().filter((c) -> !u.lost(c.site(), scenario)).toList();
		if (managesHosts && surviving.isEmpty() && scenario == Scenario.SITE) {
			surviving = u.recoverySite()
				.map((site) -> estate.clusters.values()
					.stream()
					.filter((c) -> c.site().equals(site.key()))
					.sorted(Comparator.comparing(Cluster::key))
					.toList())
				.orElse(List.of());
			surviving.forEach(this::read);
		}
		List<Host> hosts = surviving.stream()
			.flatMap((c) -> estate.hostsOf.getOrDefault(c.key(), List.of()).stream())
			.toList();
		hosts.forEach(this::read);
		String elsewhere = (scenario == Scenario.SITE) ? " at " + u.recoveryName() : "";
		put("managed.clusters", surviving.isEmpty() ? "its clusters" + elsewhere
				: sentence(surviving.stream().map(Cluster::name).toList()));
		put("managed.hosts",
				hosts.isEmpty() ? "its hosts" + elsewhere : sentence(hosts.stream().map(Host::name).toList()));
	}

	private void describeNeeds(Estate estate, Located u, Scenario scenario) {
		UnitPlan unit = u.plan();
		List<Map<String, String>> hard = new ArrayList<>();
		List<Component> databases = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String member : unit.components()) {
			for (Dependency dependency : estate.needs.getOrDefault(member, List.of())) {
				if (u.memberKeys().contains(dependency.dependsOn())) {
					continue;
				}
				read(dependency);
				Component needed = estate.components.get(dependency.dependsOn());
				read(needed);
				if (dependency.isHard() && seen.add(needed.key())) {
					hard.add(Map.of("key", needed.key(), "name", needed.name(), "where",
							where(estate, u, needed, scenario)));
					if (needed.kind() == ComponentKind.DATABASE) {
						databases.add(needed);
					}
				}
			}
		}
		this.lists.put("hardDependencies", hard);
		flag("dependsOnDatabase", !databases.isEmpty());
		put("database.name",
				databases.isEmpty() ? "its database" : sentence(databases.stream().map(Component::name).toList()));
		put("database.where", databases.isEmpty() ? "its database server"
				: sentence(databases.stream().map((d) -> where(estate, u, d, scenario)).toList()));
	}

	private void describeDependents(Estate estate, Located u) {
		UnitPlan unit = u.plan();
		Map<String, Map<String, String>> dependents = new LinkedHashMap<>();
		for (String member : unit.components()) {
			for (Dependency dependency : estate.neededBy.getOrDefault(member, List.of())) {
				if (!u.memberKeys().contains(dependency.dependent())) {
					Component dependent = estate.components.get(dependency.dependent());
					read(dependency);
					read(dependent);
					dependents.putIfAbsent(dependent.key(), Map.of("key", dependent.key(), "name", dependent.name()));
				}
			}
		}
		this.lists.put("dependents", List.copyOf(dependents.values()));
	}

	private void describeLicense(Estate estate, Located u) {
		Optional<Component> license = u.members()
			.stream()
			.filter((c) -> c.kind() == ComponentKind.LICENSE_SERVER)
			.findFirst();
		put("license.name", license.map(Component::name).orElse("the license server"));
		put("license.grace",
				license
					.flatMap((l) -> estate.neededBy.getOrDefault(l.key(), List.of())
						.stream()
						.map(Dependency::gracePeriod)
						.flatMap(Optional::stream)
						.min(Comparator.naturalOrder()))
					.map(Durations::words)
					.orElse("its grace period"));
	}

	private void describePartner(Estate estate, Located u) {
		Optional<Component> partner = u.cluster()
			.flatMap(Cluster::managedBy)
			.filter((manager) -> !u.memberKeys().contains(manager))
			.map(estate.components::get);
		partner.ifPresent(this::read);
		put("partner.name", partner.map(Component::name).orElse("the other management server"));
		List<String> others = u.cluster()
			.map((c) -> estate.hostsOf.getOrDefault(c.key(), List.of())
				.stream()
				.filter((h) -> u.host().map((mine) -> !mine.key().equals(h.key())).orElse(true))
				.peek(this::read)
				.map(Host::name)
				.toList())
			.orElse(List.of());
		put("cluster.otherHosts", others.isEmpty() ? "the other hosts of " + u.clusterName() : sentence(others));
	}

	/**
	 * The failover cluster declared to run the unit: the nodes that can take over once
	 * the scenario has struck (at a site failure, those away from the lost site) and its
	 * witness share.
	 */
	private void describeFailoverCluster(Estate estate, Located u, Scenario scenario) {
		Optional<FailoverCluster> declared = failoverCluster(estate, u);
		declared.ifPresent(this::read);
		put("failover.name", declared.map(FailoverCluster::name).orElse("the failover cluster"));
		List<String> nodes = survivingNodes(estate, u, scenario).stream().peek(this::read).map(Host::name).toList();
		put("failover.nodes", nodes.isEmpty() ? "a surviving node" : sentence(nodes));
		Optional<FailoverCluster.Witness> witness = declared.flatMap(FailoverCluster::witness);
		// A cluster not yet declared is to be built with a witness share, as R11 advises.
		flag("withoutWitness", declared.isPresent() && witness.isEmpty());
		put("failover.witness", witness.map(FailoverCluster.Witness::share).orElse("the witness share"));
	}

	private static Optional<FailoverCluster> failoverCluster(Estate estate, Located u) {
		return u.members()
			.stream()
			.map((m) -> estate.failoverClusterOf.get(m.key()))
			.filter(Objects::nonNull)
			.findFirst();
	}

	// The nodes that can take over: away from the lost site, or other than the failed
	// host.
	private static List<Host> survivingNodes(Estate estate, Located u, Scenario scenario) {
		return failoverCluster(estate, u)
			.map((f) -> f.nodes()
				.stream()
				.map(estate.hosts::get)
				.filter(Objects::nonNull)
				.filter((h) -> !u.lost(h.site(), scenario))
				.filter((h) -> scenario == Scenario.SITE || u.host().map((mine) -> !mine.equals(h)).orElse(true))
				.toList())
			.orElse(List.of());
	}

	// Where a needed component is to be found once the scenario has struck: a site
	// failure
	// leaves only what is recovered elsewhere.
	private String where(Estate estate, Located u, Component component, Scenario scenario) {
		if (scenario == Scenario.SITE && component.standbyHost().isPresent()) {
			Host standby = estate.hosts.get(component.standbyHost().get());
			read(standby);
			return standby.name();
		}
		Place place = place(estate, component.placement());
		return u.lost(place.site(), scenario) ? "its recovery at " + u.recoveryName() : place.name();
	}

	/**
	 * The host or cluster a placement puts a component on.
	 *
	 * @param name its name
	 * @param site the key of its site
	 */
	private record Place(String name, String site) {

	}

	private static Place place(Estate estate, Placement placement) {
		Optional<Host> host = switch (placement.kind()) {
			case VM -> placement.host().map(estate.hosts::get);
			case PHYSICAL -> Optional.of(estate.hosts.get(placement.target()));
			case CLUSTER -> Optional.empty();
		};
		return host.map((h) -> new Place(h.name(), h.site())).orElseGet(() -> {
			Cluster cluster = estate.clusters.get(placement.target());
			return new Place(cluster.name(), cluster.site());
		});
	}

	private static String product(Component component) {
		if (component.product().isBlank()) {
			return component.name();
		}
		return String.join(" ",
				List.of(component.product(), component.version(), component.patchLevel())
					.stream()
					.filter((part) -> !part.isBlank())
					.toList());
	}

	/** {@code a}, {@code a and b}, {@code a, b and c}. */
	static String sentence(List<String> items) {
		if (items.size() <= 1) {
			return items.isEmpty() ? "" : items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	private void put(String name, String value) {
		this.values.put(name, value);
	}

	private void flag(String name, boolean holds) {
		if (holds) {
			this.flags.add(name);
		}
	}

	private void read(Component c) {
		this.read.computeIfAbsent("component:" + c.key(),
				(k) -> String.join("|", c.name(), c.kind().code(), c.product(), c.version(), c.patchLevel(),
						c.placement().kind().code(), c.placement().target(), c.placement().host().orElse(""),
						sorted(c.colocatedWith()), String.valueOf(c.tier()), c.rto().toString(), c.rpo().toString(),
						sorted(c.mustSurvive().stream().map(FailureMode::code).toList()),
						String.join(",", c.stateFiles()), String.valueOf(c.standbyCanTakeOverIp()),
						c.standbyHost().orElse("")));
	}

	private void read(Host h) {
		this.read.computeIfAbsent("host:" + h.key(),
				(k) -> String.join("|", h.name(), h.site(), h.cluster().orElse(""), h.kind().code()));
	}

	private void read(Cluster c) {
		this.read.computeIfAbsent("cluster:" + c.key(),
				(k) -> String.join("|", c.name(), c.site(), String.valueOf(c.haEnabled()),
						String.valueOf(c.drsEnabled()), String.valueOf(c.sharedStorage()), c.managedBy().orElse("")));
	}

	private void read(FailoverCluster f) {
		this.read.computeIfAbsent("failover cluster:" + f.key(),
				(k) -> String.join("|", f.name(), sorted(f.runs()), String.join(",", f.nodes()), f.quorum().code(),
						f.witness().map((w) -> w.share() + "@" + w.site()).orElse("")));
	}

	private void read(Site s) {
		this.read.computeIfAbsent("site:" + s.key(), (k) -> String.join("|", s.name(), s.role().code()));
	}

	private void read(Dependency d) {
		this.read.computeIfAbsent("dependency:" + d.dependent() + "->" + d.dependsOn(),
				(k) -> d.gracePeriod().map(Duration::toString).orElse("hard"));
	}

	private static String sorted(Collection<String> values) {
		return values.stream().sorted().collect(Collectors.joining(","));
	}

	/**
	 * A topology indexed once for writing all of its runbooks.
	 */
	static final class Estate {

		final Map<String, Component> components;

		final Map<String, Host> hosts;

		final Map<String, Cluster> clusters;

		final Map<String, Site> sites;

		final Map<String, List<Host>> hostsOf;

		final Map<String, List<Dependency>> needs;

		final Map<String, List<Dependency>> neededBy;

		final Map<String, FailoverCluster> failoverClusterOf;

		Estate(Topology topology) {
			this.failoverClusterOf = topology.failoverClustersByComponent();
			this.components = index(topology.components(), Component::key);
			this.hosts = index(topology.hosts(), Host::key);
			this.clusters = index(topology.clusters(), Cluster::key);
			this.sites = index(topology.sites(), Site::key);
			this.hostsOf = topology.hosts()
				.stream()
				.filter((h) -> h.cluster().isPresent())
				.sorted(Comparator.comparing(Host::key))
				.collect(Collectors.groupingBy((h) -> h.cluster().get()));
			List<Dependency> dependencies = topology.dependenciesWithDerived();
			this.needs = dependencies.stream().collect(Collectors.groupingBy(Dependency::dependent));
			this.neededBy = dependencies.stream().collect(Collectors.groupingBy(Dependency::dependsOn));
		}

		private static <T> Map<String, T> index(List<T> elements, Function<T, String> key) {
			Map<String, T> index = new HashMap<>();
			elements.forEach((e) -> index.put(key.apply(e), e));
			return index;
		}

	}

}
