package io.drillbook.drill;

import java.time.Instant;

/**
 * Something was recorded in an execution: it started, a step was acted on, a note or a
 * file was added, it closed, was signed off or corrected, a finding was followed up.
 *
 * @param execution the execution's id
 * @param environment the environment's key
 * @param activity what happened
 * @param subject what it happened to, such as a step's key or a file's name
 * @param detail the reason, note, outcome or other text that goes with it
 * @param by who did it
 * @param at when, by the server's clock
 */
public record DrillActivity(long execution, String environment, Activity activity, String subject, String detail,
		String by, Instant at) {

	public enum Activity {

		STARTED, STEP_STARTED, STEP_COMPLETED, STEP_SKIPPED, STEP_FAILED, NOTE_WRITTEN, EVIDENCE_ATTACHED, CLOSED,
		SIGNED_OFF, CORRECTED, FINDING_DONE;

		static Activity of(StepAction action) {
			return switch (action) {
				case START -> STEP_STARTED;
				case COMPLETE -> STEP_COMPLETED;
				case SKIP -> STEP_SKIPPED;
				case FAIL -> STEP_FAILED;
			};
		}

	}

}
