package io.drillbook.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds topologies for tests, starting from the VirtualCenter estate of the reference
 * report.
 */
public final class Topologies {

	private final List<Site> sites = new ArrayList<>();

	private final List<Cluster> clusters = new ArrayList<>();

	private final List<Host> hosts = new ArrayList<>();

	private final List<Component> components = new ArrayList<>();

	private final List<Dependency> dependencies = new ArrayList<>();

	private final List<FailoverCluster> failoverClusters = new ArrayList<>();

	static Topologies aTopology() {
		return new Topologies();
	}

	/**
	 * The estate of the reference report, the one fixture tests compose from: management
	 * server, license server and web access on one VM in the HA cluster the management
	 * server manages, its database on a physical server with a second one beside it,
	 * VMotion, DRS and HA as capabilities of the cluster, a business application running
	 * as a VM, and a physical standby at the recovery site. The objectives are the
	 * report's: the management server and its database in tier 1, the license server with
	 * its 14 days of grace in tier 3.
	 */
	public static Topologies virtualCenterEstate() {
		Placement esx01 = Placement.vmOn("prod", "esx01");
		return aTopology().site("hq", SiteRole.PRIMARY)
			.site("dr", SiteRole.RECOVERY)
			.cluster("prod", "hq", true, true, true, "vc")
			.hypervisor("esx01", "hq", "prod")
			.hypervisor("esx02", "hq", "prod")
			.hypervisor("esx03", "hq", "prod")
			.physical("dbsrv01", "hq")
			.physical("dbsrv02", "hq")
			.physical("standby01", "dr")
			.add(Component.of("vc", "VirtualCenter Server", ComponentKind.MANAGEMENT_SERVER, esx01)
				.withRelease("VirtualCenter", "2.0.2", "patch 2")
				.withPlacement(esx01, Set.of("license", "webaccess"))
				.withObjectives(Tier.of(1), Duration.ofHours(4), Duration.ofHours(1))
				.withMustSurvive(Set.of(FailureMode.HOST_FAILURE))
				.withStateFiles(List.of("SSL certificate", "vpxd.cfg", "upgrade files")))
			.add(Component.of("license", "License Server", ComponentKind.LICENSE_SERVER, esx01)
				.withPlacement(esx01, Set.of("vc", "webaccess"))
				.withObjectives(Tier.of(3), Duration.ofDays(7), Duration.ofDays(1))
				.withMustSurvive(Set.of(FailureMode.HOST_FAILURE))
				.withStateFiles(List.of("license file")))
			.add(Component.of("webaccess", "Web Access", ComponentKind.WEB_ACCESS, esx01)
				.withPlacement(esx01, Set.of("vc", "license"))
				.withObjectives(Tier.of(2), Duration.ofHours(8), Duration.ofDays(1))
				.withMustSurvive(Set.of(FailureMode.HOST_FAILURE)))
			.add(Component.of("vcdb", "VirtualCenter Database", ComponentKind.DATABASE, Placement.physical("dbsrv01"))
				.withRelease("SQL Server", "2005", "")
				.withObjectives(Tier.of(1), Duration.ofHours(2), Duration.ofMinutes(15))
				.withMustSurvive(
						Set.of(FailureMode.HOST_FAILURE, FailureMode.OS_FAILURE, FailureMode.APPLICATION_FAILURE)))
			.capability("vmotion", "VMotion")
			.capability("drs", "DRS")
			.capability("ha", "VMware HA")
			.component("payroll", "Payroll application", ComponentKind.APPLICATION, Placement.vmOn("prod", "esx02"),
					Set.of())
			.hard("vc", "vcdb")
			.grace("vc", "license", 14)
			.hard("webaccess", "vc")
			.hard("vmotion", "vc")
			.hard("drs", "vc");
	}

	Topologies site(String key, SiteRole role) {
		this.sites.add(new Site(key, key.toUpperCase(), role));
		return this;
	}

