package io.drillbook.drill;

/**
 * Where a step of an execution stands.
 */
enum StepState {

	PENDING, RUNNING, DONE, SKIPPED, FAILED;

	/** Whether the step is over: done, skipped or failed. */
	public boolean finished() {
		return this == DONE || this == SKIPPED || this == FAILED;
	}

}
