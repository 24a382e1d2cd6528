package io.drillbook.topology.file;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeMap;

import io.drillbook.topology.Cluster;
import io.drillbook.topology.Coded;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.Durations;
import io.drillbook.topology.file.EnvironmentFile.ClusterEntry;
import io.drillbook.topology.file.EnvironmentFile.ComponentEntry;
import io.drillbook.topology.file.EnvironmentFile.DependencyEntry;
import io.drillbook.topology.file.EnvironmentFile.FailoverClusterEntry;
import io.drillbook.topology.file.EnvironmentFile.Header;
import io.drillbook.topology.file.EnvironmentFile.HostEntry;
import io.drillbook.topology.file.EnvironmentFile.PlacementEntry;
import io.drillbook.topology.file.EnvironmentFile.SiteEntry;
import io.drillbook.topology.file.EnvironmentFile.VmEntry;
import io.drillbook.topology.file.EnvironmentFile.WitnessEntry;
import io.drillbook.topology.FailoverCluster;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Host;
import io.drillbook.topology.HostKind;
import io.drillbook.topology.Placement;
import io.drillbook.topology.PlacementKind;
import io.drillbook.topology.Problem;
import io.drillbook.topology.Quorum;
import io.drillbook.topology.RestartPriority;
import io.drillbook.topology.Site;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Tier;
import io.drillbook.topology.Topology;
import io.drillbook.topology.TopologyRules;
import io.drillbook.topology.VmFacts;

/**
 * Converts between the file format and the topology model. Reading reports every problem
 * with the entry's position and key, then applies the topology rules, so one pass tells
 * the architect everything to fix.
 */
public final class EnvironmentFiles {

	private EnvironmentFiles() {
	}

	/**
	 * The outcome of reading a file.
	 *
	 * @param header the environment's key, name and description
	 * @param topology what could be read; only meaningful without problems
	 * @param problems everything wrong, empty when the file can be imported
	 */
	public record Reading(Header header, Topology topology, List<Problem> problems) {

		public boolean isValid() {
			return this.problems.isEmpty();
		}

	}

	public static Reading read(EnvironmentFile file) {
		List<Problem> problems = new ArrayList<>();
		if (file.format() != null && !EnvironmentFile.FORMAT.equals(file.format())) {
			problems.add(new Problem("file", "format",
					"unknown format '" + file.format() + "'; this version reads " + EnvironmentFile.FORMAT));
		}
		Header header = header(file.environment(), problems);
		List<Site> sites = entries(file.sites(), "sites", SiteEntry::key, EnvironmentFiles::site, problems);
		List<Cluster> clusters = entries(file.clusters(), "clusters", ClusterEntry::key, EnvironmentFiles::cluster,
				problems);
		List<Host> hosts = entries(file.hosts(), "hosts", HostEntry::key, EnvironmentFiles::host, problems);
		List<Component> components = entries(file.components(), "components", ComponentEntry::key,
				EnvironmentFiles::component, problems);
		List<Dependency> dependencies = entries(file.dependencies(), "dependencies", (entry) -> null,
				EnvironmentFiles::dependency, problems);
		List<FailoverCluster> failoverClusters = entries(file.failoverClusterEntries(), "failoverClusters",
				FailoverClusterEntry::key, EnvironmentFiles::failoverCluster, problems);
		Topology topology = new Topology(sites, clusters, hosts, components, dependencies, failoverClusters);
		if (problems.isEmpty()) {
			problems.addAll(TopologyRules.check(topology));
		}
		return new Reading(header, topology, List.copyOf(problems));
	}

	private static Header header(Header header, List<Problem> problems) {
		if (header == null) {
			problems.add(new Problem("file", "environment", "the environment's key and name are missing"));
			return new Header(null, null, null);
		}
		if (header.key() == null || !TopologyRules.KEY.matcher(header.key()).matches()) {
			problems.add(new Problem("environment", "key",
					"use 1 to 64 lower-case letters, digits, dots, dashes or underscores"));
		}
		if (header.name() == null || header.name().isBlank()) {
			problems.add(new Problem("environment", "name", "a name is required"));
		}
		return header;
	}