	Topologies cluster(String key, String site, boolean ha, boolean drs, boolean sharedStorage, String managedBy) {
		this.clusters
			.add(new Cluster(key, "Cluster " + key, site, ha, drs, sharedStorage, Optional.ofNullable(managedBy)));
		return this;
	}

	Topologies hypervisor(String key, String site, String cluster) {
		this.hosts.add(new Host(key, key + ".example.net", site, Optional.ofNullable(cluster), HostKind.HYPERVISOR));
		return this;
	}

	Topologies physical(String key, String site) {
		this.hosts.add(new Host(key, key + ".example.net", site, Optional.empty(), HostKind.PHYSICAL));
		return this;
	}

	Topologies component(String key, String name, ComponentKind kind, Placement placement, Set<String> colocatedWith) {
		this.components.add(Component.of(key, name, kind, placement)
			.withPlacement(placement, colocatedWith)
			.withObjectives(Tier.of(2), Duration.ofHours(4), Duration.ofHours(1))
			.withMustSurvive(Set.of(FailureMode.HOST_FAILURE)));
		return this;
	}

	private Topologies capability(String key, String name) {
		this.components.add(Component.of(key, name, ComponentKind.CAPABILITY, Placement.capabilityOf("prod"))
			.withObjectives(Tier.of(3), Duration.ofDays(1), Duration.ZERO));
		return this;
	}

	public Topologies add(Component component) {
		this.components.add(component);
		return this;
	}

	public Topologies add(Host host) {
		this.hosts.add(host);
		return this;
	}

	/** Adds the cluster, or replaces the one with its key. */
	public Topologies add(Cluster cluster) {
		this.clusters.replaceAll((c) -> c.key().equals(cluster.key()) ? cluster : c);
		if (this.clusters.stream().noneMatch((c) -> c.key().equals(cluster.key()))) {
			this.clusters.add(cluster);
		}
		return this;
	}

	public Topologies withoutHost(String key) {
		this.hosts.removeIf((h) -> h.key().equals(key));
		return this;
	}

	/** Without the site and its hosts. */
	public Topologies withoutSite(String key) {
		this.sites.removeIf((s) -> s.key().equals(key));
		this.hosts.removeIf((h) -> h.site().equals(key));
		return this;
	}

	/** Every component on a machine of its own. */
	public Topologies withoutColocation() {
		this.components.replaceAll((c) -> c.withPlacement(c.placement(), Set.of()));
		return this;
	}

	public Topologies replaceCluster(String key, boolean ha) {
		this.clusters.replaceAll((c) -> c.key().equals(key)
				? new Cluster(c.key(), c.name(), c.site(), ha, c.drsEnabled(), c.sharedStorage(), c.managedBy()) : c);
		return this;
	}

	Topologies replaceHost(String key, HostKind kind) {
		this.hosts
			.replaceAll((h) -> h.key().equals(key) ? new Host(h.key(), h.name(), h.site(), h.cluster(), kind) : h);
		return this;
	}

	public Topologies replace(String key, UnaryOperator<Component> change) {
		this.components.replaceAll((c) -> c.key().equals(key) ? change.apply(c) : c);
		return this;
	}

	public Topologies hard(String dependent, String dependsOn) {
		this.dependencies.add(Dependency.hard(dependent, dependsOn));
		return this;
	}

	Topologies grace(String dependent, String dependsOn, int days) {
		this.dependencies.add(Dependency.withGrace(dependent, dependsOn, Duration.ofDays(days)));
		return this;
	}

	public Topologies add(FailoverCluster failoverCluster) {
		this.failoverClusters.add(failoverCluster);
		return this;
	}

	public Topologies add(Site site) {
		this.sites.add(site);
		return this;
	}

	public Topology build() {
		return new Topology(this.sites, this.clusters, this.hosts, this.components, this.dependencies,
				this.failoverClusters);
	}

}
