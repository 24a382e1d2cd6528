package io.drillbook.strategy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.drillbook.topology.EnvironmentSnapshot;
import io.drillbook.topology.SampleTopologies;
import io.drillbook.topology.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuredRecoveryTests {

	@ParameterizedTest(name = "{0} gives median {1} min, worst {2} min")
	@CsvSource(delimiter = '|', textBlock = """
			30                | 30  | 30
			30, 90            | 60  | 90
			180, 60, 200      | 180 | 200
			10, 400, 20, 30   | 25  | 400
			""")
	void medianAndWorst(String minutes, long median, long worst) {
		List<Long> values = Arrays.stream(minutes.split(",")).map(String::strip).map(Long::valueOf).toList();

		MeasuredRecovery measured = MeasuredRecovery.of(Strategy.WARM_STANDBY, Tier.of(1), values,
				Optional.of(Duration.ofHours(1)));

		assertThat(measured.median()).isEqualTo(Duration.ofMinutes(median));
		assertThat(measured.worst()).isEqualTo(Duration.ofMinutes(worst));
		assertThat(measured.beatsTheEstimate()).isEqualTo(median > 60);
	}

	@ParameterizedTest(name = "warm standby measured {0} min against the 4 h RTO of vc: flagged {1}")
	@CsvSource(textBlock = """
			180, false
			240, false
			241, true
			600, true
			""")
	void aPlanIsFlaggedWhenDrillsTookLongerThanTheRtoTheEstimateMet(long median, boolean flagged) {
		ProtectionPlan plan = planned();
		MeasuredRecovery measured = MeasuredRecovery.of(Strategy.WARM_STANDBY, Tier.of(1), List.of(median),
				Optional.of(Duration.ofHours(1)));

		Map<String, MeasuredRecovery> contradicted = Measurements.contradicted(plan, List.of(measured));

		assertThat(contradicted.containsKey("vc/SITE")).isEqualTo(flagged);
		assertThat(contradicted).doesNotContainKey("payroll/LOCAL");
	}

	@Test
	void measurementsOfAnotherTierOrStrategyDoNotCount() {
		ProtectionPlan plan = planned();
		List<MeasuredRecovery> measured = List.of(
				MeasuredRecovery.of(Strategy.WARM_STANDBY, Tier.of(3), List.of(900L), Optional.of(Duration.ofHours(1))),
				MeasuredRecovery.of(Strategy.COLD_STANDBY, Tier.of(1), List.of(900L),
						Optional.of(Duration.ofHours(6))));

		assertThat(Measurements.contradicted(plan, measured)).isEmpty();
	}

	private static ProtectionPlan planned() {
		EnvironmentSnapshot snapshot = SampleTopologies.read("virtualcenter.yaml");
		Policy policy = Policy.defaults();
		return new ProtectionPlan(snapshot, 1, policy, Planner.plan(snapshot.topology(), policy), Map.of());
	}

}
