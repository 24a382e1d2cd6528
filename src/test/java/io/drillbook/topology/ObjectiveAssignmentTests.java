package io.drillbook.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.drillbook.topology.ComponentSelection.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ObjectiveAssignmentTests {

	private static final Component LEDGER = vm("ledger01", "SQL Ledger 01", "/Production/Finance", "Gold",
			"General ledger\nowner: finance", Map.of("Criticality", "High", "Owner", "Finance"))
		.withObjectivesPending();

	private static final Component TEST_WEB = vm("web-t1", "web-t1", "/Test", "", "", Map.of()).withObjectivesPending();

	private static final Component DECIDED = vm("payroll", "Payroll", "/Production/HR", "Gold", "", Map.of())
		.withTier(Tier.of(1));

	static Stream<Arguments> selections() {
		return Stream.of(arguments(Field.NAME, "", "*sql*", false, List.of("ledger01")),
				arguments(Field.NAME, "", "web-t?", false, List.of("web-t1")),
				arguments(Field.NAME, "", "web", false, List.of()),
				arguments(Field.FOLDER, "", "/Production/*", false, List.of("ledger01", "payroll")),
				arguments(Field.FOLDER, "", "/Production/*", true, List.of("ledger01")),
				arguments(Field.FOLDER, "", "/production/finance", false, List.of("ledger01")),
				arguments(Field.RESOURCE_POOL, "", "gold", false, List.of("ledger01", "payroll")),
				arguments(Field.RESOURCE_POOL, "", "*", false, List.of("ledger01", "payroll")),
				arguments(Field.NOTES, "", "*owner: finance*", false, List.of("ledger01")),
				arguments(Field.ATTRIBUTE, "criticality", "high", false, List.of("ledger01")),
				arguments(Field.ATTRIBUTE, "Owner", "HR", false, List.of()),
				arguments(Field.ATTRIBUTE, "Cost centre", "*", false, List.of()),
				arguments(Field.NAME, "", "(.*)", false, List.of()),
				arguments(Field.TIER, "", "1", false, List.of("payroll")),
				arguments(Field.TIER, "", "3", true, List.of("ledger01", "web-t1")));
	}

	@ParameterizedTest(name = "{0} {1} {2}, pending only {3}")
	@MethodSource("selections")
	void aSelectionReachesWhatItsPatternMatchesAsAWholeIgnoringCase(Field field, String attribute, String pattern,
			boolean pendingOnly, List<String> reached) {
		ComponentSelection selection = new ComponentSelection(field, attribute, pattern, pendingOnly);

		assertThat(Stream.of(LEDGER, TEST_WEB, DECIDED).filter(selection::matches).map(Component::key))
			.containsExactlyInAnyOrderElementsOf(reached);
	}

	@Test
	void anAssignmentDecidesTheObjectivesOfWhatItReachesAndLeavesTheRest() {
		Topology topology = new Topology(List.of(new Site("hq", "HQ", SiteRole.PRIMARY)),
				List.of(new Cluster("prod", "Prod", "hq", true, true, true, Optional.empty())), List.of(),
				List.of(LEDGER, TEST_WEB, DECIDED), List.of());
		ObjectiveAssignment assignment = new ObjectiveAssignment(
				new ComponentSelection(Field.FOLDER, "", "/Production/*", true), Tier.of(1), Duration.ofHours(1),
				Duration.ofMinutes(15), Set.of(FailureMode.HOST_FAILURE, FailureMode.SITE_FAILURE));

		Topology assigned = assignment.applyTo(topology);

		Component ledger = assigned.component("ledger01").orElseThrow();
		assertThat(ledger.tier()).isEqualTo(Tier.of(1));
		assertThat(ledger.rto()).isEqualTo(Duration.ofHours(1));
		assertThat(ledger.rpo()).isEqualTo(Duration.ofMinutes(15));
		assertThat(ledger.mustSurvive()).containsExactlyInAnyOrder(FailureMode.HOST_FAILURE, FailureMode.SITE_FAILURE);
		assertThat(ledger.objectivesPending()).isFalse();
		assertThat(ledger.vm()).isEqualTo(LEDGER.vm());
		assertThat(assigned.component("web-t1")).contains(TEST_WEB);
		assertThat(assigned.component("payroll")).contains(DECIDED);
		assertThat(assignment.reached(topology)).containsExactly(LEDGER);
		assertThat(assignment.selection().describe()).isEqualTo("folder matching '/Production/*', objectives pending");
	}

	private static Component vm(String key, String name, String folder, String pool, String notes,
			Map<String, String> attributes) {
		return Component.of(key, name, ComponentKind.APPLICATION, Placement.vm("prod"))
			.withVm(new VmFacts(RestartPriority.CLUSTER_DEFAULT, false, List.of(), List.of(),
					Optional.of(Instant.parse("2026-11-30T02:15:00Z")))
				.withFiling(folder, pool, notes, attributes));
	}

}
