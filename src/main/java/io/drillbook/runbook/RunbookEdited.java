package io.drillbook.runbook;

import java.time.Instant;

/**
 * An architect changed a runbook's draft: moved, edited, added or removed a step.
 *
 * @param environment the environment's key
 * @param runbook the runbook's key
 * @param before the edits before, as stored
 * @param after the edits after
 * @param by who
 * @param at when
 */
public record RunbookEdited(String environment, String runbook, String before, String after, String by, Instant at) {

}
