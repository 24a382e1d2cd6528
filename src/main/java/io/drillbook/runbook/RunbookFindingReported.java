package io.drillbook.runbook;

import java.time.Instant;

/**
 * A drill or failover found a problem with a step of a published runbook: the runbook
 * shows it until it is published again.
 *
 * @param environment the environment's key
 * @param runbook the runbook's key, such as {@code vc/site}
 * @param number the version followed
 * @param stepKey the step concerned
 * @param stepOutcome what happened to the step: skipped or failed
 * @param finding the finding in words
 * @param execution the execution that found it
 * @param reportedAt when
 */
public record RunbookFindingReported(String environment, String runbook, int number, String stepKey, String stepOutcome,
		String finding, long execution, Instant reportedAt) {

}
