package io.drillbook.drill;

import io.drillbook.system.PrintableText;
import io.drillbook.system.Refusal;

/**
 * What people write into a record: stripped, printable and within its length, or refused
 * naming the field.
 */
final class FreeText {

	private FreeText() {
	}

	/** Text that must be there, 1 to {@code max} characters. */
	static String required(String value, String field, int max) {
		String text = optional(value, field, Integer.MAX_VALUE);
		if (text.isEmpty() || text.length() > max) {
			throw Refusal.invalid(field, "write 1 to " + max + " characters.").refused();
		}
		return text;
	}

	/** Text that may be empty, at most {@code max} characters. */
	static String optional(String value, String field, int max) {
		String text = (value == null) ? "" : value.strip();
		if (!PrintableText.isPrintable(text)) {
			throw Refusal.invalid(field, "remove the control characters.").refused();
		}
		if (text.length() > max) {
			throw Refusal.invalid(field, "at most " + max + " characters.").refused();
		}
		return text;
	}

}
