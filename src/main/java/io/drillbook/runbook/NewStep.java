package io.drillbook.runbook;

import java.util.Optional;

/**
 * A step an architect adds to a draft.
 *
 * @param section the section it goes into
 * @param role who carries it out
 * @param minutes how long it is expected to take
 * @param instruction what to do
 * @param check how to tell it worked
 * @param why why the runbook needs it; blank for the default reason
 * @param after the step it follows; empty for the end of its section
 */
record NewStep(Section section, String role, int minutes, String instruction, String check, String why,
		Optional<String> after) {

}
