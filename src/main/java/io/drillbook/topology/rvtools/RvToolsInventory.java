package io.drillbook.topology.rvtools;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.drillbook.topology.Cluster;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Host;
import io.drillbook.topology.HostKind;
import io.drillbook.topology.Placement;
import io.drillbook.topology.RestartPriority;
import io.drillbook.topology.Problem;
import io.drillbook.topology.Site;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Tier;
import io.drillbook.topology.Topology;
import io.drillbook.topology.VmFacts;
import io.drillbook.topology.rvtools.InventorySheet.Kind;
import io.drillbook.topology.rvtools.InventorySheet.Row;

/**
 * Imports the inventory vSphere administrators already have: an RVTools export, as the
 * {@code .xlsx} workbook or as the CSV files of its sheets. Datacenters become sites,
 * clusters and hosts become clusters and hosts, and every VM becomes an application
 * component placed in its cluster on its host, so that the architect starts from the real
 * estate and only adds objectives and dependencies. See {@code docs/rvtools-import.md}.
 * <p>
 * Kept whole: it maps the sheets into one topology, and each mapping refers to the
 * others: a VM's host, a host's cluster, a cluster's datacenter.
 */
public final class RvToolsInventory {

	/**
	 * The most the uploaded files may hold together, 50 MiB. An RVTools workbook of
	 * 10,000 VMs is about 4 MiB, so this admits some 120,000 VMs while keeping one upload
	 * from tying up the server.
	 */
	static final long MAX_INPUT_BYTES = 50L * 1024 * 1024;

	/** Past this many problems the rest are only counted: a broken file says enough. */
	static final int MAX_PROBLEMS = 1000;

	/** A VM that is new to the environment starts as a tier 3 application... */
	static final Tier NEW_VM_TIER = Tier.of(3);

	/** ...to be recovered within a day... */
	static final Duration NEW_VM_RTO = Duration.ofHours(24);

	/** ...losing at most a day of data... */
	static final Duration NEW_VM_RPO = Duration.ofHours(24);

	/** ...surviving the failure of its host, which is what a cluster with HA gives it. */
	static final Set<FailureMode> NEW_VM_MUST_SURVIVE = Set.of(FailureMode.HOST_FAILURE);

	static final String STANDALONE = "standalone-";

	private static final String UPLOAD = "upload";

	/**
	 * vSphere Cluster Services agents, named vCLS-… or vCLS (1) by vSphere 7.0 U1 and
	 * later.
	 */
	/** The FT Role of a fault-tolerant VM's secondary: 2 in RVTools, or the word. */
	private static final Pattern FT_SECONDARY = Pattern.compile("(?i)2|secondary");

	private static final Pattern SYSTEM_VM = Pattern.compile("(?i)vCLS([-_ (].*)?");

	/**
	 * A vCenter's own database server, such as vcdb01, vc-db or vcenter-sql; letters
	 * around the word make another name (srvvcdb is not one).
	 */
	private static final Pattern VCENTER_DATABASE = Pattern
		.compile("(?i)(?<![a-z])(vcdb|vc[-_ ]?db|vc[-_ ]?sql|vcenter[-_ ]?(db|database|sql))(?![a-z])");

	/**
	 * What follows a vCenter's name in the name of its database server: vc02-sql, vc02db.
	 */
	private static final Pattern DATABASE_SUFFIX = Pattern.compile("(?i)[-_ ]?(db|sql|database)\\d*");

	/** What follows a vCenter's name in the name of its single sign-on server. */
	private static final Pattern SSO_SUFFIX = Pattern.compile("(?i)[-_ ]?(sso|psc)\\d*");

	/**
	 * A vCenter's single sign-on server: the Platform Services Controller of vSphere 6
	 * (psc01) or the SSO server of vSphere 5 (vc-sso).
	 */
	private static final Pattern VCENTER_SSO = Pattern
		.compile("(?i)(?<![a-z])(psc|sso|vc[-_ ]?sso|vcenter[-_ ]?sso)(?![a-z])");

	/** A datacenter named as the place to recover to, such as Rotterdam DR. */
	private static final Pattern RECOVERY_NAME = Pattern
		.compile("(?i)(.*[^a-z])?(dr|recovery|disaster|secondary|standby|failover)([^a-z].*)?");

	private RvToolsInventory() {
	}

