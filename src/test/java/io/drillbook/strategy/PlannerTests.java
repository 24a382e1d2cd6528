package io.drillbook.strategy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import io.drillbook.topology.Cluster;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Host;
import io.drillbook.topology.HostKind;
import io.drillbook.topology.Placement;
import io.drillbook.topology.Site;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Topology;
import io.drillbook.topology.TopologyRules;
import io.drillbook.topology.Tier;
import org.junit.jupiter.api.Test;

import static io.drillbook.topology.Topologies.virtualCenterEstate;
import static org.assertj.core.api.Assertions.assertThat;

class PlannerTests {

	private static final Set<FailureMode> ALL_LOCAL = Set.of(FailureMode.HOST_FAILURE, FailureMode.OS_FAILURE,
			FailureMode.APPLICATION_FAILURE);

	@Test
	void aVirtualVirtualCenterOnTheClusterItManagesIsProtectedByHaInBand() {
		UnitPlan vc = plan(virtualCenterEstate().build(), "vc");

		assertThat(vc.components()).containsExactly("vc", "license", "webaccess");
		assertThat(vc.local().recommended()).contains(Strategy.HA_IN_BAND);
		assertThat(vc.local().why()).extracting(Reason::ruleId).contains("R1", "R5");
	}

	@Test
	void anOrdinaryVmInAnHaClusterIsProtectedByHypervisorHaNeitherInBandNorOutOfBand() {
		UnitPlan payroll = plan(virtualCenterEstate().build(), "payroll");

		assertThat(payroll.local().recommended()).contains(Strategy.HYPERVISOR_HA);
		assertThat(payroll.local().assessment(Strategy.HA_IN_BAND).orElseThrow().eligible()).isFalse();
		assertThat(payroll.local().assessment(Strategy.HA_OUT_OF_BAND).orElseThrow().eligible()).isFalse();
		assertThat(payroll.local().why()).extracting(Reason::ruleId).contains("R1", "R18");
	}

	@Test
	void aVirtualCenterOnAClusterAnotherInstanceManagesIsProtectedOutOfBand() {
		Topology topology = virtualCenterEstate()
			.add(new Cluster("mgmt", "Management", "hq", true, false, true, Optional.of("vc")))
			.add(new Cluster("prod", "Prod", "hq", true, true, true, Optional.of("vc2")))
			.add(new Host("esx21", "esx21", "hq", Optional.of("mgmt"), HostKind.HYPERVISOR))
			.add(new Host("esx22", "esx22", "hq", Optional.of("mgmt"), HostKind.HYPERVISOR))
			.add(Component.of("vc2", "Second VirtualCenter", ComponentKind.MANAGEMENT_SERVER, Placement.vm("mgmt"))
				.withObjectives(Tier.of(1), Duration.ofHours(4), Duration.ofHours(1))
				.withMustSurvive(Set.of(FailureMode.HOST_FAILURE)))
			.build();

		assertThat(plan(topology, "vc").local().recommended()).contains(Strategy.HA_OUT_OF_BAND);
		assertThat(plan(topology, "vc2").local().recommended()).contains(Strategy.HA_OUT_OF_BAND);
		assertThat(plan(topology, "vc").local().assessment(Strategy.HA_IN_BAND).orElseThrow().eligible()).isFalse();
	}

	@Test
	void aPhysicalVirtualCenterThatMustSurviveApplicationFailureGetsAFailoverCluster() {
		Topology topology = virtualCenterEstate().withoutColocation()
			.add(new Host("dbsrv03", "dbsrv03.hq.example.net", "hq", Optional.empty(), HostKind.PHYSICAL))
			.replace("vc", (c) -> c.withPlacement(Placement.physical("dbsrv02"), Set.of()).withMustSurvive(ALL_LOCAL))
			.build();

		UnitPlan vc = plan(topology, "vc");

		assertThat(vc.local().assessment(Strategy.HA_IN_BAND).orElseThrow().eligible()).isFalse();
		assertThat(vc.local().recommended()).contains(Strategy.FAILOVER_CLUSTER);
		assertThat(vc.local().why()).extracting(Reason::ruleId).contains("R10");
	}

	@Test
	void aPhysicalServerWithoutASecondNodeThatMustSurviveOsFailureIsAGap() {
		Topology topology = virtualCenterEstate().withoutColocation()
			.withoutHost("dbsrv02")
			.replace("vc", (c) -> c.withPlacement(Placement.physical("dbsrv01"), Set.of()).withMustSurvive(ALL_LOCAL))
			.build();

		UnitPlan vc = plan(topology, "vc");

		assertThat(vc.local().recommended()).isEmpty();
		assertThat(vc.local().gaps()).extracting(Reason::ruleId).contains("plan", "R1", "R9");
		assertThat(Planner.plan(topology, Policy.defaults()).gaps()).extracting(UnitPlan::key).contains("vc");
	}

