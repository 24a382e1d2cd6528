package io.drillbook.drill;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The type of an evidence file, read from its first bytes rather than taken from the
 * browser, so that a file cannot pass for what it is not.
 */
final class EvidenceType {

	private EvidenceType() {
	}

	static Optional<String> of(byte[] content) {
		if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (starts(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(content, 'G', 'I', 'F', '8')) {
			return Optional.of("image/gif");
		}
		if (content.length > 12 && starts(content, 'R', 'I', 'F', 'F') && content[8] == 'W' && content[9] == 'E'
				&& content[10] == 'B' && content[11] == 'P') {
			return Optional.of("image/webp");
		}
		if (starts(content, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		if (isText(content)) {
			return Optional.of("text/plain");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	// UTF-8 without NUL bytes: logs, configuration files, command output.
	private static boolean isText(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
