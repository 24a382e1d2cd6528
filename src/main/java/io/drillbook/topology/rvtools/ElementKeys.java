package io.drillbook.topology.rvtools;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hands out element keys made from names, such as {@code web-01} for {@code Web 01}:
 * lower case, at most 64 of {@code [a-z0-9._-]}, starting and ending with a letter or
 * digit, as the topology rules require and a person reads best. A name whose key is taken
 * gets {@code -2}, {@code -3} and so on.
 */
final class ElementKeys {

	static final int MAX_LENGTH = 64;

	private final String fallback;

	private final Set<String> taken = new HashSet<>();

	private final Map<String, Integer> nextSuffix = new HashMap<>();

	/**
	 * @param fallback the key for a name that has no letter or digit at all
	 */
	ElementKeys(String fallback) {
		this.fallback = fallback;
	}

	String allocate(String name) {
		String slug = slug(name);
		String base = slug.isEmpty() ? this.fallback : slug;
		if (this.taken.add(base)) {
			return base;
		}
		// Counting on per base keeps thousands of equal names linear.
		int suffix = this.nextSuffix.getOrDefault(base, 2);
		String key;
		do {
			String tail = "-" + suffix++;
			key = base.substring(0, Math.min(base.length(), MAX_LENGTH - tail.length())) + tail;
		}
		while (!this.taken.add(key));
		this.nextSuffix.put(base, suffix);
		return key;
	}

	/**
	 * The key a name would get without collisions; empty when the name has no letter or
	 * digit. Accents are dropped first so that {@code Zürich} becomes {@code zurich}.
	 */
	static String slug(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name.trim(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		StringBuilder slug = new StringBuilder(Math.min(plain.length(), MAX_LENGTH));
		for (int i = 0; i < plain.length() && slug.length() < MAX_LENGTH; i++) {
			char c = plain.charAt(i);
			boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
			if (slug.isEmpty() && !alphanumeric) {
				continue;
			}
			if (alphanumeric || c == '.' || c == '_') {
				slug.append(c);
			}
			else if (slug.charAt(slug.length() - 1) != '-') {
				// One dash for a run of spaces and punctuation, so that "DB Server
				// (SQL)" reads db-server-sql.
				slug.append('-');
			}
		}
		int end = slug.length();
		while (end > 0 && "-._".indexOf(slug.charAt(end - 1)) >= 0) {
			end--;
		}
		return slug.substring(0, end);
	}

}
