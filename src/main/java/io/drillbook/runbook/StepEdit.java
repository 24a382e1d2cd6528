package io.drillbook.runbook;

/**
 * The form of an edit to one step of a draft: moving it, changing its text or undoing its
 * edit. Each edit uses the fields it needs; absent ones are blank.
 *
 * @param revision the draft's revision the architect saw, so a concurrent edit is noticed
 * @param step the step's key
 * @param direction {@code up} or {@code down}, for a move
 * @param instruction the new instruction, for a change of text
 * @param check the new check, for a change of text
 */
record StepEdit(long revision, String step, String direction, String instruction, String check) {

	StepEdit {
		step = (step != null) ? step : "";
		direction = (direction != null) ? direction : "";
		instruction = (instruction != null) ? instruction : "";
		check = (check != null) ? check : "";
	}

}