	/**
	 * The outcome of reading an inventory.
	 *
	 * @param inventory the estate as read; only meaningful without problems
	 * @param problems everything wrong, each with file, sheet, row and column; empty when
	 * the inventory can be imported
	 * @param notes what the import skipped or worked out for itself, each with where and
	 * why, for the preview to show: nothing is left out silently
	 * @param siteRoles why each site of the inventory got its role, by site key, for the
	 * preview to ask whether it is right
	 */
	public record Reading(Topology inventory, List<Problem> problems, List<Problem> notes,
			Map<String, String> siteRoles) {

		public Reading {
			problems = List.copyOf(problems);
			notes = List.copyOf(notes);
			siteRoles = Map.copyOf(siteRoles);
		}

		public boolean isValid() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * Reads an RVTools workbook, or the vInfo, vHost and vCluster sheets as CSV files,
	 * into a topology of sites, clusters, hosts and VM components. Reports every problem
	 * found rather than stopping at the first; the caller imports only a reading without
	 * any.
	 */
	public static Reading read(List<InventoryFile> files) {
		Problems problems = new Problems();
		Problems notes = new Problems();
		Optional<Map<Kind, InventorySheet>> sheets = sheets(files, problems, notes);
		if (sheets.isEmpty()) {
			return new Reading(Topology.empty(), problems.all(), notes.all(), Map.of());
		}
		Estate estate = new Estate(sheets.get(), problems, notes);
		Topology inventory = estate.topology();
		estate.noteHowTheSheetsWereRead();
		return new Reading(inventory, problems.all(), notes.all(), estate.siteRoles());
	}

	/**
	 * Adds the inventory to an environment's topology, matching elements by key. What the
	 * inventory knows replaces what the environment had, except what only the architect
	 * knows: a site's role, the management server of a cluster, and everything of a
	 * component but its name, placement and what vSphere reports of its VM. Nothing the
	 * inventory lacks is removed (a VM missing from one export may have been off or moved
	 * to another vCenter). The inventory's dependencies (a vCenter on its database) are
	 * added only for components new to the environment.
	 */
	public static Topology mergeInto(Topology existing, Topology inventory) {
		List<Site> sites = merge(existing.sites(), inventory.sites(), Site::key,
				(old, found) -> new Site(old.key(), found.name(), old.role()));
		List<Host> hosts = merge(existing.hosts(), inventory.hosts(), Host::key, (old, found) -> found);
		List<Component> components = merge(existing.components(), inventory.components(), Component::key,
				(old, found) -> old.withName(found.name())
					.withPlacement(found.placement(), old.colocatedWith())
					.withStandby(found.standbyHost().or(old::standbyHost), old.standbyCanTakeOverIp())
					.withVm(found.vm()));
		// The inventory's vCenter manages a cluster only where the architect named none
		// and still counts it a management server.
		Set<String> managementServers = new HashSet<>();
		components.stream()
			.filter((c) -> c.kind() == ComponentKind.MANAGEMENT_SERVER)
			.forEach((c) -> managementServers.add(c.key()));
		List<Cluster> clusters = merge(existing.clusters(), inventory.clusters(), Cluster::key,
				(old, found) -> new Cluster(old.key(), found.name(), found.site(), found.haEnabled(),
						found.drsEnabled(), found.sharedStorage(),
						old.managedBy().or(() -> found.managedBy().filter(managementServers::contains)),
						found.admissionControl()))
			.stream()
			.map((c) -> c.managedBy().filter((m) -> !managementServers.contains(m)).isPresent()
					&& existing.cluster(c.key()).flatMap(Cluster::managedBy).isEmpty()
							? c.withManagedBy(Optional.empty()) : c)
			.toList();
		// The inventory's dependencies (a vCenter needing its database) are added only
		// for a component new to the environment: one the architect already had keeps
		// the dependencies the architect gave it, including a removal.
		List<Dependency> dependencies = new ArrayList<>(existing.dependencies());
		Set<String> known = new HashSet<>();
		existing.components().forEach((c) -> known.add(c.key()));
		Set<String> present = new HashSet<>();
		existing.dependencies().forEach((d) -> present.add(Topology.dependencyKey(d)));
		inventory.dependencies()
			.stream()
			.filter((d) -> !known.contains(d.dependent()) && !present.contains(Topology.dependencyKey(d)))
			.forEach(dependencies::add);
		return new Topology(sites, clusters, hosts, components, dependencies, existing.failoverClusters());
	}

	private static <T> List<T> merge(List<T> existing, List<T> found, Function<T, String> key,
			BinaryOperator<T> update) {
		Map<String, T> byKey = new LinkedHashMap<>();
		existing.forEach((element) -> byKey.put(key.apply(element), element));
		found.forEach((element) -> byKey.merge(key.apply(element), element, update));
		return new ArrayList<>(byKey.values());
	}

	/**
	 * Reads the files into the three sheets; empty when something keeps the sheets from
	 * being mapped: an unreadable file, a missing sheet or column, too many rows.
	 * <p>
	 * Kept whole: every way a set of files can fail to give the three sheets is told
	 * here, in the order a person would fix them.
	 */
	private static Optional<Map<Kind, InventorySheet>> sheets(List<InventoryFile> files, Problems problems,
			Problems notes) {
		if (files.isEmpty()) {
			problems.accept(new Problem(UPLOAD, "", "no file was uploaded; upload the RVTools workbook (.xlsx) "
					+ "or its vInfo, vHost and vCluster sheets as CSV files"));
			return Optional.empty();
		}
		long total = files.stream().mapToLong((file) -> file.content().length).sum();
		if (total > MAX_INPUT_BYTES) {
			problems.accept(new Problem(UPLOAD, "",
					String.format(Locale.ROOT, "the files hold %.1f MiB together; the import reads at most %d MiB",
							total / 1024.0 / 1024.0, MAX_INPUT_BYTES >> 20)));
			return Optional.empty();
		}
		Map<Kind, List<InventorySheet>> sheets = new EnumMap<>(Kind.class);
		boolean readable = true;
		boolean usable = true;
		String workbook = null;
		for (InventoryFile file : files) {
			String name = file.baseName();
			String lowerCase = name.toLowerCase(Locale.ROOT);
			List<InventorySheet> read;
			if (lowerCase.endsWith(".xlsx")) {
				workbook = (workbook != null) ? workbook : name;
				Optional<List<InventorySheet>> opened = InventoryWorkbook.read(name, file.content(), problems);
				readable &= opened.isPresent();
				read = opened.orElse(List.of());
			}
			else if (lowerCase.endsWith(".csv")) {
				Optional<Kind> kind = InventoryCsv.sheetNamed(name);
				if (kind.isEmpty()) {
					// RVTools exports two dozen sheets; vDisk, vNetwork and the rest are
					// not needed.
					continue;
				}
				Optional<InventorySheet> sheet = InventoryCsv.read(name, file.content(), kind.get(), problems);
				readable &= sheet.isPresent();
				read = sheet.stream().toList();
			}
			else {
				problems.accept(new Problem(name, "",
						"only an .xlsx workbook or .csv sheets can be imported; export the inventory from RVTools "
								+ "as either"));
				readable = false;
				continue;
			}
			read.forEach((sheet) -> sheets.computeIfAbsent(sheet.kind(), (k) -> new ArrayList<>()).add(sheet));
		}
		for (List<InventorySheet> ofKind : sheets.values()) {
			usable &= severalVCenters(ofKind, problems);
		}
		for (InventorySheet sheet : sheets.values().stream().flatMap(List::stream).toList()) {
			if (!sheet.isComplete()) {
				problems.accept(new Problem(sheet.source(), "", String.format(Locale.ROOT,
						"the sheet has more than %,d rows, the most the import reads", InventorySheet.MAX_ROWS)));
				usable = false;
			}
			List<String> missing = sheet.missingColumns();
			if (!missing.isEmpty()) {
				problems.accept(new Problem(sheet.location(sheet.headerRow()), String.join(", ", missing),
						"missing column(s): " + String.join(", ", missing)));
				usable = false;
			}
		}
		// A file that could not be read may hold the sheets; saying they are missing
		// would send the uploader the wrong way. Only vInfo is needed: it names every
		// VM's host, cluster and datacenter, which older and trimmed exports still carry.
		if (readable) {
			String source = (workbook != null) ? workbook : UPLOAD;
			if (!sheets.containsKey(Kind.VINFO)) {
				problems.accept((workbook != null)
						? new Problem(workbook, "", "the workbook has no sheet " + Kind.VINFO.title())
						: new Problem(UPLOAD, "", "no file holds the sheet " + Kind.VINFO.title()
								+ "; RVTools exports it as RVTools_tab" + Kind.VINFO.title() + ".csv"));
				usable = false;
			}
			if (!sheets.containsKey(Kind.VHOST)) {
				notes.accept(new Problem(source, Kind.VHOST.title(),
						"no vHost sheet: the hosts are taken from vInfo, each in the cluster and datacenter of its VMs"));
			}
			if (!sheets.containsKey(Kind.VCLUSTER)) {
				notes.accept(new Problem(source, Kind.VCLUSTER.title(),
						"no vCluster sheet: the clusters are taken from "
								+ (sheets.containsKey(Kind.VHOST) ? "vHost and vInfo" : "vInfo")
								+ "; whether they have HA and DRS is not known, so both are set off: "
								+ "set them on the sites and hosts page"));
			}
		}
		if (!readable || !usable) {
			return Optional.empty();
		}
		Map<Kind, InventorySheet> combined = new EnumMap<>(Kind.class);
		sheets.forEach((kind, ofKind) -> combined.put(kind, InventorySheet.combined(ofKind)));
		return Optional.of(combined);
	}

	/**
	 * Whether the sheets of one kind can be read together: one sheet, or the exports of
	 * different vCenters, each saying which it was read from. The same sheet twice would
	 * list every VM twice.
	 */
	private static boolean severalVCenters(List<InventorySheet> ofKind, Consumer<Problem> problems) {
		Map<String, InventorySheet> sheetOfServer = new HashMap<>();
		boolean usable = true;
		for (int i = 1; i < ofKind.size(); i++) {
			InventorySheet sheet = ofKind.get(i);
			InventorySheet first = ofKind.get(0);
			if (!sheet.has(InventorySheet.SERVER) || !first.has(InventorySheet.SERVER)) {
				problems.accept(new Problem(sheet.source(), "", "the sheet " + sheet.kind().title()
						+ " comes twice, also as " + first.source() + ", and without a " + InventorySheet.SERVER
						+ " column the two cannot be told apart as exports of different vCenters; upload each sheet "
						+ "once"));
				return false;
			}
		}
		if (ofKind.size() == 1) {
			return true;
		}
		for (InventorySheet sheet : ofKind) {
			Set<String> servers = new TreeSet<>();
			sheet.rows().forEach((row) -> servers.add(sheet.value(row, InventorySheet.SERVER)));
			servers.remove("");
			for (String server : servers) {
				InventorySheet earlier = sheetOfServer.putIfAbsent(server, sheet);
				if (earlier != null) {
					problems.accept(new Problem(sheet.source(), InventorySheet.SERVER, "vCenter '" + server
							+ "' is also in " + earlier.source() + "; upload the export of each vCenter once"));
					usable = false;
				}
			}
		}
		return usable;
	}

	/**
	 * Maps the three sheets onto the topology. Clusters are told apart by datacenter and
	 * name, since vSphere allows a cluster name once per datacenter only; hosts by name,
	 * which vCenter keeps unique.
	 */
	private static final class Estate {

		private final InventorySheet vInfo;

		private final InventorySheet vHost;

		private final InventorySheet vCluster;

		private final Consumer<Problem> problems;

		private final Consumer<Problem> notes;

		private final Map<String, Set<String>> serversOf = new TreeMap<>();

		private final Map<String, Set<String>> serversOfHost = new TreeMap<>();

		private final Map<String, String> siteRoles = new HashMap<>();

		Estate(Map<Kind, InventorySheet> sheets, Consumer<Problem> problems, Consumer<Problem> notes) {
			this.vInfo = sheets.get(Kind.VINFO);
			this.vHost = sheets.get(Kind.VHOST);
			this.vCluster = sheets.get(Kind.VCLUSTER);
			this.problems = problems;
			this.notes = notes;
			for (InventorySheet sheet : new InventorySheet[] { this.vInfo, this.vHost, this.vCluster }) {
				if (sheet != null && sheet.has("Datacenter") && sheet.has(InventorySheet.SERVER)) {
					for (Row row : sheet.rows()) {
						String datacenter = sheet.value(row, "Datacenter");
						String server = sheet.value(row, InventorySheet.SERVER);
						if (!datacenter.isEmpty() && !server.isEmpty()) {
							this.serversOf.computeIfAbsent(datacenter, (k) -> new TreeSet<>()).add(server);
						}
					}
				}
			}
			this.serversOf.forEach((datacenter, servers) -> {
				if (servers.size() > 1) {
					notes.accept(new Problem(UPLOAD, "Datacenter",
							"datacenter '" + datacenter + "' is in " + servers.size() + " vCenters ("
									+ String.join(", ", servers)
									+ "): each is a site of its own, named after its vCenter"));
				}
			});
			// vCenter keeps host names unique only among its own hosts; labs and
			// branch offices reuse short names and addresses.
			InventorySheet hostSheet = (this.vHost != null) ? this.vHost : this.vInfo;
			if (hostSheet.has(InventorySheet.SERVER)) {
				for (Row row : hostSheet.rows()) {
					String host = hostSheet.value(row, "Host");
					String server = hostSheet.value(row, InventorySheet.SERVER);
					if (!host.isEmpty() && !server.isEmpty()) {
						this.serversOfHost.computeIfAbsent(host, (k) -> new TreeSet<>()).add(server);
					}
				}
			}
			this.serversOfHost.forEach((host, servers) -> {
				if (servers.size() > 1) {
					notes.accept(new Problem(UPLOAD, "Host",
							"host '" + host + "' is in " + servers.size() + " vCenters (" + String.join(", ", servers)
									+ "): each is a host of its own, " + "named after its vCenter"));
				}
			});
		}

		private String host(InventorySheet sheet, Row row, String name) {
			if (name == null || name.isEmpty() || this.serversOfHost.getOrDefault(name, Set.of()).size() < 2) {
				return name;
			}
			return name + " (" + server(sheet, row) + ")";
		}

		// Two vCenters that both keep vSphere's default names must not become one site
		// and one cluster: a datacenter name used by several is told apart by its
		// vCenter.
		private String datacenter(InventorySheet sheet, Row row, String name) {
			if (name == null || name.isEmpty() || this.serversOf.getOrDefault(name, Set.of()).size() < 2) {
				return name;
			}
			return name + " (" + server(sheet, row) + ")";
		}

		private static String server(InventorySheet sheet, Row row) {
			return sheet.has(InventorySheet.SERVER) ? sheet.value(row, InventorySheet.SERVER) : "";
		}

		Topology topology() {
			Map<String, HostRow> hostsByName = hostRows();
			Map<String, ClusterRow> clustersById = clusterRows(hostsByName.values());
			List<HostRow> hosts = new ArrayList<>();
			for (HostRow host : hostsByName.values()) {
				if (host.isStandalone() || clustersById.containsKey(id(host.datacenter(), host.cluster()))) {
					hosts.add(host);
				}
				else {
					problem(host.source(), "Cluster", "cluster '" + host.cluster() + "' of datacenter '"
							+ host.datacenter() + "' is not in sheet " + Kind.VCLUSTER.title());
				}
			}
			List<VmRow> read = vmRows(hostsByName, hosts, clustersById);
			// An SRM placeholder carries the name of the VM it stands in for; it is where
			// that VM recovers, not a VM of its own.
			List<VmRow> placeholders = read.stream().filter(VmRow::placeholder).toList();
			List<VmRow> vms = read.stream().filter((vm) -> !vm.placeholder()).toList();
			Set<String> recoveryDatacenters = new TreeSet<>();
			placeholders.forEach((vm) -> recoveryDatacenters.add(vm.datacenter()));
			Map<VmRow, String> standbyOf = standbys(vms, placeholders);

			Map<String, String> siteKeys = new HashMap<>();
			ElementKeys siteKeySource = new ElementKeys("site");
			TreeSet<String> datacenters = new TreeSet<>();
			clustersById.values().forEach((cluster) -> datacenters.add(cluster.datacenter()));
			hosts.forEach((host) -> datacenters.add(host.datacenter()));
			datacenters.forEach((datacenter) -> siteKeys.put(datacenter, siteKeySource.allocate(datacenter)));

			// Keys are handed out in name order, not row order, so that the same estate
			// gets the same keys however RVTools sorted it; the next import then updates,
			// not adds.
			ElementKeys clusterKeySource = new ElementKeys("cluster");
			Map<String, String> clusterKeys = new HashMap<>();
			clustersById.values()
				.stream()
				.sorted(Comparator.comparing(ClusterRow::name).thenComparing(ClusterRow::datacenter))
				.forEach((cluster) -> clusterKeys.put(cluster.id(), clusterKeySource.allocate(cluster.name())));
			ElementKeys hostKeySource = new ElementKeys("host");
			Map<String, String> hostKeys = new HashMap<>();
			hosts.stream()
				.sorted(Comparator.comparing(HostRow::name))
				.forEach((host) -> hostKeys.put(host.name(), hostKeySource.allocate(host.name())));
			Map<String, String> standaloneKeys = new HashMap<>();
			hosts.stream()
				.filter(HostRow::isStandalone)
				.map((host) -> hostKeys.get(host.name()))
				.sorted()
				.forEach((hostKey) -> standaloneKeys.put(hostKey, clusterKeySource.allocate(STANDALONE + hostKey)));
			ElementKeys vmKeySource = new ElementKeys("vm");
			Map<VmRow, String> vmKeys = new HashMap<>();
			vms.stream()
				.sorted(Comparator.comparing(VmRow::name)
					.thenComparing(VmRow::datacenter)
					.thenComparing((vm) -> (vm.host() != null) ? vm.host() : "")
					.thenComparing((vm) -> vm.source().sheet().source())
					.thenComparingInt((vm) -> vm.source().number()))
				.forEach((vm) -> vmKeys.put(vm, vmKeySource.allocate(vm.name())));

			List<Site> sites = new ArrayList<>();
			for (String datacenter : datacenters) {
				String siteKey = siteKeys.get(datacenter);
				boolean holdsPlaceholders = recoveryDatacenters.contains(datacenter);
				boolean named = !holdsPlaceholders && RECOVERY_NAME.matcher(datacenter).matches();
				sites.add(new Site(siteKey, datacenter,
						(holdsPlaceholders || named) ? SiteRole.RECOVERY : SiteRole.PRIMARY));
				this.siteRoles.put(siteKey,
						holdsPlaceholders ? "it holds SRM placeholder VMs"
								: named ? "its name says it is where services recover"
										: "it holds no SRM placeholder VMs and its name does not say recovery");
			}
			Map<String, VmRow> managers = vcenters(vms);
			List<Cluster> clusters = new ArrayList<>();
			// vSphere HA restarts a failed host's VMs on the others, which only works
			// when they all see the VMs' datastores: a cluster with HA has shared
			// storage.
			clustersById.values()
				.forEach((cluster) -> clusters.add(new Cluster(clusterKeys.get(cluster.id()), cluster.name(),
						siteKeys.get(cluster.datacenter()), cluster.ha(), cluster.drs(), cluster.ha(),
						Optional.ofNullable(managers.get(cluster.server())).map(vmKeys::get),
						cluster.admissionControl())));
			Map<String, String> clusterOfHost = new HashMap<>();
			List<Host> hostElements = new ArrayList<>();
			for (HostRow host : hosts) {
				String hostKey = hostKeys.get(host.name());
				String clusterKey;
				if (host.isStandalone()) {
					// A VM needs a cluster; a host outside any gets one of its own,
					// without HA or DRS, which is what a standalone host offers its VMs.
					clusterKey = standaloneKeys.get(hostKey);
					clusters.add(new Cluster(clusterKey, host.name() + " (standalone)", siteKeys.get(host.datacenter()),
							false, false, false, Optional.empty()));
				}
				else {
					clusterKey = clusterKeys.get(id(host.datacenter(), host.cluster()));
				}
				clusterOfHost.put(host.name(), clusterKey);
				hostElements.add(new Host(hostKey, host.name(), siteKeys.get(host.datacenter()),
						Optional.of(clusterKey), HostKind.HYPERVISOR));
			}
			Set<VmRow> vcenterRows = new HashSet<>();
			vcenterRows.addAll(managers.values());
			Map<VmRow, ManagementPlane> plane = managementPlane(vms, managers);
			List<Dependency> dependencies = new ArrayList<>();
			plane.forEach((vm, part) -> part.vcenter()
				.ifPresent((vcenter) -> dependencies.add(Dependency.hard(vmKeys.get(vcenter), vmKeys.get(vm)))));
			dependencies.sort(Comparator.comparing(Dependency::dependent).thenComparing(Dependency::dependsOn));
			List<Component> components = vms.stream().map((vm) -> {
				ManagementPlane part = vcenterRows.contains(vm) ? ManagementPlane.VCENTER
						: plane.getOrDefault(vm, ManagementPlane.NONE);
				return Component
					.of(vmKeys.get(vm), vm.name(), part.kind(),
							(vm.host() != null) ? Placement.vmOn(clusterOfHost.get(vm.host()), hostKeys.get(vm.host()))
									: Placement.vm(clusterKeys.get(vm.clusterId())))
					.withObjectives(NEW_VM_TIER, NEW_VM_RTO, NEW_VM_RPO)
					.withMustSurvive(NEW_VM_MUST_SURVIVE)
					.withStandby(Optional.ofNullable(standbyOf.get(vm)).map(hostKeys::get), false)
					.withVm(vm.facts())
					.withRelease(part.product(), "", "")
					.withObjectivesPending();
			}).toList();
			return new Topology(sites, clusters, hostElements, components, dependencies);
		}

		/**
		 * The VMs that are the database or the single sign-on service of a vCenter, as a
		 * vCenter on Windows has them (the appliance holds both inside), each with the
		 * vCenter that needs it when that can be told: the only vCenter found in the
		 * upload, or the one whose name the VM's name starts with.
		 */
		private Map<VmRow, ManagementPlane> managementPlane(List<VmRow> vms, Map<String, VmRow> vcenters) {
			Set<VmRow> appliances = new HashSet<>(vcenters.values());
			Map<VmRow, ManagementPlane> plane = new HashMap<>();
			for (VmRow vm : vms) {
				if (appliances.contains(vm)) {
					continue;
				}
				ManagementPlane part = partNamed(vm.name());
				List<VmRow> candidates = appliances.stream()
					.filter((vcenter) -> startsWithNameOf(vm, vcenter))
					.toList();
				if (part == ManagementPlane.NONE && candidates.size() == 1) {
					// vc02-sql or vc02db: the vCenter's name followed by the part's.
					String suffix = vm.name().substring(nameLabel(candidates.get(0)).length());
					part = DATABASE_SUFFIX.matcher(suffix).matches() ? ManagementPlane.DATABASE
							: SSO_SUFFIX.matcher(suffix).matches() ? ManagementPlane.SSO : ManagementPlane.NONE;
				}
				if (part == ManagementPlane.NONE) {
					continue;
				}
				if (appliances.size() == 1) {
					candidates = List.copyOf(appliances);
				}
				Optional<VmRow> vcenter = (candidates.size() == 1) ? Optional.of(candidates.get(0)) : Optional.empty();
				plane.put(vm, part.of(vcenter));
				note(vm.source(), "VM",
						"'" + vm.name() + "' is taken as " + part.product()
								+ vcenter.map((v) -> ", which vCenter '" + v.name() + "' needs: a hard dependency")
									.orElse(appliances.isEmpty()
											? "; no vCenter appliance is in the upload to depend on it"
											: "; which vCenter needs it cannot be told: add the dependency by hand"));
			}
			return plane;
		}

		private static ManagementPlane partNamed(String name) {
			return VCENTER_DATABASE.matcher(name).find() ? ManagementPlane.DATABASE
					: VCENTER_SSO.matcher(name).find() ? ManagementPlane.SSO : ManagementPlane.NONE;
		}

		private static boolean startsWithNameOf(VmRow vm, VmRow vcenter) {
			String label = nameLabel(vcenter);
			return vm.name().length() > label.length()
					&& vm.name().toLowerCase(Locale.ROOT).startsWith(label.toLowerCase(Locale.ROOT));
		}

		private static String nameLabel(VmRow vcenter) {
			return vcenter.name().contains(".") ? vcenter.name().substring(0, vcenter.name().indexOf('.'))
					: vcenter.name();
		}

		/**
		 * The host of its placeholder for each protected VM, by its row: the VM of the
		 * placeholder's name at another datacenter, when exactly one is. Every
		 * placeholder that marks nothing is noted.
		 */
		private Map<VmRow, String> standbys(List<VmRow> vms, List<VmRow> placeholders) {
			Map<String, List<VmRow>> byName = new HashMap<>();
			vms.forEach((vm) -> byName.computeIfAbsent(vm.name(), (k) -> new ArrayList<>()).add(vm));
			Map<VmRow, String> standbys = new HashMap<>();
			for (VmRow placeholder : placeholders) {
				List<VmRow> protectedVms = byName.getOrDefault(placeholder.name(), List.of())
					.stream()
					.filter((vm) -> !vm.datacenter().equals(placeholder.datacenter()))
					.toList();
				if (placeholder.host() != null && protectedVms.size() == 1) {
					standbys.put(protectedVms.get(0), placeholder.host());
					note(placeholder.source(), "SRM Placeholder", "SRM placeholder of '" + placeholder.name() + "' on "
							+ placeholder.host() + ": it is where that VM recovers, its standby host");
				}
				else {
					note(placeholder.source(), "SRM Placeholder",
							"skipped the SRM placeholder of '" + placeholder.name() + "': "
									+ (protectedVms.isEmpty()
											? "the VM it stands in for is not in this upload; import the "
													+ "protected site's export with it to mark where that VM recovers"
											: (placeholder.host() == null) ? "its host is not in sheet vHost"
													: protectedVms.size()
															+ " VMs of that name could be the one it stands in for"));
				}
			}
			return standbys;
		}

		/**
		 * The VM that is the vCenter of each server the rows name: the one whose DNS name
		 * is the server's, or whose name is the server's name or its first label.
		 */
		private Map<String, VmRow> vcenters(List<VmRow> vms) {
			Set<String> servers = new TreeSet<>();
			vms.forEach((vm) -> servers.add(vm.server()));
			servers.remove("");
			Map<String, VmRow> vcenters = new HashMap<>();
			for (String server : servers) {
				String label = server.contains(".") ? server.substring(0, server.indexOf('.')) : server;
				vms.stream()
					.filter((vm) -> vm.dnsName().equalsIgnoreCase(server) || vm.name().equalsIgnoreCase(server)
							|| vm.name().equalsIgnoreCase(label))
					.findFirst()
					.ifPresent((vm) -> vcenters.put(server, vm));
			}
			return vcenters;
		}

		private Map<String, HostRow> hostRows() {
			return (this.vHost != null) ? hostsOfVHost() : hostsOfVInfo();
		}

		private Map<String, HostRow> hostsOfVHost() {
			Map<String, HostRow> hosts = new LinkedHashMap<>();
			for (Row row : this.vHost.rows()) {
				if (totals(this.vHost, row, "Host")) {
					continue;
				}
				String name = host(this.vHost, row, required(this.vHost, row, "Host"));
				String datacenter = datacenter(this.vHost, row, required(this.vHost, row, "Datacenter"));
				if (name == null || datacenter == null) {
					continue;
				}
				HostRow host = new HostRow(row, name, server(this.vHost, row), datacenter,
						this.vHost.value(row, "Cluster"));
				HostRow earlier = hosts.putIfAbsent(name, host);
				if (earlier != null) {
					problem(row, "Host", "host '" + name + "' is listed twice, also at " + earlier.source().location());
				}
			}
			return hosts;
		}

		// Without vHost, a host stands where its VMs say it does; VMs that disagree
		// about it are a problem, as vHost and vInfo disagreeing would be.
		private Map<String, HostRow> hostsOfVInfo() {
			Map<String, HostRow> hosts = new LinkedHashMap<>();
			for (Row row : this.vInfo.rows()) {
				String name = host(this.vInfo, row, this.vInfo.value(row, "Host"));
				if (name.isEmpty() || isTemplate(row) || isTotals(this.vInfo, row, "VM")) {
					continue;
				}
				String datacenter = datacenter(this.vInfo, row, this.vInfo.value(row, "Datacenter"));
				if (datacenter.isEmpty()) {
					problem(row, "Datacenter", "a value is required: without a vHost sheet the datacenter of host '"
							+ name + "' comes from its VMs");
					continue;
				}
				HostRow host = new HostRow(row, name, server(this.vInfo, row), datacenter,
						this.vInfo.value(row, "Cluster"));
				HostRow earlier = hosts.putIfAbsent(name, host);
				if (earlier != null
						&& !(earlier.datacenter().equals(datacenter) && earlier.cluster().equals(host.cluster()))) {
					problem(row, "Host",
							"host '" + name + "' is in cluster '" + host.cluster() + "' of datacenter '" + datacenter
									+ "' here but in cluster '" + earlier.cluster() + "' of datacenter '"
									+ earlier.datacenter() + "' at " + earlier.source().location());
				}
			}
			return hosts;
		}

		/**
		 * The clusters by {@link #id}. Without a datacenter in vCluster, a cluster stands
		 * where its hosts in vHost stand.
		 */
		private Map<String, ClusterRow> clusterRows(Iterable<HostRow> hosts) {
			Map<String, Set<String>> datacentersOfHosts = new HashMap<>();
			for (HostRow host : hosts) {
				if (!host.isStandalone()) {
					String server = (this.vCluster != null && this.vCluster.has(InventorySheet.SERVER)) ? host.server()
							: "";
					datacentersOfHosts.computeIfAbsent(id(server, host.cluster()), (k) -> new TreeSet<>())
						.add(host.datacenter());
				}
			}
			Map<String, ClusterRow> clusters = new LinkedHashMap<>();
			if (this.vCluster == null) {
				return derivedClusters(hosts);
			}
			for (Row row : this.vCluster.rows()) {
				if (totals(this.vCluster, row, "Name")) {
					continue;
				}
				String name = required(this.vCluster, row, "Name");
				Optional<Boolean> ha = flag(this.vCluster, row, "HA enabled", true);
				Optional<Boolean> drs = flag(this.vCluster, row, "DRS enabled", true);
				if (name == null || ha.isEmpty() || drs.isEmpty()) {
					continue;
				}
				String datacenter = datacenter(this.vCluster, row, this.vCluster.value(row, "Datacenter"));
				if (datacenter.isEmpty()) {
					Set<String> candidates = datacentersOfHosts.getOrDefault(id(server(this.vCluster, row), name),
							Set.of());
					if (candidates.size() != 1) {
						problem(row, this.vCluster.has("Datacenter") ? "Datacenter" : "Name",
								"cannot tell the datacenter of cluster '" + name + "': the sheet names none and "
										+ (candidates.isEmpty() ? "no host in vHost belongs to the cluster"
												: "its hosts in vHost stand in " + String.join(" and ", candidates)));
						continue;
					}
					datacenter = candidates.iterator().next();
				}
				ClusterRow cluster = new ClusterRow(row, name, server(this.vCluster, row), datacenter, ha.get(),
						drs.get(), !ha.get() || admissionControl(row));
				ClusterRow earlier = clusters.putIfAbsent(cluster.id(), cluster);
				if (earlier != null) {
					problem(row, "Name", "cluster '" + name + "' of datacenter '" + datacenter
							+ "' is listed twice, also at " + earlier.source().location());
				}
			}
			return clusters;
		}

		// Every cluster that a host or a VM names in its datacenter; HA and DRS unknown.
		private Map<String, ClusterRow> derivedClusters(Iterable<HostRow> hosts) {
			Map<String, ClusterRow> clusters = new LinkedHashMap<>();
			for (HostRow host : hosts) {
				if (!host.isStandalone()) {
					clusters.putIfAbsent(id(host.datacenter(), host.cluster()), new ClusterRow(host.source(),
							host.cluster(), host.server(), host.datacenter(), false, false, true));
				}
			}
			for (Row row : this.vInfo.rows()) {
				String cluster = this.vInfo.value(row, "Cluster");
				String datacenter = datacenter(this.vInfo, row, this.vInfo.value(row, "Datacenter"));
				if (!cluster.isEmpty() && !datacenter.isEmpty() && !isTemplate(row)
						&& !isTotals(this.vInfo, row, "VM")) {
					clusters.putIfAbsent(id(datacenter, cluster),
							new ClusterRow(row, cluster, server(this.vInfo, row), datacenter, false, false, true));
				}
			}
			return clusters;
		}

		/**
		 * Skips, with a note, a row added in a spreadsheet to sum the others: its key
		 * cell is empty or says total, and it holds formulas (or, in a CSV file, which
		 * keeps no formulas, says total).
		 */
		private boolean totals(InventorySheet sheet, Row row, String key) {
			if (!isTotals(sheet, row, key)) {
				return false;
			}
			note(row, key,
					"skipped a totals row: its " + key + " cell is "
							+ (sheet.value(row, key).isEmpty() ? "empty" : "'" + sheet.value(row, key) + "'")
							+ (row.hasFormulas() ? " and it holds formulas" : ""));
			return true;
		}

		private static boolean isTotals(InventorySheet sheet, Row row, String key) {
			String value = sheet.value(row, key);
			boolean saysTotal = value.toLowerCase(Locale.ROOT).matches("(grand )?totals?:?|sum|summe|totaal");
			return saysTotal || (value.isEmpty() && row.hasFormulas());
		}

		/**
		 * One note per sheet for a separator other than the comma and for the formulas
		 * passed over in rows that were kept.
		 */
		void noteHowTheSheetsWereRead() {
			for (InventorySheet sheet : sheetsAsRead()) {
				if (sheet.separator().isPresent()) {
					this.notes.accept(new Problem(sheet.source(), "",
							"read with " + ((sheet.separator().get() == ';') ? "semicolons" : "tabs")
									+ " as the separator, as a spreadsheet saves CSV in some locales"));
				}
				if (sheet.ignoredFormulas() > 0) {
					this.notes.accept(new Problem(sheet.source(), "",
							String.format(Locale.ROOT,
									"%,d cell(s) with formulas in columns the import does not read were passed over, "
											+ "the first at %s",
									sheet.ignoredFormulas(), sheet.firstIgnoredFormula())));
				}
			}
		}

		/** Why each site got its role, by key; filled by {@link #topology()}. */
		Map<String, String> siteRoles() {
			return this.siteRoles;
		}

		private List<InventorySheet> sheetsAsRead() {
			return Stream.of(this.vInfo, this.vHost, this.vCluster)
				.filter(Objects::nonNull)
				.flatMap((sheet) -> sheet.parts().stream())
				.toList();
		}

		private String dnsName(Row row) {
			return this.vInfo.has("DNS Name") ? this.vInfo.value(row, "DNS Name") : "";
		}

		private boolean placeholder(Row row) {
			return this.vInfo.has("SRM Placeholder") && flag(this.vInfo, row, "SRM Placeholder", false).orElse(false);
		}

		private boolean isTemplate(Row row) {
			return this.vInfo.has("Template") && flagValue(this.vInfo.value(row, "Template")).orElse(false);
		}

		private List<VmRow> vmRows(Map<String, HostRow> hostsByName, List<HostRow> hosts,
				Map<String, ClusterRow> clustersById) {
			Set<String> usableHosts = new HashSet<>();
			hosts.forEach((host) -> usableHosts.add(host.name()));
			List<VmRow> vms = new ArrayList<>();
			for (Row row : this.vInfo.rows()) {
				if (totals(this.vInfo, row, "VM")) {
					continue;
				}
				if (this.vInfo.has("Template")) {
					Optional<Boolean> template = flag(this.vInfo, row, "Template", false);
					// A template cannot run, so there is nothing of it to recover.
					if (template.isEmpty() || template.get()) {
						continue;
					}
				}
				String name = required(this.vInfo, row, "VM");
				String hostName = host(this.vInfo, row, required(this.vInfo, row, "Host"));
				if (name == null || hostName == null) {
					continue;
				}
				if (this.vInfo.has("FT Role") && FT_SECONDARY.matcher(this.vInfo.value(row, "FT Role")).matches()) {
					// The secondary of a fault-tolerant VM is the same VM kept in
					// lockstep; its primary's row stands for both.
					note(row, "FT Role", "skipped '" + name + "': the secondary VM of a fault-tolerant VM");
					continue;
				}
				if (SYSTEM_VM.matcher(name).matches()) {
					// vSphere creates and removes these agent VMs itself; there is
					// nothing of them to recover.
					note(row, "VM",
							"skipped '" + name + "': a vSphere Cluster Services VM, which vSphere runs by itself");
					continue;
				}
				HostRow host = hostsByName.get(hostName);
				if (host == null) {
					// The VM still runs somewhere in its cluster; a trimmed vHost must
					// not
					// cost it its place in the plan.
					String cluster = this.vInfo.value(row, "Cluster");
					String datacenter = datacenter(this.vInfo, row, this.vInfo.value(row, "Datacenter"));
					if (clustersById.containsKey(id(datacenter, cluster))) {
						note(row, "Host",
								"host '" + hostName + "' of VM '" + name
										+ "' is not in sheet vHost: the VM is placed in cluster '" + cluster
										+ "' without a host");
						vms.add(new VmRow(row, name, datacenter, id(datacenter, cluster), null, placeholder(row),
								server(this.vInfo, row), dnsName(row), facts(row)));
					}
					else {
						note(row, "Host",
								"skipped VM '" + name + "': its host '" + hostName
										+ "' is not in sheet vHost and its cluster '" + cluster + "' of datacenter '"
										+ datacenter + "' is unknown");
					}
					continue;
				}
				if (!usableHosts.contains(hostName)) {
					// The host's own problem is reported at its row in vHost.
					continue;
				}
				String datacenter = datacenter(this.vInfo, row, this.vInfo.value(row, "Datacenter"));
				if (!datacenter.isEmpty() && !datacenter.equals(host.datacenter())) {
					problem(row, "Datacenter", "the VM is in datacenter '" + datacenter + "' but its host '" + hostName
							+ "' is in '" + host.datacenter() + "' in vHost");
					continue;
				}
				String cluster = this.vInfo.value(row, "Cluster");
				if (!cluster.isEmpty() && !cluster.equals(host.cluster())) {
					problem(row, "Cluster", "the VM is in cluster '" + cluster + "' but its host '" + hostName + "' is "
							+ (host.isStandalone() ? "a standalone host" : "in cluster '" + host.cluster() + "'")
							+ " in vHost");
					continue;
				}
				vms.add(new VmRow(row, name, host.datacenter(),
						host.isStandalone() ? null : id(host.datacenter(), host.cluster()), hostName, placeholder(row),
						server(this.vInfo, row), dnsName(row), facts(row)));
			}
			return vms;
		}

		private boolean admissionControl(Row row) {
			String value = this.vCluster.has("AdmissionControlEnabled")
					? this.vCluster.value(row, "AdmissionControlEnabled") : "";
			if (value.isEmpty()) {
				return true;
			}
			Optional<Boolean> flag = flagValue(value);
			if (flag.isEmpty()) {
				note(row, "AdmissionControlEnabled",
						"cannot read '" + value + "' as True or False: HA admission control is taken as on");
			}
			return flag.orElse(true);
		}

		/**
		 * What vInfo reports of a VM, from the columns RVTools 4 writes; a value that
		 * cannot be read is noted and left at what vSphere does by default.
		 */
		private VmFacts facts(Row row) {
			RestartPriority priority = RestartPriority.CLUSTER_DEFAULT;
			String restart = optional(row, "HA Restart Priority");
			if (!restart.isEmpty()) {
				Optional<RestartPriority> read = restartPriority(restart);
				if (read.isEmpty()) {
					note(row, "HA Restart Priority",
							"cannot read '" + restart + "' as an HA restart priority: the cluster's default is taken");
				}
				priority = read.orElse(RestartPriority.CLUSTER_DEFAULT);
			}
			String ft = optional(row, "FT State");
			boolean faultTolerance = ft.equalsIgnoreCase("running");
			if (!faultTolerance && !ft.isEmpty() && !ft.equalsIgnoreCase("notConfigured")
					&& !ft.equalsIgnoreCase("disabled")) {
				note(row, "FT State", "Fault Tolerance of '" + this.vInfo.value(row, "VM") + "' is '" + ft
						+ "', not running: it is not counted on");
			}
			Set<String> networks = new LinkedHashSet<>();
			InventorySheet.NETWORKS.stream()
				.map((column) -> optional(row, column))
				.filter((network) -> !network.isEmpty())
				.forEach(networks::add);
			List<String> rules = Arrays.stream(optional(row, "Cluster rule name(s)").split("[,;]"))
				.map(String::trim)
				.filter((rule) -> !rule.isEmpty())
				.distinct()
				.toList();
			Optional<Instant> lastBackup = Optional.empty();
			String backup = optional(row, InventorySheet.LAST_BACKUP);
			if (!backup.isEmpty()) {
				lastBackup = BackupTimes.parse(backup);
				if (lastBackup.isEmpty()) {
					note(row, InventorySheet.LAST_BACKUP,
							"cannot find a date and time in '" + backup + "': the last backup is left unknown");
				}
			}
			return new VmFacts(priority, faultTolerance, List.copyOf(networks), rules, lastBackup)
				.withFiling(optional(row, "Folder"), optional(row, "Resource pool"), optional(row, "Annotation"),
						InventorySheet.attributes(row))
				// RVTools 4 calls the BIOS UUID SMBIOS UUID; 3.x called it UUID.
				.withBiosUuid(
						optional(row, "SMBIOS UUID").isEmpty() ? optional(row, "UUID") : optional(row, "SMBIOS UUID"));
		}

		private String optional(Row row, String column) {
			return this.vInfo.has(column) ? this.vInfo.value(row, column) : "";
		}

		private String required(InventorySheet sheet, Row row, String column) {
			String value = sheet.value(row, column);
			if (value.isEmpty()) {
				problem(row, column, "a value is required");
				return null;
			}
			return value;
		}

		private Optional<Boolean> flag(InventorySheet sheet, Row row, String column, boolean required) {
			String value = sheet.value(row, column);
			if (value.isEmpty()) {
				if (!required) {
					return Optional.of(false);
				}
				problem(row, column, "a value is required: True or False");
				return Optional.empty();
			}
			Optional<Boolean> flag = flagValue(value);
			if (flag.isEmpty()) {
				problem(row, column, "cannot read '" + value + "' as True or False");
			}
			return flag;
		}

		private void problem(Row row, String column, String message) {
			this.problems.accept(new Problem(row.location(), column, message));
		}

		private void note(Row row, String column, String message) {
			this.notes.accept(new Problem(row.location(), column, message));
		}

	}

	// RVTools writes True and False; spreadsheets and scripts in between write the rest.
	private static Optional<Boolean> flagValue(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1" -> Optional.of(true);
			case "false", "no", "0" -> Optional.of(false);
			default -> Optional.empty();
		};
	}

