package io.drillbook.topology;

/**
 * How a guest failover cluster decides which of its parts carries on.
 */
public enum Quorum implements Coded {

	/**
	 * Each node has a vote, and a witness share one more; the cluster runs while more
	 * than half of the votes are up. The report's recommendation, and the only model that
	 * can span sites.
	 */
	MAJORITY_NODE_SET("majority-node-set"),

	/**
	 * One quorum disk on storage every node sees, so all nodes stand with that storage.
	 */
	SHARED_DISK("shared-disk");

	private final String code;

	Quorum(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
