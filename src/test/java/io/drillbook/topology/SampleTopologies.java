package io.drillbook.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.UnaryOperator;

import io.drillbook.topology.file.EnvironmentFileCodec;
import io.drillbook.topology.file.EnvironmentFiles;
import org.springframework.context.ApplicationContext;

/**
 * The sample environments of {@code db/samples} as snapshots, for tests of the modules
 * that read topologies.
 */
public final class SampleTopologies {

	private SampleTopologies() {
	}

	/** A sample file, read and checked as an import would. */
	public static EnvironmentSnapshot read(String name) {
		return read(name, Samples.read(name));
	}

	/** A sample file's content, read and checked as an import would. */
	public static EnvironmentSnapshot read(String name, byte[] content) {
		EnvironmentFileCodec.Parsed parsed = new EnvironmentFileCodec().parse(name, content);
		if (!parsed.problems().isEmpty()) {
			throw new IllegalArgumentException(name + ": " + parsed.problems());
		}
		EnvironmentFiles.Reading reading = EnvironmentFiles.read(parsed.file().orElseThrow());
		if (!reading.isValid()) {
			throw new IllegalArgumentException(name + ": " + reading.problems());
		}
		return new EnvironmentSnapshot(new EnvironmentKey(reading.header().key()), reading.header().name(),
				reading.header().description(), reading.topology(), "sample", 1, Instant.EPOCH, "sample");
	}

	/**
	 * Stores a sample under another key, as an architect's import would, for tests that
	 * need an environment in the database.
	 */
	public static EnvironmentSnapshot store(ApplicationContext context, String file, String key, String user) {
		String text = new String(Samples.read(file), StandardCharsets.UTF_8).replaceFirst("(?m)^  key: .*$",
				"  key: " + key);
		EnvironmentSnapshot sample = read(file, text.getBytes(StandardCharsets.UTF_8));
		return context.getBean(Environments.class)
			.create(key, sample.name(), sample.description(), sample.topology(), user);
	}

	/**
	 * Removes the sample estate that ships with the application, if it was imported, so
	 * that a test can import it afresh.
	 */
	public static void removeShippedSample(ApplicationContext context, String user) {
		Environments environments = context.getBean(Environments.class);
		if (environments.exists(Imports.SAMPLE_KEY)) {
			environments.remove(new EnvironmentKey(Imports.SAMPLE_KEY), user);
		}
	}

	/** Changes a stored environment's topology as an architect's edit would. */
	public static EnvironmentSnapshot change(ApplicationContext context, String key, UnaryOperator<Topology> change,
			String user) {
		Environments environments = context.getBean(Environments.class);
		return environments.change(new EnvironmentKey(key), environments.require(new EnvironmentKey(key)).revision(),
				change, user);
	}

	/** A topology with a standalone snapshot around it. */
	public static EnvironmentSnapshot of(String key, Topology topology) {
		return new EnvironmentSnapshot(new EnvironmentKey(key), key, "", topology, "generated", 1, Instant.EPOCH,
				"test");
	}

}
