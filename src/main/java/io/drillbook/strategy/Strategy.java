package io.drillbook.strategy;

import java.util.List;

/**
 * A way to protect a component, in one of the two layers.
 */
public enum Strategy {

	HYPERVISOR_HA(Layer.LOCAL, "Hypervisor HA",
			"The VM runs in an HA cluster, which restarts it on a surviving host when its host fails."),
	HA_IN_BAND(Layer.LOCAL, "Hypervisor HA, in-band",
			"A management server on the HA cluster it manages; HA restarts it without it."),
	HA_OUT_OF_BAND(Layer.LOCAL, "Hypervisor HA, out-of-band",
			"Two management-server instances in two HA clusters, each managing the other's cluster."),
	FAILOVER_CLUSTER(Layer.LOCAL, "Guest failover cluster (MSCS/WSFC)",
			"Two or more OS instances in a failover cluster, Majority Node Set quorum with a witness share."),
	DATABASE_CLUSTERING(Layer.LOCAL, "Database clustering",
			"The database's own standard clustering; restored with its usual methods in a disaster."),
	COLD_STANDBY(Layer.SITE, "Cold standby",
			"Reinstall on a standby server at the recovery site and restore the state files."),
	WARM_STANDBY(Layer.SITE, "Warm standby",
			"Pre-installed at the recovery site but disconnected; state files synchronised on a schedule.");

	private final Layer layer;

	private final String title;

	private final String description;

	Strategy(Layer layer, String title, String description) {
		this.layer = layer;
		this.title = title;
		this.description = description;
	}

	/**
	 * The strategies that rely on the hypervisor's HA; for a management server the report
	 * calls it in-band or out-of-band, by where it runs.
	 */
	public static final List<Strategy> HYPERVISOR_HA_FAMILY = List.of(HYPERVISOR_HA, HA_IN_BAND, HA_OUT_OF_BAND);

	public Layer layer() {
		return this.layer;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

}
