package io.drillbook.runbook;

import java.time.Instant;

/**
 * A runbook version was published and can now be drilled.
 *
 * @param environment the environment's key
 * @param runbook the runbook's key, such as {@code vc/site}
 * @param number the version's number
 * @param sha256 the SHA-256 of its content
 * @param publishedBy who published it
 * @param publishedAt when
 */
public record RunbookPublished(String environment, String runbook, int number, String sha256, String publishedBy,
		Instant publishedAt) {

}