	/** Reads one entry of a section, adding what is wrong with it to the problems. */
	private interface EntryReader<E, T> {

		Optional<T> read(E entry, String where, List<Problem> problems);

	}

	// Every entry of a section, each named by its position and key in the problems.
	private static <E, T> List<T> entries(List<E> entries, String section, Function<E, String> key,
			EntryReader<E, T> reader, List<Problem> problems) {
		List<T> read = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			E entry = entries.get(i);
			String where = at(section, i, (entry != null) ? key.apply(entry) : null);
			if (entry == null) {
				problems.add(new Problem(where, "", "empty entry"));
			}
			else {
				reader.read(entry, where, problems).ifPresent(read::add);
			}
		}
		return read;
	}

	private static Optional<Site> site(SiteEntry entry, String where, List<Problem> problems) {
		Optional<SiteRole> role = code(SiteRole.class, entry.role(), where, "role", problems);
		return Optional.of(new Site(entry.key(), entry.name(), role.orElse(SiteRole.PRIMARY)));
	}

	private static Optional<Cluster> cluster(ClusterEntry entry, String where, List<Problem> problems) {
		required(entry.site(), where, "site", problems);
		return Optional
			.of(new Cluster(entry.key(), entry.name(), nonNull(entry.site()), Boolean.TRUE.equals(entry.ha()),
					Boolean.TRUE.equals(entry.drs()), Boolean.TRUE.equals(entry.sharedStorage()),
					optional(entry.managedBy()), !Boolean.FALSE.equals(entry.admissionControl())));
	}

	private static Optional<Host> host(HostEntry entry, String where, List<Problem> problems) {
		required(entry.site(), where, "site", problems);
		Optional<HostKind> kind = code(HostKind.class, entry.kind(), where, "kind", problems);
		return Optional.of(new Host(entry.key(), entry.name(), nonNull(entry.site()), optional(entry.cluster()),
				kind.orElse(HostKind.HYPERVISOR)));
	}

	private static Optional<Dependency> dependency(DependencyEntry entry, String where, List<Problem> problems) {
		required(entry.dependent(), where, "dependent", problems);
		required(entry.dependsOn(), where, "dependsOn", problems);
		if (entry.graceDays() != null && entry.graceDays() <= 0) {
			problems.add(new Problem(where, "graceDays",
					"a grace period must be at least one day; leave graceDays out for a hard dependency"));
			return Optional.empty();
		}
		return Optional.of(new Dependency(nonNull(entry.dependent()), nonNull(entry.dependsOn()),
				Optional.ofNullable(entry.graceDays()).map(Duration::ofDays)));
	}

	private static Optional<FailoverCluster> failoverCluster(FailoverClusterEntry entry, String where,
			List<Problem> problems) {
		Optional<Quorum> quorum = code(Quorum.class, entry.quorum(), where, "quorum", problems);
		Optional<FailoverCluster.Witness> witness = Optional.ofNullable(entry.witness())
			.map((w) -> new FailoverCluster.Witness(nonNull(w.share()), nonNull(w.site())));
		return quorum.map((q) -> new FailoverCluster(entry.key(), entry.name(), list(entry.runs()), list(entry.nodes()),
				q, witness));
	}

	private static Optional<Component> component(ComponentEntry entry, String where, List<Problem> problems) {
		int before = problems.size();
		Optional<ComponentKind> kind = code(ComponentKind.class, entry.kind(), where, "kind", problems);
		Optional<Placement> placement = placement(entry.placement(), where, problems);
		Optional<Duration> rto = duration(entry.rto(), where, "rto", problems);
		Optional<Duration> rpo = duration(entry.rpo(), where, "rpo", problems);
		Set<FailureMode> mustSurvive = EnumSet.noneOf(FailureMode.class);
		for (String failure : list(entry.mustSurvive())) {
			code(FailureMode.class, failure, where, "mustSurvive", problems).ifPresent(mustSurvive::add);
		}
		VmFacts vm = vm(entry.vm(), where, problems);
		Optional<Tier> tier = Tier.parse(entry.tier());
		if (tier.isEmpty()) {
			problems.add(new Problem(where, "tier", (entry.tier() == null) ? "a tier (1 to 4) is required"
					: "the tier must be 1, 2, 3 or 4, not " + entry.tier()));
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new Component(entry.key(), entry.name(), kind.get(), text(entry.product()),
				text(entry.version()), text(entry.patchLevel()), placement.get(),
				new LinkedHashSet<>(list(entry.colocatedWith())), tier.get(), rto.get(), rpo.get(), mustSurvive,
				list(entry.stateFiles()), Boolean.TRUE.equals(entry.standbyCanTakeOverIp()),
				Optional.ofNullable(entry.standbyHost()).map(String::trim).filter((h) -> !h.isEmpty()), vm,
				Boolean.TRUE.equals(entry.objectivesPending())));
	}

	private static VmFacts vm(VmEntry entry, String where, List<Problem> problems) {
		if (entry == null) {
			return VmFacts.NONE;
		}
		RestartPriority priority = (entry.restartPriority() == null) ? RestartPriority.CLUSTER_DEFAULT
				: code(RestartPriority.class, entry.restartPriority(), where, "vm.restartPriority", problems)
					.orElse(RestartPriority.CLUSTER_DEFAULT);
		Optional<Instant> lastBackup = Optional.empty();
		if (entry.lastBackup() != null) {
			try {
				lastBackup = Optional.of(Instant.parse(entry.lastBackup().trim()));
			}
			catch (DateTimeParseException ex) {
				problems.add(new Problem(where, "vm.lastBackup", "cannot read '" + entry.lastBackup()
						+ "' as a time; write it as ISO-8601 in UTC, for example 2026-11-30T02:15:00Z"));
			}
		}
		Map<String, String> attributes = new TreeMap<>();
		if (entry.attributes() != null) {
			entry.attributes().forEach((name, value) -> {
				if (name != null && !name.isBlank() && value != null && !value.isBlank()) {
					attributes.put(name.trim(), value.trim());
				}
			});
		}
		return new VmFacts(priority, Boolean.TRUE.equals(entry.faultTolerance()), list(entry.networks()),
				list(entry.drsRules()), lastBackup, text(entry.folder()).trim(), text(entry.resourcePool()).trim(),
				text(entry.annotation()).trim(), attributes, text(entry.biosUuid()).trim());
	}

	private static Optional<Placement> placement(PlacementEntry entry, String where, List<Problem> problems) {
		if (entry == null) {
			problems.add(new Problem(where, "placement", "a placement (vm, physical or cluster) is required"));
			return Optional.empty();
		}
		Optional<PlacementKind> kind = code(PlacementKind.class, entry.kind(), where, "placement.kind", problems);
		if (kind.isEmpty()) {
			return Optional.empty();
		}
		return switch (kind.get()) {
			case VM -> required(entry.cluster(), where, "placement.cluster", problems)
					? Optional.of(new Placement(PlacementKind.VM, entry.cluster(), optional(entry.host())))
					: Optional.empty();
			case PHYSICAL -> required(entry.host(), where, "placement.host", problems)
					? Optional.of(Placement.physical(entry.host())) : Optional.empty();
			case CLUSTER -> required(entry.cluster(), where, "placement.cluster", problems)
					? Optional.of(Placement.capabilityOf(entry.cluster())) : Optional.empty();
		};
	}

	public static EnvironmentFile write(Header header, Topology topology) {
		return new EnvironmentFile(EnvironmentFile.FORMAT, header,
				topology.sites()
					.stream()
					.sorted(Comparator.comparing(Site::key))
					.map((s) -> new SiteEntry(s.key(), s.name(), s.role().code()))
					.toList(),
				topology.clusters()
					.stream()
					.sorted(Comparator.comparing(Cluster::key))
					.map((c) -> new ClusterEntry(c.key(), c.name(), c.site(), c.haEnabled(), c.drsEnabled(),
							c.sharedStorage(), c.managedBy().orElse(null), c.admissionControl() ? null : false))
					.toList(),
				topology.hosts()
					.stream()
					.sorted(Comparator.comparing(Host::key))
					.map((h) -> new HostEntry(h.key(), h.name(), h.site(), h.cluster().orElse(null), h.kind().code()))
					.toList(),
				topology.components()
					.stream()
					.sorted(Comparator.comparing(Component::key))
					.map(EnvironmentFiles::entry)
					.toList(),
				topology.dependencies()
					.stream()
					.sorted(Comparator.comparing(Dependency::dependent).thenComparing(Dependency::dependsOn))
					.map((d) -> new DependencyEntry(d.dependent(), d.dependsOn(),
							d.gracePeriod().map((g) -> (int) g.toDays()).orElse(null)))
					.toList(),
				topology.failoverClusters()
					.stream()
					.sorted(Comparator.comparing(FailoverCluster::key))
					.map((f) -> new FailoverClusterEntry(f.key(), f.name(), f.runs(), f.nodes(), f.quorum().code(),
							f.witness().map((w) -> new WitnessEntry(w.share(), w.site())).orElse(null)))
					.toList());
	}

	public static ComponentEntry entry(Component c) {
		Placement p = c.placement();
		PlacementEntry placement = switch (p.kind()) {
			case VM -> new PlacementEntry("vm", p.target(), p.host().orElse(null));
			case PHYSICAL -> new PlacementEntry("physical", null, p.target());
			case CLUSTER -> new PlacementEntry("cluster", p.target(), null);
		};
		return new ComponentEntry(c.key(), c.name(), c.kind().code(), c.product(), c.version(), c.patchLevel(),
				placement, c.colocatedWith().stream().sorted().toList(), c.tier().level(), Durations.format(c.rto()),
				Durations.format(c.rpo()), c.mustSurvive().stream().sorted().map(FailureMode::code).toList(),
				c.stateFiles(), c.standbyCanTakeOverIp(), c.standbyHost().orElse(null), vmEntry(c.vm()),
				c.objectivesPending() ? true : null);
	}

	private static VmEntry vmEntry(VmFacts vm) {
		if (vm.isNone()) {
			return null;
		}
		return new VmEntry(
				(vm.restartPriority() == RestartPriority.CLUSTER_DEFAULT) ? null : vm.restartPriority().code(),
				vm.faultTolerance() ? true : null, vm.networks().isEmpty() ? null : vm.networks(),
				vm.drsRules().isEmpty() ? null : vm.drsRules(), vm.lastBackup().map(Instant::toString).orElse(null),
				emptyAsNull(vm.folder()), emptyAsNull(vm.resourcePool()), emptyAsNull(vm.annotation()),
				vm.attributes().isEmpty() ? null : vm.sortedAttributes(), emptyAsNull(vm.biosUuid()));
	}

	private static String emptyAsNull(String value) {
		return value.isEmpty() ? null : value;
	}

	private static <E extends Enum<E> & Coded> Optional<E> code(Class<E> type, String value, String where, String field,
			List<Problem> problems) {
		Optional<E> parsed = Coded.parse(type, value);
		if (parsed.isEmpty()) {
			problems.add(new Problem(where, field, (value == null) ? "required; use one of " + Coded.codes(type)
					: "unknown value '" + value + "'; use one of " + Coded.codes(type)));
		}
		return parsed;
	}

	private static Optional<Duration> duration(String value, String where, String field, List<Problem> problems) {
		Optional<Duration> parsed = Durations.parse(value);
		if (parsed.isEmpty()) {
			problems.add(new Problem(where, field, (value == null) ? "required, for example 4h, 30m or 2d"
					: "cannot read '" + value + "' as a duration; write for example 4h, 30m or 2d"));
		}
		return parsed;
	}

	private static boolean required(String value, String where, String field, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new Problem(where, field, "required"));
			return false;
		}
		return true;
	}

	private static String at(String list, int index, String key) {
		return list + "[" + index + "]" + ((key != null) ? " (" + key + ")" : "");
	}

	private static Optional<String> optional(String value) {
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value.trim());
	}

	private static String nonNull(String value) {
		return (value != null) ? value.trim() : "";
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static <T> List<T> list(List<T> values) {
		return (values != null) ? values.stream().filter(java.util.Objects::nonNull).toList() : List.of();
	}

}
