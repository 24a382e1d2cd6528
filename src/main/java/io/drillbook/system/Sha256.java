package io.drillbook.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SHA-256 of content, in lower-case hex, as Drillbook shows and checks it everywhere:
 * evidence files, runbook versions, bundles and evidence packs.
 *
 * @param hex the 64 lower-case hexadecimal characters
 */
public record Sha256(String hex) {

	private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern WRITTEN = Pattern.compile("(?i)(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");

	public Sha256 {
		if (hex == null || !HEX.matcher(hex).matches()) {
			throw new IllegalArgumentException("a SHA-256 is 64 lower-case hexadecimal characters");
		}
	}

	public static Sha256 of(byte[] content) {
		return ofDigest(digest().digest(content));
	}

	public static Sha256 of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The hash a digest from {@link #digest()} has been fed; the digest is reset. */
	public static Sha256 of(MessageDigest fed) {
		return ofDigest(fed.digest());
	}

	private static Sha256 ofDigest(byte[] digest) {
		return new Sha256(HexFormat.of().formatHex(digest));
	}

	/** A digest to feed content that is streamed rather than held whole. */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * The hash in what a person wrote or pasted: the hex alone in either case, or a line
	 * as {@code sha256sum} prints it, the hash, two spaces and the file's name.
	 */
	public static Optional<Sha256> find(String written) {
		if (written == null) {
			return Optional.empty();
		}
		Matcher found = WRITTEN.matcher(written);
		return found.find() ? Optional.of(new Sha256(found.group().toLowerCase(Locale.ROOT))) : Optional.empty();
	}

	@Override
	public String toString() {
		return this.hex;
	}

}
