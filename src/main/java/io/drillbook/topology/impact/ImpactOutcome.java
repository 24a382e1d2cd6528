package io.drillbook.topology.impact;

/**
 * What becomes of an element when something else fails.
 */
public enum ImpactOutcome {

	/** Stops as soon as the failure happens. */
	FAILS_AT_ONCE,

	/** Interrupted, then restarted by hypervisor HA on a surviving host. */
	RESTARTED_BY_HA,

	/** Keeps working until a grace period runs out. */
	FAILS_AFTER_GRACE,

	/** Not affected. */
	KEEPS_RUNNING

}
