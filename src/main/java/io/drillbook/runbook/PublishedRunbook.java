package io.drillbook.runbook;

import java.time.Instant;
import java.util.List;

/**
 * A published runbook version as other modules see it.
 *
 * @param id the version's id
 * @param environment the environment's key
 * @param number the version's number
 * @param sha256 the SHA-256 of its content
 * @param publishedAt when it was published
 * @param publishedBy who published it
 * @param staleBecause why it should not be followed as it is; empty when current
 * @param runbook the frozen runbook
 */
public record PublishedRunbook(long id, String environment, int number, String sha256, Instant publishedAt,
		String publishedBy, List<String> staleBecause, Runbook runbook) {

	public PublishedRunbook {
		staleBecause = List.copyOf(staleBecause);
	}

	/**
	 * How it is named in lists:
	 * {@code VirtualCenter Server: site failure (Warm standby), v2}.
	 */
	public String label() {
		return this.runbook.title() + ", v" + this.number;
	}

}
