package io.drillbook.topology;

import java.time.Instant;

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
		return new EnvironmentSnapshot(reading.header().key(), reading.header().name(), reading.header().description(),
				reading.topology(), "sample", 1, Instant.EPOCH, "sample");
	}

	/** A topology with a standalone snapshot around it. */
	public static EnvironmentSnapshot of(String key, Topology topology) {
		return new EnvironmentSnapshot(key, key, "", topology, "generated", 1, Instant.EPOCH, "test");
	}

}
