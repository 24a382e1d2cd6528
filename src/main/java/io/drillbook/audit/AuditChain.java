package io.drillbook.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import io.drillbook.system.Sha256;

/**
 * The hash chain of the audit log: each entry's hash covers its own content, its position
 * and the hash of the entry before it, so that changing, removing or reordering entries
 * breaks the chain from that point on.
 */
final class AuditChain {

	/** The hash the first entry follows. */
	public static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	/**
	 * The database keeps microseconds; hashing the same precision keeps the chain stable.
	 */
	public static Instant stored(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	public static String hash(String previous, long id, AuditRecord entry) {
		MessageDigest digest = Sha256.digest();
		for (Object part : new Object[] { previous, id, stored(entry.at()).toString(), entry.actor(), entry.action(),
				entry.objectType(), entry.objectKey(), entry.environment(), entry.before(), entry.after(),
				entry.detail() }) {
			// A length prefix keeps "a|b" + "c" apart from "a" + "b|c".
			byte[] bytes = Objects.toString(part, "\u0000null").getBytes(StandardCharsets.UTF_8);
			digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
			digest.update((byte) ':');
			digest.update(bytes);
		}
		return Sha256.of(digest).hex();
	}

}
