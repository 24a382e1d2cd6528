package io.drillbook.drill;

import java.time.Instant;

/**
 * An evidence file without its content, for lists.
 *
 * @param id its id
 * @param stepRecordId the step it belongs to, if any
 * @param fileName the file's name
 * @param contentType its type
 * @param sizeBytes its size
 * @param sha256 the SHA-256 of its content
 * @param attachedAt when it was attached
 * @param attachedBy who attached it
 */
public record EvidenceSummary(Long id, Long stepRecordId, String fileName, String contentType, long sizeBytes,
		String sha256, Instant attachedAt, String attachedBy) {

}
