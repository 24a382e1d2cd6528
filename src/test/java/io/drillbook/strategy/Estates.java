package io.drillbook.strategy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.drillbook.topology.Cluster;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Host;
import io.drillbook.topology.HostKind;
import io.drillbook.topology.Placement;
import io.drillbook.topology.Site;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Topology;

/**
 * Topologies for planning tests, starting from the reference report's estate.
 */
final class Estates {

	private final List<Site> sites = new ArrayList<>();

	private final List<Cluster> clusters = new ArrayList<>();

	private final List<Host> hosts = new ArrayList<>();

	private final List<Component> components = new ArrayList<>();

	private final List<Dependency> dependencies = new ArrayList<>();

	/**
	 * VirtualCenter, license server and web access on one VM in the HA cluster VC
	 * manages.
	 */
	static Estates virtualCenter() {
		Estates estate = new Estates();
		estate.sites.add(new Site("hq", "HQ", SiteRole.PRIMARY));
		estate.sites.add(new Site("dr", "DR", SiteRole.RECOVERY));
		estate.clusters.add(new Cluster("prod", "Prod", "hq", true, true, true, Optional.of("vc")));
		for (String host : List.of("esx01", "esx02", "esx03")) {
			estate.hosts.add(new Host(host, host, "hq", Optional.of("prod"), HostKind.HYPERVISOR));
		}
		estate.hosts.add(new Host("sql01", "sql01", "hq", Optional.empty(), HostKind.PHYSICAL));
		estate.hosts.add(new Host("sql02", "sql02", "hq", Optional.empty(), HostKind.PHYSICAL));
		estate.hosts.add(new Host("standby", "standby", "dr", Optional.empty(), HostKind.PHYSICAL));
		estate.components.add(new Component("vc", "VirtualCenter Server", ComponentKind.MANAGEMENT_SERVER,
				"VirtualCenter", "2.0.2", "patch 2", Placement.vmOn("prod", "esx01"), Set.of("license", "webaccess"), 1,
				Duration.ofHours(4), Duration.ofHours(1), Set.of(FailureMode.HOST_FAILURE),
				List.of("SSL certificate", "vpxd.cfg", "upgrade files"), false));
		estate.components.add(new Component("license", "License Server", ComponentKind.LICENSE_SERVER, "", "", "",
				Placement.vmOn("prod", "esx01"), Set.of("vc", "webaccess"), 3, Duration.ofDays(7), Duration.ofDays(1),
				Set.of(FailureMode.HOST_FAILURE), List.of("license file"), false));
		estate.components.add(new Component("webaccess", "Web Access", ComponentKind.WEB_ACCESS, "", "", "",
				Placement.vmOn("prod", "esx01"), Set.of("vc", "license"), 2, Duration.ofHours(8), Duration.ofDays(1),
				Set.of(FailureMode.HOST_FAILURE), List.of(), false));
		estate.components.add(new Component("vcdb", "VirtualCenter Database", ComponentKind.DATABASE, "SQL Server",
				"2005", "", Placement.physical("sql01"), Set.of(), 1, Duration.ofHours(2), Duration.ofMinutes(15),
				Set.of(FailureMode.HOST_FAILURE, FailureMode.OS_FAILURE, FailureMode.APPLICATION_FAILURE), List.of(),
				false));
		estate.components.add(new Component("vmotion", "VMotion", ComponentKind.CAPABILITY, "", "", "",
				Placement.capabilityOf("prod"), Set.of(), 3, Duration.ofDays(1), Duration.ZERO, Set.of(), List.of(),
				false));
		estate.dependencies.add(Dependency.hard("vc", "vcdb"));
		estate.dependencies.add(Dependency.withGrace("vc", "license", Duration.ofDays(14)));
		estate.dependencies.add(Dependency.hard("vmotion", "vc"));
		return estate;
	}

	Estates change(String key, UnaryOperator<Component> change) {
		this.components.replaceAll((c) -> c.key().equals(key) ? change.apply(c) : c);
		return this;
	}

	Estates add(Component component) {
		this.components.add(component);
		return this;
	}

	Estates add(Host host) {
		this.hosts.add(host);
		return this;
	}

	Estates add(Cluster cluster) {
		this.clusters.replaceAll((c) -> c.key().equals(cluster.key()) ? cluster : c);
		if (this.clusters.stream().noneMatch((c) -> c.key().equals(cluster.key()))) {
			this.clusters.add(cluster);
		}
		return this;
	}

	Estates withoutHost(String key) {
		this.hosts.removeIf((h) -> h.key().equals(key));
		return this;
	}

	Estates withoutSite(String key) {
		this.sites.removeIf((s) -> s.key().equals(key));
		this.hosts.removeIf((h) -> h.site().equals(key));
		return this;
	}

	Estates withoutColocation() {
		this.components.replaceAll((c) -> new Component(c.key(), c.name(), c.kind(), c.product(), c.version(),
				c.patchLevel(), c.placement(), Set.of(), c.tier(), c.rto(), c.rpo(), c.mustSurvive(), c.stateFiles(),
				c.standbyCanTakeOverIp()));
		return this;
	}

	Topology build() {
		return new Topology(this.sites, this.clusters, this.hosts, this.components, this.dependencies);
	}

	static Component with(Component c, Set<FailureMode> mustSurvive) {
		return new Component(c.key(), c.name(), c.kind(), c.product(), c.version(), c.patchLevel(), c.placement(),
				c.colocatedWith(), c.tier(), c.rto(), c.rpo(), mustSurvive, c.stateFiles(), c.standbyCanTakeOverIp());
	}

	static Component physical(Component c, String host) {
		return new Component(c.key(), c.name(), c.kind(), c.product(), c.version(), c.patchLevel(),
				Placement.physical(host), Set.of(), c.tier(), c.rto(), c.rpo(), c.mustSurvive(), c.stateFiles(),
				c.standbyCanTakeOverIp());
	}

	static Component release(Component c, String version, String patch) {
		return new Component(c.key(), c.name(), c.kind(), c.product(), version, patch, c.placement(), c.colocatedWith(),
				c.tier(), c.rto(), c.rpo(), c.mustSurvive(), c.stateFiles(), c.standbyCanTakeOverIp());
	}

	static Component rto(Component c, Duration rto) {
		return new Component(c.key(), c.name(), c.kind(), c.product(), c.version(), c.patchLevel(), c.placement(),
				c.colocatedWith(), c.tier(), rto, c.rpo(), c.mustSurvive(), c.stateFiles(), c.standbyCanTakeOverIp());
	}

	static Component takesOverIp(Component c) {
		return new Component(c.key(), c.name(), c.kind(), c.product(), c.version(), c.patchLevel(), c.placement(),
				c.colocatedWith(), c.tier(), c.rto(), c.rpo(), c.mustSurvive(), c.stateFiles(), true);
	}

	static Component noStateFiles(Component c) {
		return new Component(c.key(), c.name(), c.kind(), c.product(), c.version(), c.patchLevel(), c.placement(),
				c.colocatedWith(), c.tier(), c.rto(), c.rpo(), c.mustSurvive(), List.of(), c.standbyCanTakeOverIp());
	}

}
