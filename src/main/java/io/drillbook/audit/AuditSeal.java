package io.drillbook.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals each entry's hash with a key the database never holds (HMAC-SHA-256). Whoever can
 * write the audit table can recompute the hash chain after changing an entry, but not the
 * seals, so with the key verification names the changed entry even then.
 *
 * <p>
 * An entry records which key sealed it by the key's id, so that keys can be replaced: the
 * retired ones, given as previous keys, still verify the entries they sealed.
 */
final class AuditSeal {

	/** Shorter keys can be guessed offline from any one entry and its seal. */
	public static final int MIN_KEY_LENGTH = 32;

	private final Optional<Key> current;

	private final Map<String, Key> known = new LinkedHashMap<>();

	private AuditSeal(Optional<Key> current, List<Key> previous) {
		this.current = current;
		current.ifPresent((key) -> this.known.put(key.id(), key));
		previous.forEach((key) -> this.known.putIfAbsent(key.id(), key));
	}

	/** No key: entries are chained but not sealed. */
	public static AuditSeal none() {
		return new AuditSeal(Optional.empty(), List.of());
	}

	/**
	 * @param key the key new entries are sealed with; blank for none
	 * @param previous retired keys, to verify the entries they sealed
	 * @param setting the setting the key comes from, named in a refusal
	 */
	public static AuditSeal of(String key, List<String> previous, String setting) {
		Optional<Key> current = (key == null || key.isBlank()) ? Optional.empty()
				: Optional.of(Key.of(key.strip(), setting));
		List<Key> retired = previous.stream()
			.filter((text) -> !text.isBlank())
			.map((text) -> Key.of(text.strip(), setting + " (a previous key)"))
			.toList();
		if (current.isEmpty() && !retired.isEmpty()) {
			throw new KeyRefused(
					"previous audit keys are given but no current one: set " + setting + " to the key in use");
		}
		return new AuditSeal(current, retired);
	}

	public boolean keyed() {
		return this.current.isPresent();
	}

	/** The id of the key new entries are sealed with. */
	public Optional<String> keyId() {
		return this.current.map(Key::id);
	}

	/** The seal of an entry's hash with the current key, if there is one. */
	public Optional<String> seal(String hash) {
		return this.current.map((key) -> key.seal(hash));
	}

	/**
	 * Checks a stored seal.
	 * @param keyId the id of the key the entry says sealed it
	 * @param hash the entry's hash
	 * @param seal the stored seal
	 * @return whether it matches, or that the key is not known here
	 */
	public Check check(String keyId, String hash, String seal) {
		Key key = this.known.get(keyId);
		if (key == null) {
			return Check.UNKNOWN_KEY;
		}
		return MessageDigest.isEqual(key.seal(hash).getBytes(StandardCharsets.US_ASCII),
				String.valueOf(seal).getBytes(StandardCharsets.US_ASCII)) ? Check.MATCHES : Check.DIFFERS;
	}

	/** A configured key that cannot be used, with what to set instead. */
	static final class KeyRefused extends IllegalArgumentException {

		KeyRefused(String message) {
			super(message);
		}

	}

	public enum Check {

		MATCHES, DIFFERS, UNKNOWN_KEY

	}

	private record Key(String id, SecretKeySpec secret) {

		static Key of(String text, String setting) {
			if (text.length() < MIN_KEY_LENGTH) {
				throw new KeyRefused(setting + " must be at least " + MIN_KEY_LENGTH + " characters long (it has "
						+ text.length() + "); for example: openssl rand -base64 32");
			}
			SecretKeySpec secret = new SecretKeySpec(text.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
			// The id is itself keyed, so publishing it tells nothing about the key.
			String id = mac(secret, "drillbook audit key id").substring(0, 16);
			return new Key(id, secret);
		}

		String seal(String hash) {
			return mac(this.secret, hash);
		}

		private static String mac(SecretKeySpec secret, String text) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(secret);
				return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public String toString() {
			return "Key[" + this.id + "]";
		}

	}

}
