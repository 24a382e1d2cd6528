package io.drillbook.runbook;

import java.util.List;
import java.util.Optional;

import io.drillbook.system.Sha256;

/**
 * One runbook as it stands.
 *
 * @param draft the runbook as it would be published now: generated, then edited
 * @param edits the architects' edits
 * @param draftRevision how many times the edits were saved, for optimistic locking
 * @param draftSha256 the SHA-256 the draft would be published with
 * @param latest the last published version
 * @param staleBecause what changed since the last published version was made
 * @param orphanEdits edits whose step the runbook no longer has
 * @param findings problems drills found with steps of the last published version
 */
record RunbookEntry(Runbook draft, DraftEdits edits, long draftRevision, Sha256 draftSha256,
		Optional<RunbookVersion> latest, List<String> staleBecause, List<String> orphanEdits,
		List<RunbookFinding> findings) {

	public boolean stale() {
		return this.latest.isPresent() && !this.staleBecause.isEmpty();
	}

	/** Whether publishing now would make a version that differs from the last one. */
	public boolean unpublished() {
		return this.latest.map((v) -> !v.getContentSha256().equals(this.draftSha256.hex())).orElse(true);
	}

}
