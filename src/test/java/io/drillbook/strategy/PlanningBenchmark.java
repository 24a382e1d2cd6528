package io.drillbook.strategy;

import java.util.Arrays;
import java.util.Locale;

import io.drillbook.topology.GeneratedEstate;
import io.drillbook.topology.Topology;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long planning takes for large environments. Prints figures; asserts only that every
 * unit was planned.
 */
@Tag("benchmark")
class PlanningBenchmark {

	private static final int WARM_UPS = 10;

	private static final int RUNS = 7;

	@Test
	void plansFiveAndTenThousandComponents() {
		Topology smaller = GeneratedEstate.of(5_000);
		Topology larger = GeneratedEstate.of(10_000);
		// Both sizes warm the JIT before either is measured, so neither profits from the
		// other.
		for (int i = 0; i < WARM_UPS; i++) {
			Planner.plan(smaller, Policy.defaults());
			Planner.plan(larger, Policy.defaults());
		}
		long five = measure(smaller, 5_000);
		long ten = measure(larger, 10_000);
		System.out.printf(Locale.ROOT, "planning: 10,000 components take %.2f times as long as 5,000%n",
				(double) ten / five);
	}

	private static long measure(Topology topology, int components) {
		Policy policy = Policy.defaults();
		long[] micros = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			Plan plan = Planner.plan(topology, policy);
			micros[i] = (System.nanoTime() - start) / 1_000;
			assertThat(plan.units()).isNotEmpty();
		}
		Arrays.sort(micros);
		long median = micros[RUNS / 2];
		System.out.printf(Locale.ROOT, "planning %,d components: median %d ms, min %d ms, max %d ms (%d runs)%n",
				components, median / 1000, micros[0] / 1000, micros[RUNS - 1] / 1000, RUNS);
		return median;
	}

}
