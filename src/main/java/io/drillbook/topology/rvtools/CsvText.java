package io.drillbook.topology.rvtools;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import io.drillbook.topology.Problem;

/**
 * The rows of a CSV text as spreadsheets and inventory tools save it (RFC 4180:
 * comma-separated, values with commas, quotes or line breaks in double quotes, a quote
 * inside doubled). A file saved by Excel in a locale whose decimal mark is a comma
 * separates with semicolons, and some tools with tabs: the separator is the one of the
 * three the header line uses most. UTF-8 with or without a byte-order mark; text that is
 * not UTF-8 is read as Windows-1252, the code page of western Windows. Rows are numbered
 * by record, as a spreadsheet shows the file, so a value with a line break does not shift
 * the numbers.
 */
public final class CsvText {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** Takes each row as it is read. */
	public interface Rows {

		/**
		 * @param number the row's line number in the text, from 1
		 * @param fields its values
		 * @return false to stop reading
		 */
		boolean accept(int number, List<String> fields);

	}

	private CsvText() {
	}

	/**
	 * Control characters other than tab and line breaks do not occur in text exports.
	 */
	public static boolean isBinary(byte[] content) {
		for (byte b : content) {
			if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Reads every row, blank lines included (the taker decides what a blank row means).
	 * Kept whole: a scanner of the text character by character, whose quoting, separators
	 * and line ends all move one position.
	 * @param location how a problem names the row of a line number
	 * @return the separator the text was read with; empty when a quote makes it
	 * unreadable, which is reported
	 */
	public static Optional<Character> read(byte[] content, Rows rows, IntFunction<String> location,
			Consumer<Problem> problems) {
		String text = decode(content);
		int length = text.length();
		int i = (length > 0 && text.charAt(0) == '\uFEFF') ? 1 : 0;
		char separator = separator(text, i);
		int row = 1;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		while (i <= length) {
			if (i < length && text.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= length) {
						problems.accept(new Problem(location.apply(row), "",
								"a quoted value is not closed: a double quote is missing"));
						return Optional.empty();
					}
					char c = text.charAt(i++);
					if (c == '"') {
						if (i < length && text.charAt(i) == '"') {
							field.append('"');
							i++;
						}
						else {
							break;
						}
					}
					else {
						field.append(c);
					}
				}
				if (i < length && !isSeparator(text.charAt(i), separator)) {
					problems.accept(new Problem(location.apply(row), "", "text follows the closing quote of a value; "
							+ "a value in quotes must be followed by the separator or the end of the line"));
					return Optional.empty();
				}
			}
			else {
				while (i < length && !isSeparator(text.charAt(i), separator)) {
					field.append(text.charAt(i++));
				}
			}
			fields.add(field.toString());
			field.setLength(0);
			if (i < length && text.charAt(i) == separator) {
				i++;
				continue;
			}
			boolean lastLine = i >= length;
			if (!lastLine || fields.size() > 1 || !fields.get(0).isEmpty()) {
				if (!rows.accept(row, fields)) {
					return Optional.of(separator);
				}
			}
			fields = new ArrayList<>();
			if (lastLine) {
				break;
			}
			i += (text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') ? 2 : 1;
			row++;
		}
		return Optional.of(separator);
	}

	private static boolean isSeparator(char c, char separator) {
		return c == separator || c == '\n' || c == '\r';
	}

	// The header names dozens of columns and holds no numbers, so the character between
	// them is the one it has most of, counted outside quotes.
	private static char separator(String text, int start) {
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted) {
				commas += (c == ',') ? 1 : 0;
				semicolons += (c == ';') ? 1 : 0;
				tabs += (c == '\t') ? 1 : 0;
			}
		}
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return (tabs > commas) ? '\t' : ',';
	}

	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			CharBuffer decoded = WINDOWS_1252.decode(ByteBuffer.wrap(content));
			return decoded.toString();
		}
	}

}
