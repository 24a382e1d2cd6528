package io.drillbook.runbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that architects and topologies wrote, made to read as the same text wherever the
 * Markdown is rendered: markup characters are escaped so that nothing turns into a
 * heading, a list, a link or HTML, and every line stays inside the list item it belongs
 * to. Dots and dashes inside host names are left alone, so that the raw file still reads
 * well.
 */
final class MarkdownText {

	// Characters that mean markup wherever they stand; an underscore only at a word's
	// edge.
	private static final Pattern ANYWHERE = Pattern
		.compile("[\\\\`*\\[\\]<>|~&!]|(?<![\\p{Alnum}])_|_(?![\\p{Alnum}])");

	// What opens a block at the start of a line: a heading, a quote, a list, a rule.
	private static final Pattern LINE_START = Pattern.compile("^(\\s*)([#>+=-]|\\d+(?=[.)]))");

	private MarkdownText() {
	}

	/**
	 * The text escaped, its lines joined by hard breaks and indented by {@code indent}
	 * spaces so that a list item holds them all.
	 */
	static String inline(String text, int indent) {
		String[] lines = text.strip().split("\\R", -1);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append("  \n").append(" ".repeat(indent));
			}
			out.append(escapeLine(lines[i].strip()));
		}
		return out.toString();
	}

	private static String escapeLine(String line) {
		String escaped = ANYWHERE.matcher(line).replaceAll((m) -> Matcher.quoteReplacement("\\" + m.group()));
		Matcher start = LINE_START.matcher(escaped);
		if (!start.find()) {
			return escaped;
		}
		String opener = start.group(2);
		// A number opens a list only with the dot or parenthesis after it.
		return opener.chars().allMatch(Character::isDigit)
				? escaped.substring(0, start.end()) + "\\" + escaped.substring(start.end())
				: escaped.substring(0, start.start(2)) + "\\" + escaped.substring(start.start(2));
	}

}
