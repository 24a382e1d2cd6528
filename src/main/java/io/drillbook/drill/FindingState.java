package io.drillbook.drill;

/**
 * Whether a finding's follow-up action is still to do.
 */
enum FindingState {

	OPEN, DONE

}
