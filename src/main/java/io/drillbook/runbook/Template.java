package io.drillbook.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A procedure's text with {@code {{fact}}} placeholders, split once when the catalog is
 * read so that writing thousands of runbooks only concatenates.
 */
final class Template {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z.]*)\\s*}}");

	// Even positions are literal text, odd ones fact names.
	private final List<String> parts;

	private Template(List<String> parts) {
		this.parts = List.copyOf(parts);
	}

	static Template compile(String text) {
		List<String> parts = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		int last = 0;
		while (matcher.find()) {
			parts.add(text.substring(last, matcher.start()));
			parts.add(matcher.group(1));
			last = matcher.end();
		}
		parts.add(text.substring(last));
		return new Template(parts);
	}

	/** The facts the text names, in order. */
	List<String> names() {
		List<String> names = new ArrayList<>();
		for (int i = 1; i < this.parts.size(); i += 2) {
			names.add(this.parts.get(i));
		}
		return names;
	}

	/**
	 * Fills in every placeholder.
	 * @throws IllegalStateException when a fact is unknown, so that no placeholder can
	 * reach a runbook
	 */
	String render(Function<String, String> facts) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < this.parts.size(); i++) {
			if (i % 2 == 0) {
				out.append(this.parts.get(i));
			}
			else {
				String value = facts.apply(this.parts.get(i));
				if (value == null) {
					throw new IllegalStateException("No fact named '" + this.parts.get(i) + "'");
				}
				out.append(value);
			}
		}
		return out.toString();
	}

	boolean isEmpty() {
		return this.parts.size() == 1 && this.parts.get(0).isEmpty();
	}

}
