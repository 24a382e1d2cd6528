package io.drillbook.drill;

/**
 * A rehearsal or the real thing.
 */
public enum ExecutionKind {

	DRILL("Drill"), FAILOVER("Real failover");

	private final String title;

	ExecutionKind(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
