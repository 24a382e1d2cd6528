package io.drillbook.topology.impact;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import io.drillbook.topology.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.drillbook.topology.impact.ImpactOutcome.FAILS_AFTER_GRACE;
import static io.drillbook.topology.impact.ImpactOutcome.FAILS_AT_ONCE;
import static io.drillbook.topology.impact.ImpactOutcome.KEEPS_RUNNING;
import static io.drillbook.topology.impact.ImpactOutcome.RESTARTED_BY_HA;
import static io.drillbook.topology.Topologies.virtualCenterEstate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ImpactAnalysisTests {

	private static final Instant FAILED_AT = Instant.parse("2026-03-01T03:00:00Z");

	static Stream<Arguments> cases() {
		return Stream.of(
				arguments("the VirtualCenter server fails", virtualCenterEstate().build(),
						new FailurePoint(ElementType.COMPONENT, "vc"),
						Map.ofEntries(Map.entry("vc", FAILS_AT_ONCE), Map.entry("vmotion", FAILS_AT_ONCE),
								Map.entry("drs", FAILS_AT_ONCE), Map.entry("webaccess", FAILS_AT_ONCE),
								Map.entry("ha", KEEPS_RUNNING), Map.entry("payroll", KEEPS_RUNNING),
								Map.entry("license", KEEPS_RUNNING), Map.entry("vcdb", KEEPS_RUNNING),
								Map.entry("esx01", KEEPS_RUNNING), Map.entry("esx02", KEEPS_RUNNING),
								Map.entry("esx03", KEEPS_RUNNING))),
				arguments("the VirtualCenter server fails, its capabilities' dependencies not written",
						virtualCenterEstate().build().withoutDependency("vmotion", "vc").withoutDependency("drs", "vc"),
						new FailurePoint(ElementType.COMPONENT, "vc"),
						Map.of("vmotion", FAILS_AT_ONCE, "drs", FAILS_AT_ONCE, "ha", KEEPS_RUNNING, "payroll",
								KEEPS_RUNNING)),
				arguments("the license server fails", virtualCenterEstate().build(),
						new FailurePoint(ElementType.COMPONENT, "license"),
						Map.of("license", FAILS_AT_ONCE, "vc", FAILS_AFTER_GRACE, "vmotion", FAILS_AFTER_GRACE, "drs",
								FAILS_AFTER_GRACE, "webaccess", FAILS_AFTER_GRACE, "ha", KEEPS_RUNNING, "payroll",
								KEEPS_RUNNING, "vcdb", KEEPS_RUNNING)),
				arguments("the database fails", virtualCenterEstate().build(),
						new FailurePoint(ElementType.COMPONENT, "vcdb"),
						Map.of("vcdb", FAILS_AT_ONCE, "vc", FAILS_AT_ONCE, "vmotion", FAILS_AT_ONCE, "license",
								KEEPS_RUNNING, "ha", KEEPS_RUNNING)),
				arguments("the host running the VirtualCenter VM fails, HA restarts it", virtualCenterEstate().build(),
						new FailurePoint(ElementType.HOST, "esx01"),
						Map.of("esx01", FAILS_AT_ONCE, "esx02", KEEPS_RUNNING, "vc", RESTARTED_BY_HA, "license",
								RESTARTED_BY_HA, "webaccess", RESTARTED_BY_HA, "vmotion", KEEPS_RUNNING, "payroll",
								KEEPS_RUNNING, "ha", KEEPS_RUNNING)),
				arguments("the same host fails in a cluster without HA",
						virtualCenterEstate().replaceCluster("prod", false).build(),
						new FailurePoint(ElementType.HOST, "esx01"),
						Map.of("vc", FAILS_AT_ONCE, "license", FAILS_AT_ONCE, "vmotion", FAILS_AT_ONCE, "drs",
								FAILS_AT_ONCE, "payroll", KEEPS_RUNNING)),
				arguments("the physical database server fails", virtualCenterEstate().build(),
						new FailurePoint(ElementType.HOST, "dbsrv01"),
						Map.of("dbsrv01", FAILS_AT_ONCE, "vcdb", FAILS_AT_ONCE, "vc", FAILS_AT_ONCE, "drs",
								FAILS_AT_ONCE, "payroll", KEEPS_RUNNING)),
				arguments("the whole cluster fails", virtualCenterEstate().build(),
						new FailurePoint(ElementType.CLUSTER, "prod"),
						Map.of("esx01", FAILS_AT_ONCE, "esx03", FAILS_AT_ONCE, "vc", FAILS_AT_ONCE, "ha", FAILS_AT_ONCE,
								"payroll", FAILS_AT_ONCE, "vcdb", KEEPS_RUNNING, "dbsrv01", KEEPS_RUNNING)),
				arguments("the primary site fails", virtualCenterEstate().build(),
						new FailurePoint(ElementType.SITE, "hq"),
						Map.of("dbsrv01", FAILS_AT_ONCE, "esx02", FAILS_AT_ONCE, "vcdb", FAILS_AT_ONCE, "license",
								FAILS_AT_ONCE, "payroll", FAILS_AT_ONCE, "standby01", KEEPS_RUNNING)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void outcomes(String scenario, Topology topology, FailurePoint failure, Map<String, ImpactOutcome> expected) {
		Impact impact = ImpactAnalysis.whatIf(topology, failure, FAILED_AT);

		expected.forEach((key, outcome) -> assertThat(outcomeOf(impact, key)).as(key).isEqualTo(outcome));
		assertThat(impact.effects()).hasSize(topology.hosts().size() + topology.components().size());
	}

	@Test
	void whenTheVirtualCenterServerFailsVMotionAndDrsAreUnavailableButVmsHostsAndHaKeepRunning() {
		Impact impact = ImpactAnalysis.whatIf(virtualCenterEstate().build(),
				new FailurePoint(ElementType.COMPONENT, "vc"), FAILED_AT);

		assertThat(impact.failsAtOnce()).extracting(ElementImpact::key).contains("vmotion", "drs");
		assertThat(impact.keepsRunning()).extracting(ElementImpact::key)
			.contains("ha", "payroll", "esx01", "esx02", "esx03")
			.doesNotContain("vmotion", "drs");
		ElementImpact vmotion = effect(impact, "vmotion");
		assertThat(vmotion.path()).containsExactly("VirtualCenter Server", "VMotion");
		assertThat(vmotion.reason()).isEqualTo("VMotion needs VirtualCenter Server (hard dependency)");
		assertThat(effect(impact, "ha").reason()).contains("needs only the hosts of cluster prod");
	}

	@Test
	void whenTheLicenseServerFailsNothingStopsFor14Days() {
		Impact impact = ImpactAnalysis.whatIf(virtualCenterEstate().build(),
				new FailurePoint(ElementType.COMPONENT, "license"), FAILED_AT);

		assertThat(impact.failsAtOnce()).extracting(ElementImpact::key).containsExactly("license");
		assertThat(impact.failsAfterGrace()).isNotEmpty().allSatisfy((effect) -> {
			assertThat(effect.after()).contains(Duration.ofDays(14));
			assertThat(effect.deadline()).contains(Instant.parse("2026-03-15T03:00:00Z"));
		});
		assertThat(effect(impact, "vc").path()).containsExactly("License Server", "VirtualCenter Server");
		assertThat(effect(impact, "vmotion").path()).containsExactly("License Server", "VirtualCenter Server",
				"VMotion");
		assertThat(effect(impact, "vc").reason()).contains("keeps working for 14 d");
	}

	@Test
	void theEarliestPathDecides() {
		Topology topology = virtualCenterEstate().hard("webaccess", "license").build();

		Impact impact = ImpactAnalysis.whatIf(topology, new FailurePoint(ElementType.COMPONENT, "license"), FAILED_AT);

		assertThat(effect(impact, "webaccess").outcome()).isEqualTo(FAILS_AT_ONCE);
		assertThat(effect(impact, "vc").outcome()).isEqualTo(FAILS_AFTER_GRACE);
	}

	@Test
	void anUnknownElementIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ImpactAnalysis.whatIf(virtualCenterEstate().build(),
					new FailurePoint(ElementType.HOST, "nowhere"), FAILED_AT))
			.withMessage("No host 'nowhere'");
	}

	private static ImpactOutcome outcomeOf(Impact impact, String key) {
		return effect(impact, key).outcome();
	}

	private static ElementImpact effect(Impact impact, String key) {
		return impact.effects().stream().filter((e) -> e.key().equals(key)).findFirst().orElseThrow();
	}

}
