package io.drillbook.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample files shipped in {@code db/samples}.
 */
public final class Samples {

	private Samples() {
	}

	public static byte[] virtualCenter() {
		return read("virtualcenter.yaml");
	}

	/**
	 * The sample with another environment key, so tests sharing a database do not
	 * collide.
	 */
	static byte[] virtualCenterAs(String key) {
		return new String(virtualCenter(), java.nio.charset.StandardCharsets.UTF_8)
			.replace("key: virtualcenter", "key: " + key)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	static byte[] read(String name) {
		try {
			return Files.readAllBytes(Path.of("db", "samples", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
