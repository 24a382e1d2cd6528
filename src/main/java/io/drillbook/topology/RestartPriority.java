package io.drillbook.topology;

/**
 * The order in which vSphere HA restarts a VM after a host failure, set per VM or left to
 * the cluster's default; a VM whose priority is disabled is not restarted at all.
 */
public enum RestartPriority implements Coded {

	CLUSTER_DEFAULT("cluster-default"), DISABLED("disabled"), LOWEST("lowest"), LOW("low"), MEDIUM("medium"),
	HIGH("high"), HIGHEST("highest");

	private final String code;

	RestartPriority(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
