package io.drillbook.runbook;

import java.util.Arrays;
import java.util.Locale;

import io.drillbook.strategy.ProtectionPlan;
import io.drillbook.topology.GeneratedEstate;
import io.drillbook.topology.SampleTopologies;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long writing every runbook of a 5,000-component environment takes, from the plan to
 * the steps with their sources and hashes, as the runbook pages do. Prints figures;
 * asserts only that runbooks were written.
 */
@Tag("benchmark")
class RunbookWritingBenchmark {

	private static final int WARM_UPS = 5;

	private static final int RUNS = 7;

	@Test
	void writesEveryRunbookOfFiveThousandComponents() {
		ProtectionPlan plan = Sample.planned(SampleTopologies.of("generated", GeneratedEstate.of(5_000)));
		Procedures procedures = Sample.procedures();
		for (int i = 0; i < WARM_UPS; i++) {
			write(plan, procedures);
		}
		long[] micros = new long[RUNS];
		int runbooks = 0;
		int steps = 0;
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			RunbookWriter.Written written = write(plan, procedures);
			micros[i] = (System.nanoTime() - start) / 1_000;
			runbooks = written.runbooks().size();
			steps = written.runbooks().stream().mapToInt((r) -> r.steps().size()).sum();
		}
		Arrays.sort(micros);
		System.out.printf(Locale.ROOT,
				"runbooks of 5,000 components: %,d runbooks, %,d steps; median %d ms, min %d ms, max %d ms (%d runs)%n",
				runbooks, steps, micros[RUNS / 2] / 1000, micros[0] / 1000, micros[RUNS - 1] / 1000, RUNS);
		assertThat(runbooks).isPositive();
	}

	// The pages hash every runbook too, so the measure includes it.
	private static RunbookWriter.Written write(ProtectionPlan plan, Procedures procedures) {
		RunbookWriter.Written written = RunbookWriter.write(plan, procedures);
		written.runbooks().forEach(Runbooks::sha256);
		return written;
	}

}
