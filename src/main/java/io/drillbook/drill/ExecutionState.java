package io.drillbook.drill;

/**
 * Running, closed with an outcome, or closed and signed off by a second person.
 */
public enum ExecutionState {

	RUNNING, CLOSED, SIGNED_OFF

}
