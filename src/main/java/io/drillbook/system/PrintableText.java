package io.drillbook.system;

/**
 * Whether text that people type may be stored and printed. PostgreSQL refuses NUL in
 * text, the XML parser behind the PDF exports refuses other control characters and the
 * noncharacters U+FFFE and U+FFFF, and none of them has a place in a record anyway. Line
 * breaks and tabs are text.
 */
public final class PrintableText {

	private PrintableText() {
	}

	public static boolean isPrintable(String text) {
		return text.chars()
			.noneMatch((c) -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || c == 0xFFFE
					|| c == 0xFFFF);
	}

}
