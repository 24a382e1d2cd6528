package io.drillbook.strategy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.EnvironmentSnapshot;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Topology;
import io.drillbook.topology.impact.ElementType;
import io.drillbook.topology.impact.FailurePoint;
import io.drillbook.topology.impact.ImpactAnalysis;
import io.drillbook.topology.impact.ImpactOutcome;
import org.junit.jupiter.api.Test;

import static io.drillbook.topology.Topologies.virtualCenterEstate;
import static org.assertj.core.api.Assertions.assertThat;

class WhatIfTests {

	private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

	private static List<WhatIf.UnitRecovery> whatIf(Topology topology, ElementType type, String key,
			Map<String, ProtectionPlan.Choice> overrides) {
		EnvironmentSnapshot snapshot = new EnvironmentSnapshot(new EnvironmentKey("what-if"), "What if", "", topology,
				"", 1, NOW, "ari");
		ProtectionPlan protection = new ProtectionPlan(snapshot, 1, Policy.defaults(),
				Planner.plan(topology, Policy.defaults()), overrides);
		return WhatIf.of(ImpactAnalysis.whatIf(topology, new FailurePoint(type, key), NOW), protection, topology);
	}

	private static WhatIf.UnitRecovery unit(List<WhatIf.UnitRecovery> recoveries, String key) {
		return recoveries.stream().filter((r) -> r.unit().key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void losingTheSiteIsAnsweredByEachUnitsSiteRecoveryAndWhatHasNoneIsLost() {
		Topology topology = virtualCenterEstate().build();
		List<WhatIf.UnitRecovery> recoveries = whatIf(topology, ElementType.SITE, "hq", Map.of());

		WhatIf.UnitRecovery vc = unit(recoveries, "vc");
		assertThat(vc.failure()).isEqualTo(FailureMode.SITE_FAILURE);
		assertThat(vc.outcome()).isEqualTo(ImpactOutcome.FAILS_AT_ONCE);
		UnitPlan vcPlan = Planner.plan(topology, Policy.defaults()).unitOf("vc").orElseThrow();
		assertThat(vc.strategy()).isEqualTo(vcPlan.site().recommended());
		assertThat(vc.recoverable()).isEqualTo(vcPlan.site().recommended().isPresent());

		// Payroll need only survive a host's failure: nothing recovers it elsewhere.
		WhatIf.UnitRecovery payroll = unit(recoveries, "payroll");
		assertThat(payroll.recoverable()).isFalse();
		assertThat(payroll.strategy()).isEmpty();
		assertThat(payroll.gaps()).singleElement()
			.satisfies((g) -> assertThat(g.text()).contains("no strategy in force that covers site-failure"));
		assertThat(recoveries).extracting(WhatIf.UnitRecovery::outcome).doesNotContain(ImpactOutcome.KEEPS_RUNNING);
	}

	@Test
	void aHostsFailureIsHaWorkAndTheUnitRunsAgainOnAnotherHostOfItsCluster() {
		Topology topology = virtualCenterEstate().build();
		List<WhatIf.UnitRecovery> recoveries = whatIf(topology, ElementType.HOST, "esx02", Map.of());

		WhatIf.UnitRecovery payroll = unit(recoveries, "payroll");
		assertThat(payroll.failure()).isEqualTo(FailureMode.HOST_FAILURE);
		assertThat(payroll.outcome()).isEqualTo(ImpactOutcome.RESTARTED_BY_HA);
		assertThat(payroll.recoverable()).isTrue();
		assertThat(payroll.strategy()).contains(Strategy.HYPERVISOR_HA);
		assertThat(payroll.where()).isEqualTo("another host of cluster prod");
		assertThat(recoveries).extracting((r) -> r.unit().key()).doesNotContain("vc");
	}

	@Test
	void anArchitectsChoiceIsWhatTheAnswerFollows() {
		Topology topology = virtualCenterEstate().replace("vc", (c) -> c.withStandby(Optional.of("standby01"), false))
			.build();
		List<WhatIf.UnitRecovery> recoveries = whatIf(topology, ElementType.SITE, "hq",
				Map.of("vc/SITE", new ProtectionPlan.Choice(Strategy.COLD_STANDBY, Optional.of("Budget."))));

		WhatIf.UnitRecovery vc = unit(recoveries, "vc");
		assertThat(vc.strategy()).contains(Strategy.COLD_STANDBY);
		assertThat(vc.overridden()).isTrue();
		assertThat(vc.recoverable()).isTrue();
		assertThat(vc.where()).isEqualTo(topology.host("standby01").orElseThrow().name());
		assertThat(vc.expected()).isPresent();
	}

}
