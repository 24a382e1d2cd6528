package io.drillbook.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

	static Topologies aTopology() {
		return new Topologies();
	}

	/**
	 * Management server, license server and web access on one VM in the HA cluster the
	 * management server manages, its database on a physical server, VMotion, DRS and HA
	 * as capabilities of the cluster, and a business application running as a VM.
	 */
	public static Topologies virtualCenterEstate() {
		return aTopology().site("hq", SiteRole.PRIMARY)
			.site("dr", SiteRole.RECOVERY)
			.cluster("prod", "hq", true, true, true, "vc")
			.hypervisor("esx01", "hq", "prod")
			.hypervisor("esx02", "hq", "prod")
			.hypervisor("esx03", "hq", "prod")
			.physical("dbsrv01", "hq")
			.physical("standby01", "dr")
			.component("vc", "VirtualCenter Server", ComponentKind.MANAGEMENT_SERVER, Placement.vmOn("prod", "esx01"),
					Set.of("license", "webaccess"))
			.component("license", "License Server", ComponentKind.LICENSE_SERVER, Placement.vmOn("prod", "esx01"),
					Set.of("vc", "webaccess"))
			.component("webaccess", "Web Access", ComponentKind.WEB_ACCESS, Placement.vmOn("prod", "esx01"),
					Set.of("vc", "license"))
			.component("vcdb", "VirtualCenter Database", ComponentKind.DATABASE, Placement.physical("dbsrv01"),
					Set.of())
			.component("vmotion", "VMotion", ComponentKind.CAPABILITY, Placement.capabilityOf("prod"), Set.of())
			.component("drs", "DRS", ComponentKind.CAPABILITY, Placement.capabilityOf("prod"), Set.of())
			.component("ha", "VMware HA", ComponentKind.CAPABILITY, Placement.capabilityOf("prod"), Set.of())
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
			.withObjectives(2, Duration.ofHours(4), Duration.ofHours(1))
			.withMustSurvive(Set.of(FailureMode.HOST_FAILURE)));
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

	Topologies replace(String key, java.util.function.UnaryOperator<Component> change) {
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

	public Topology build() {
		return new Topology(this.sites, this.clusters, this.hosts, this.components, this.dependencies);
	}

}
