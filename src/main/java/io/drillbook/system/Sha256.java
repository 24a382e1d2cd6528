package io.drillbook.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of content, in lower-case hex, as Drillbook shows and checks it everywhere:
 * evidence files, runbook versions, bundles and evidence packs.
 */
public final class Sha256 {

	private Sha256() {
	}

	public static String of(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	public static String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

}