	// vSphere's API names the priorities; RVTools writes those names, older versions
	// and people the plain words.
	private static Optional<RestartPriority> restartPriority(String value) {
		String word = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		return switch (word) {
			case "clusterrestartpriority", "clusterdefault", "default", "useclustersetting" ->
				Optional.of(RestartPriority.CLUSTER_DEFAULT);
			case "disabled" -> Optional.of(RestartPriority.DISABLED);
			case "lowest" -> Optional.of(RestartPriority.LOWEST);
			case "low" -> Optional.of(RestartPriority.LOW);
			case "medium" -> Optional.of(RestartPriority.MEDIUM);
			case "high" -> Optional.of(RestartPriority.HIGH);
			case "highest" -> Optional.of(RestartPriority.HIGHEST);
			default -> Optional.empty();
		};
	}

	private static String id(String datacenter, String cluster) {
		return datacenter + '\u0000' + cluster;
	}

	/**
	 * What part of a vCenter's management plane a VM is, if any, and the vCenter that
	 * needs it when known.
	 */
	private record ManagementPlane(ComponentKind kind, String product, Optional<VmRow> vcenter) {

		static final ManagementPlane NONE = new ManagementPlane(ComponentKind.APPLICATION, "", Optional.empty());

		static final ManagementPlane VCENTER = new ManagementPlane(ComponentKind.MANAGEMENT_SERVER, "vCenter Server",
				Optional.empty());

