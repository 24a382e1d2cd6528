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
		Placement esx01 = Placement.vmOn("prod", "esx01");
		estate.components.add(Component.of("vc", "VirtualCenter Server", ComponentKind.MANAGEMENT_SERVER, esx01)
			.withRelease("VirtualCenter", "2.0.2", "patch 2")
			.withPlacement(esx01, Set.of("license", "webaccess"))
			.withObjectives(1, Duration.ofHours(4), Duration.ofHours(1))
			.withMustSurvive(Set.of(FailureMode.HOST_FAILURE))
			.withStateFiles(List.of("SSL certificate", "vpxd.cfg", "upgrade files")));
		estate.components.add(Component.of("license", "License Server", ComponentKind.LICENSE_SERVER, esx01)
			.withPlacement(esx01, Set.of("vc", "webaccess"))
			.withObjectives(3, Duration.ofDays(7), Duration.ofDays(1))
			.withMustSurvive(Set.of(FailureMode.HOST_FAILURE))
			.withStateFiles(List.of("license file")));
		estate.components.add(Component.of("webaccess", "Web Access", ComponentKind.WEB_ACCESS, esx01)
			.withPlacement(esx01, Set.of("vc", "license"))
			.withObjectives(2, Duration.ofHours(8), Duration.ofDays(1))
			.withMustSurvive(Set.of(FailureMode.HOST_FAILURE)));
		estate.components
			.add(Component.of("vcdb", "VirtualCenter Database", ComponentKind.DATABASE, Placement.physical("sql01"))
				.withRelease("SQL Server", "2005", "")
				.withObjectives(1, Duration.ofHours(2), Duration.ofMinutes(15))
				.withMustSurvive(
						Set.of(FailureMode.HOST_FAILURE, FailureMode.OS_FAILURE, FailureMode.APPLICATION_FAILURE)));
		estate.components
			.add(Component.of("vmotion", "VMotion", ComponentKind.CAPABILITY, Placement.capabilityOf("prod"))
				.withObjectives(3, Duration.ofDays(1), Duration.ZERO));
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
		this.components.replaceAll((c) -> c.withPlacement(c.placement(), Set.of()));
		return this;
	}

	Topology build() {
		return new Topology(this.sites, this.clusters, this.hosts, this.components, this.dependencies);
	}

	static Component with(Component c, Set<FailureMode> mustSurvive) {
		return c.withMustSurvive(mustSurvive);
	}

	static Component physical(Component c, String host) {
		return c.withPlacement(Placement.physical(host), Set.of());
	}

	static Component release(Component c, String version, String patch) {
		return c.withRelease(c.product(), version, patch);
	}

	static Component rto(Component c, Duration rto) {
		return c.withObjectives(c.tier(), rto, c.rpo());
	}

	static Component takesOverIp(Component c) {
		return c.withStandby(c.standbyHost(), true);
	}

	static Component noStateFiles(Component c) {
		return c.withStateFiles(List.of());
	}

}
