package io.drillbook.topology;

/**
 * How a component runs: as a VM in a cluster, installed on a physical host, or (for a
 * capability) provided by the hosts of a cluster.
 */
public enum PlacementKind implements Coded {

	VM("vm"), PHYSICAL("physical"), CLUSTER("cluster");

	private final String code;

	PlacementKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
