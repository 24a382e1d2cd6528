package io.drillbook.runbook;

/**
 * One step of a runbook. A note carries no action, role or check: it tells the operator
 * why something is left out or may wait.
 *
 * @param key stable across regenerations: procedure, step and, for repeated steps, the
 * element it is about
 * @param section where it belongs
 * @param note whether it is a note rather than an action
 * @param role the key of the role that performs it; empty for a note
 * @param minutes expected duration in minutes; 0 for a note
 * @param instruction what to do, naming the real elements
 * @param check how the operator knows the step worked; empty for a note
 * @param why why the step is there
 * @param source the procedure step it was written from, or {@code custom}
 * @param rule the strategy rule behind it, when there is one
 * @param restoresService whether completing it restores service
 * @param origin generated, edited or custom
 */
public record Step(String key, Section section, boolean note, String role, int minutes, String instruction,
		String check, String why, String source, String rule, boolean restoresService, Origin origin) {

	Step withText(String instruction, String check, Origin origin) {
		return new Step(this.key, this.section, this.note, this.role, this.minutes, instruction, check, this.why,
				this.source, this.rule, this.restoresService, origin);
	}

	Step restoringService(boolean restores) {
		return new Step(this.key, this.section, this.note, this.role, this.minutes, this.instruction, this.check,
				this.why, this.source, this.rule, restores, this.origin);
	}

}
