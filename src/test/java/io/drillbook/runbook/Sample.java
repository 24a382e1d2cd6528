package io.drillbook.runbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.drillbook.strategy.Planner;
import io.drillbook.strategy.Policy;
import io.drillbook.strategy.ProtectionPlan;
import io.drillbook.topology.EnvironmentSnapshot;
import io.drillbook.topology.SampleTopologies;

/**
 * Sample estates planned with the default policy, and the shipped procedure catalog.
 */
final class Sample {

	private Sample() {
	}

	static Procedures procedures() {
		try {
			return Procedures.read(Files.readAllBytes(Path.of("src/main/resources/runbooks/procedures.yaml")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ProtectionPlan planned(String file) {
		return planned(SampleTopologies.read(file));
	}

	/** The sample with one line of its file replaced. */
	static ProtectionPlan planned(String file, String line, String replacement) {
		try {
			String text = Files.readString(Path.of("db", "samples", file));
			if (!text.contains(line)) {
				throw new IllegalArgumentException(file + " has no line " + line);
			}
			return planned(SampleTopologies.read(file, text.replace(line, replacement).getBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ProtectionPlan planned(EnvironmentSnapshot snapshot) {
		Policy policy = Policy.defaults();
		return new ProtectionPlan(snapshot, 1, policy, Planner.plan(snapshot.topology(), policy), Map.of());
	}

	static RunbookWriter.Written virtualCenter() {
		return RunbookWriter.write(planned("virtualcenter.yaml"), procedures());
	}

}
