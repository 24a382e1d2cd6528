package io.drillbook.drill;

/**
 * Running, closed with an outcome, or closed and signed off by a second person.
 */
enum ExecutionState {

	RUNNING, CLOSED, SIGNED_OFF

}
