package io.drillbook.strategy;

import java.time.Duration;
import java.util.stream.Stream;

import io.drillbook.topology.Topologies;
import io.drillbook.topology.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.drillbook.topology.Topologies.virtualCenterEstate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class UnitObjectiveTests {

	static Stream<Arguments> cases() {
		return Stream.of(
				arguments("looser than its tier", virtualCenterEstate(), "vc",
						"RTO that counts: 4 h. The components ask 4 h, looser than the 1 h tier 1 asks in the policy: "
								+ "the objective written on a component counts"),
				arguments("as its tier asks", virtualCenterEstate(), "payroll",
						"RTO that counts: 4 h. The components ask 4 h, as tier 2 does in the policy."),
				arguments("stricter than its tier",
						virtualCenterEstate().replace("payroll",
								(c) -> c.withObjectives(c.tier(), Duration.ofHours(1), c.rpo())),
						"payroll", "RTO that counts: 1 h. The components ask 1 h, stricter than the 4 h tier 2 asks"),
				arguments("relaxed by a grace period", virtualCenterEstate().withoutColocation(), "license",
						"A grace period longer than that relaxes it to 14 d (R14)."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theUnitsPageSaysWhichRtoCountsAndWhy(String name, Topologies estate, String unit, String expected) {
		Topology topology = estate.build();
		UnitPlan plan = Planner.plan(topology, Policy.defaults()).unitOf(unit).orElseThrow();

		assertThat(UnitObjective.of(plan, topology, Policy.defaults()).explanation()).contains(expected);
	}

}