		static final ManagementPlane DATABASE = new ManagementPlane(ComponentKind.DATABASE, "vCenter Server database",
				Optional.empty());

		static final ManagementPlane SSO = new ManagementPlane(ComponentKind.APPLICATION, "vCenter Single Sign-On",
				Optional.empty());

		ManagementPlane of(Optional<VmRow> vcenter) {
			return new ManagementPlane(this.kind, this.product, vcenter);
		}

	}

	private record ClusterRow(Row source, String name, String server, String datacenter, boolean ha, boolean drs,
			boolean admissionControl) {

		String id() {
			return RvToolsInventory.id(this.datacenter, this.name);
		}

	}

	private record HostRow(Row source, String name, String server, String datacenter, String cluster) {

		boolean isStandalone() {
			return this.cluster.isEmpty();
		}

	}

	/**
	 * A VM as read.
	 *
	 * @param source its row in vInfo
	 * @param name its name
	 * @param datacenter its datacenter
	 * @param clusterId the {@link #id} of its cluster; null on a standalone host
	 * @param host its host's name; null when vHost does not list the host
	 * @param placeholder whether it is an SRM placeholder for a protected VM
	 * @param server the vCenter it was read from; empty when the sheet does not say
	 * @param dnsName its DNS name; empty when not known
	 * @param facts what the inventory reports of it
	 */
	private record VmRow(Row source, String name, String datacenter, String clusterId, String host, boolean placeholder,
			String server, String dnsName, VmFacts facts) {

	}

	/** Collects problems up to {@link #MAX_PROBLEMS}, then counts the rest. */
	private static final class Problems implements Consumer<Problem> {

		private final List<Problem> problems = new ArrayList<>();

		private int unlisted;

		@Override
		public void accept(Problem problem) {
			if (this.problems.size() < MAX_PROBLEMS) {
				this.problems.add(problem);
			}
			else {
				this.unlisted++;
			}
		}

		List<Problem> all() {
			if (this.unlisted == 0) {
				return this.problems;
			}
			List<Problem> all = new ArrayList<>(this.problems);
			all.add(new Problem(UPLOAD, "", String.format(Locale.ROOT,
					"%,d more problems are not listed; fix the ones above and import again", this.unlisted)));
			return all;
		}

	}

}
