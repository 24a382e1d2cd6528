package io.drillbook.runbook;

import java.time.Instant;
import java.util.List;

/**
 * An offline bundle of an environment's runbooks was handed out.
 *
 * @param environment the environment's key
 * @param sha256 the SHA-256 of the file
 * @param versions the runbook versions it holds, such as {@code vc/site v2}
 * @param exportedBy who downloaded it
 * @param exportedAt when
 */
public record RunbookBundleExported(String environment, String sha256, List<String> versions, String exportedBy,
		Instant exportedAt) {

	public RunbookBundleExported {
		versions = List.copyOf(versions);
	}

}