	@Test
	void aVirtualCenterBelow202Patch2CannotUseAFailoverCluster() {
		Topology topology = virtualCenterEstate()
			.replace("vc", (c) -> c.withRelease(c.product(), "2.0.1", "patch 2").withMustSurvive(ALL_LOCAL))
			.build();

		UnitPlan vc = plan(topology, "vc");

		assertThat(vc.local().assessment(Strategy.FAILOVER_CLUSTER).orElseThrow().eligible()).isFalse();
		assertThat(vc.local().recommended()).isEmpty();
		assertThat(vc.local().gaps()).extracting(Reason::ruleId).contains("R7", "plan");
	}

	@Test
	void theDatabaseServerBesideAPhysicalManagementServerIsNoSecondNode() {
		Topology topology = virtualCenterEstate().withoutColocation()
			.replace("vc", (c) -> c.withPlacement(Placement.physical("dbsrv02"), Set.of()).withMustSurvive(ALL_LOCAL))
			.build();

		Assessment cluster = plan(topology, "vc").local().assessment(Strategy.FAILOVER_CLUSTER).orElseThrow();

		assertThat(cluster.eligible()).isFalse();
		assertThat(cluster.reasons())
			.anySatisfy((r) -> assertThat(r.text()).contains("for a second node, other than its own"));
	}

	@Test
	void withoutADeclaredFailoverClusterThePlanSaysWhatToBuildAndCountsOnNoSiteSurvival() {
		Assessment cluster = plan(virtualCenterEstate().build(), "vcdb").local()
			.assessment(Strategy.FAILOVER_CLUSTER)
			.orElseThrow();

		assertThat(cluster.covers()).doesNotContain(FailureMode.SITE_FAILURE);
		assertThat(cluster.warnings()).filteredOn((r) -> r.ruleId().equals("R11"))
			.singleElement()
			.satisfies((r) -> assertThat(r.text()).contains("No failover cluster is declared",
					"a second node on dbsrv02.example.net", "witness share at a third location"));
	}

	@Test
	void aLicenseServerWithATightRtoFollowsItsGracePeriod() {
		Topology topology = virtualCenterEstate().withoutColocation()
			.replace("license",
					(c) -> rto(c.withPlacement(Placement.physical("dbsrv02"), Set.of()), Duration.ofHours(1)))
			.build();

		UnitPlan license = plan(topology, "license");

		assertThat(license.effectiveRto()).isEqualTo(Duration.ofDays(14));
		assertThat(license.notes()).extracting(Reason::ruleId).contains("R14");
	}

	@Test
	void siteRecoveryPicksColdStandbyWhenItMeetsTheRtoAndWarmOtherwise() {
		Topology slow = virtualCenterEstate()
			.replace("vc", (c) -> rto(c.withMustSurvive(Set.of(FailureMode.SITE_FAILURE)), Duration.ofHours(12)))
			.build();
		Topology tight = virtualCenterEstate()
			.replace("vc", (c) -> rto(c.withMustSurvive(Set.of(FailureMode.SITE_FAILURE)), Duration.ofHours(2)))
			.build();
		Topology tighter = virtualCenterEstate()
			.replace("vc", (c) -> rto(c.withMustSurvive(Set.of(FailureMode.SITE_FAILURE)), Duration.ofMinutes(30)))
			.build();

		assertThat(plan(slow, "vc").site().recommended()).contains(Strategy.COLD_STANDBY);
		assertThat(plan(tight, "vc").site().recommended()).contains(Strategy.WARM_STANDBY);
		assertThat(plan(tighter, "vc").site().recommended()).isEmpty();
		assertThat(plan(tighter, "vc").site().gaps()).isNotEmpty();
	}

	@Test
	void withoutARecoverySiteTheGapSaysSoOnceAndRuledOutStandbysCarryNoRequirements() {
		Topology oneSite = virtualCenterEstate().withoutSite("dr")
			.replace("vc",
					(c) -> c.withMustSurvive(Set.of(FailureMode.SITE_FAILURE)).withStandby(Optional.empty(), false))
			.build();

		Decision site = plan(oneSite, "vc").site();
		assertThat(site.recommended()).isEmpty();
		assertThat(site.gaps()).extracting(Reason::text)
			.filteredOn((text) -> text.contains("no recovery site"))
			.hasSize(1);
		assertThat(site.gaps()).doesNotHaveDuplicates();
		assertThat(site.assessments()).filteredOn((a) -> !a.eligible()).isNotEmpty().allSatisfy((a) -> {
			assertThat(a.warnings()).as("warnings of %s", a.strategy()).isEmpty();
		});
		// A strategy that can be used keeps its requirements.
		assertThat(plan(
				virtualCenterEstate().replace("vc", (c) -> c.withMustSurvive(Set.of(FailureMode.SITE_FAILURE))).build(),
				"vc")
			.site()
			.assessment(Strategy.COLD_STANDBY)
			.orElseThrow()
			.warnings()).extracting(Reason::ruleId).contains("R16");
	}

	@Test
	void theDatabaseUsesItsOwnClustering() {
		assertThat(plan(virtualCenterEstate().build(), "vcdb").local().recommended())
			.contains(Strategy.DATABASE_CLUSTERING);
	}

