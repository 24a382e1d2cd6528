package io.drillbook.runbook;

import java.util.Optional;

import io.drillbook.system.Refusal;

/**
 * The form that adds a step to a draft, as typed: the section and the minutes are read
 * here, the rest is judged with the draft.
 *
 * @param revision the draft's revision the architect saw
 * @param section the section's code
 * @param role the role's key
 * @param minutes a whole number of minutes
 * @param instruction what to do
 * @param check how to tell it worked
 * @param why why the runbook needs the step
 * @param after the key of the step it follows; blank for the end of its section
 */
record NewStepForm(long revision, String section, String role, String minutes, String instruction, String check,
		String why, String after) {

	NewStepForm {
		section = (section != null) ? section : "";
		role = (role != null) ? role : "";
		minutes = (minutes != null) ? minutes.strip() : "";
		instruction = (instruction != null) ? instruction : "";
		check = (check != null) ? check : "";
		why = (why != null) ? why : "";
		after = (after != null) ? after : "";
	}

	NewStep toStep() {
		Section parsed = Section.parse(this.section)
			.orElseThrow(() -> Refusal.invalid("section", "choose a section.").refused());
		int time;
		try {
			time = Integer.parseInt(this.minutes);
		}
		catch (NumberFormatException ex) {
			throw Refusal.invalid("minutes", "write a whole number of minutes.").refused();
		}
		return new NewStep(parsed, this.role, time, this.instruction, this.check, this.why,
				this.after.isBlank() ? Optional.empty() : Optional.of(this.after));
	}

}
