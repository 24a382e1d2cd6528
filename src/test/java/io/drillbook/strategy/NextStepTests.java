package io.drillbook.strategy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.drillbook.strategy.NextStep.Kind;
import io.drillbook.topology.Cluster;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.drillbook.topology.Topologies.virtualCenterEstate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class NextStepTests {

	static Stream<Arguments> estates() {
		UnaryOperator<Topology> noDependencies = (t) -> new Topology(t.sites(), t.clusters(), t.hosts(), t.components(),
				List.of(), t.failoverClusters());
		return Stream.of(arguments("the reference estate", virtualCenterEstate().build(), List.of(Kind.RUNBOOKS)),
				arguments("a component with objectives pending",
						virtualCenterEstate().replace("payroll", (c) -> c.withObjectivesPending()).build(),
						List.of(Kind.OBJECTIVES)),
				arguments("no recovery site for a unit that must survive a site's loss", virtualCenterEstate()
					.withoutSite("dr")
					.replace("payroll",
							(c) -> c.withMustSurvive(Set.of(FailureMode.HOST_FAILURE, FailureMode.SITE_FAILURE)))
					.build(), List.of(Kind.RECOVERY_SITE, Kind.GAPS)),
				arguments("HA without admission control",
						virtualCenterEstate()
							.add(new Cluster("prod", "Prod", "hq", true, true, true, Optional.of("vc"), false))
							.build(),
						List.of(Kind.ADMISSION_CONTROL)),
				arguments("no dependency at all", noDependencies.apply(virtualCenterEstate().build()),
						List.of(Kind.DEPENDENCIES)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("estates")
	void saysWhatIsLeftInTheOrderItIsBestDone(String scenario, Topology topology, List<Kind> expected) {
		Plan plan = Planner.plan(topology, Policy.defaults());

		assertThat(NextStep.of(topology, plan)).extracting(NextStep::kind).containsExactlyElementsOf(expected);
	}

}