	@Test
	void capabilitiesGetNoPlanOfTheirOwn() {
		assertThat(Planner.plan(virtualCenterEstate().build(), Policy.defaults()).unitOf("vmotion")).isEmpty();
	}

	@Test
	void theSameInputGivesTheSamePlan() {
		Topology topology = virtualCenterEstate().build();
		assertThat(Planner.plan(topology, Policy.defaults())).isEqualTo(Planner.plan(topology, Policy.defaults()));
	}

	@Test
	void everyRecommendationIsEligibleCoversTheRequirementsAndCitesARuleOrTheUnitIsAGap() {
		Random random = new Random(20071120);
		for (int round = 0; round < 300; round++) {
			Topology topology = randomTopology(random);
			assertThat(TopologyRules.check(topology)).isEmpty();
			for (UnitPlan unit : Planner.plan(topology, Policy.defaults()).units()) {
				for (Decision decision : List.of(unit.local(), unit.site())) {
					if (!decision.required()) {
						assertThat(decision.recommended()).isEmpty();
						continue;
					}
					if (decision.recommended().isEmpty()) {
						assertThat(decision.gaps()).as(unit.key()).isNotEmpty();
						continue;
					}
					Assessment chosen = decision.assessment(decision.recommended().get()).orElseThrow();
					assertThat(chosen.eligible()).isTrue();
					assertThat(chosen.misses()).isEmpty();
					assertThat(chosen.covers()).containsAll(unit.mustSurvive()
						.stream()
						.filter((f) -> (decision.layer() == Layer.SITE) == (f == FailureMode.SITE_FAILURE))
						.toList());
					assertThat(decision.why()).anySatisfy((r) -> assertThat(r.ruleId()).matches("R\\d+"));
				}
			}
		}
	}

	private static UnitPlan plan(Topology topology, String component) {
		return Planner.plan(topology, Policy.defaults()).unitOf(component).orElseThrow();
	}

	private static Topology randomTopology(Random random) {
		List<Site> sites = new ArrayList<>(List.of(new Site("a", "A", SiteRole.PRIMARY)));
		if (random.nextBoolean()) {
			sites.add(new Site("b", "B", SiteRole.RECOVERY));
		}
		List<Cluster> clusters = new ArrayList<>();
		List<Host> hosts = new ArrayList<>();
		int clusterCount = 1 + random.nextInt(3);
		for (int c = 0; c < clusterCount; c++) {
			String site = sites.get(random.nextInt(sites.size())).key();
			clusters.add(new Cluster("c" + c, "C" + c, site, random.nextBoolean(), random.nextBoolean(),
					random.nextBoolean(), Optional.empty()));
			for (int h = 0; h <= random.nextInt(3); h++) {
				hosts.add(new Host("c" + c + "h" + h, "h", site, Optional.of("c" + c), HostKind.HYPERVISOR));
			}
		}
		int physical = 1 + random.nextInt(3);
		for (int p = 0; p < physical; p++) {
			hosts.add(new Host("p" + p, "p", sites.get(random.nextInt(sites.size())).key(), Optional.empty(),
					HostKind.PHYSICAL));
		}
		List<Component> components = new ArrayList<>();
		List<Dependency> dependencies = new ArrayList<>();
		ComponentKind[] kinds = { ComponentKind.MANAGEMENT_SERVER, ComponentKind.LICENSE_SERVER,
				ComponentKind.WEB_ACCESS, ComponentKind.DATABASE, ComponentKind.APPLICATION };
		FailureMode[] failures = FailureMode.values();
		int count = 1 + random.nextInt(12);
		for (int i = 0; i < count; i++) {
			ComponentKind kind = kinds[random.nextInt(kinds.length)];
			Placement placement = random.nextBoolean() ? Placement.vm("c" + random.nextInt(clusterCount))
					: Placement.physical("p" + random.nextInt(physical));
			Set<FailureMode> mustSurvive = new java.util.HashSet<>();
			for (FailureMode failure : failures) {
				if (random.nextInt(3) == 0) {
					mustSurvive.add(failure);
				}
			}
			components.add(Component.of("k" + i, "Component " + i, kind, placement)
				.withRelease("VirtualCenter", random.nextBoolean() ? "2.0.2" : "2.0.1", "patch " + random.nextInt(4))
				.withObjectives(Tier.of(1 + random.nextInt(4)), Duration.ofMinutes(30L * (1 + random.nextInt(48))),
						Duration.ofHours(1))
				.withMustSurvive(mustSurvive)
				.withStandby(Optional.empty(), random.nextBoolean()));
			if (i > 0 && random.nextBoolean()) {
				int target = random.nextInt(i);
				dependencies.add(random.nextBoolean() ? Dependency.hard("k" + i, "k" + target)
						: Dependency.withGrace("k" + i, "k" + target, Duration.ofDays(1 + random.nextInt(14))));
			}
		}
		return new Topology(sites, clusters, hosts, components, dependencies);
	}

	private static Component rto(Component component, Duration rto) {
		return component.withObjectives(component.tier(), rto, component.rpo());
	}

}
