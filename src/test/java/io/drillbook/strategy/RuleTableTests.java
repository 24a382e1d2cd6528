package io.drillbook.strategy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.drillbook.topology.Cluster;
import io.drillbook.topology.Component;
import io.drillbook.topology.FailoverCluster;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Host;
import io.drillbook.topology.HostKind;
import io.drillbook.topology.Placement;
import io.drillbook.topology.Quorum;
import io.drillbook.topology.RestartPriority;
import io.drillbook.topology.Site;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Topology;
import io.drillbook.topology.Tier;
import io.drillbook.topology.VmFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.drillbook.strategy.RuleTableTests.Expect.COVERS;
import static io.drillbook.strategy.RuleTableTests.Expect.ELIGIBLE;
import static io.drillbook.strategy.RuleTableTests.Expect.NOTE;
import static io.drillbook.strategy.RuleTableTests.Expect.RULED_OUT;
import static io.drillbook.strategy.RuleTableTests.Expect.WARNS;
import static io.drillbook.strategy.Strategy.COLD_STANDBY;
import static io.drillbook.strategy.Strategy.DATABASE_CLUSTERING;
import static io.drillbook.strategy.Strategy.FAILOVER_CLUSTER;
import static io.drillbook.strategy.Strategy.HA_IN_BAND;
import static io.drillbook.strategy.Strategy.HA_OUT_OF_BAND;
import static io.drillbook.strategy.Strategy.HYPERVISOR_HA;
import static io.drillbook.strategy.Strategy.WARM_STANDBY;
import static io.drillbook.topology.Topologies.virtualCenterEstate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One table for all rules: facts, the strategy concerned, what the rule must conclude,
 * and the rule id that must be cited.
 */
class RuleTableTests {

	enum Expect {

		ELIGIBLE, RULED_OUT, COVERS, WARNS, NOTE

	}

	private static final Set<FailureMode> ALL_LOCAL = Set.of(FailureMode.HOST_FAILURE, FailureMode.OS_FAILURE,
			FailureMode.APPLICATION_FAILURE);

	static Stream<Arguments> table() {
		return Stream
			.of(arguments("R1 a VM in an HA cluster may use HA", virtualCenterEstate().build(), "vc", HA_IN_BAND,
					ELIGIBLE, "R1", null),
					arguments("R1 a physical installation may not", virtualCenterEstate().build(), "vcdb", HA_IN_BAND,
							RULED_OUT, "R1", null),
					arguments("R1 a VM in a cluster without HA may not",
							virtualCenterEstate().add(
									new Cluster("prod", "Prod", "hq", false, true, true, Optional.of("vc")))
								.build(),
							"vc", HA_IN_BAND, RULED_OUT, "R1", null),
					arguments("R2 HA needs one OS instance", virtualCenterEstate().build(), "vc", HA_IN_BAND, ELIGIBLE,
							"R2", null),
					arguments("R3 HA covers host failure", virtualCenterEstate().build(), "vc", HA_IN_BAND, COVERS,
							"R3", FailureMode.HOST_FAILURE),
					arguments("R3 HA misses OS failure",
							virtualCenterEstate().replace("vc", (c) -> c.withMustSurvive(ALL_LOCAL)).build(), "vc",
							HA_IN_BAND, WARNS, "R3", FailureMode.OS_FAILURE),
					arguments("R4 HA depends on shared storage", virtualCenterEstate().build(), "vc", HA_IN_BAND, WARNS,
							"R4", null),
					arguments("R4 no shared storage rules HA out",
							virtualCenterEstate().add(
									new Cluster("prod", "Prod", "hq", true, true, false, Optional.of("vc")))
								.build(),
							"vc", HA_IN_BAND, RULED_OUT, "R4", null),
					arguments("R5 a management server on the cluster it manages", virtualCenterEstate().build(), "vc",
							HA_IN_BAND, ELIGIBLE, "R5", null),
					arguments("R5 in-band is only for management servers", virtualCenterEstate().build(), "payroll",
							HA_IN_BAND, RULED_OUT, "R5", null),
					arguments("R5 on a cluster another instance manages is not in-band", outOfBand(), "vc", HA_IN_BAND,
							RULED_OUT, "R5", null),
					arguments("R5 a cluster that names no manager cannot be in-band",
							virtualCenterEstate()
								.add(new Cluster("prod", "Cluster prod", "hq", true, true, true, Optional.empty()))
								.build(),
							"vc", HA_IN_BAND, RULED_OUT, "R5", null),
					arguments("R6 managing its own cluster is not out-of-band", virtualCenterEstate().build(), "vc",
							HA_OUT_OF_BAND, RULED_OUT, "R6", null),
					arguments("R6 out-of-band is only for management servers", outOfBand(), "payroll", HA_OUT_OF_BAND,
							RULED_OUT, "R6", null),
					arguments("R6 managed by another instance that it does not manage back", oneSidedOutOfBand(), "vc",
							HA_OUT_OF_BAND, WARNS, "R6", null),
					arguments("R6 a partner in another HA cluster, managed crosswise", outOfBand(), "vc",
							HA_OUT_OF_BAND, ELIGIBLE, "R6", null),
					arguments("R7 VirtualCenter 2.0.2 patch 2 may be clustered", virtualCenterEstate().build(), "vc",
							FAILOVER_CLUSTER, ELIGIBLE, "R7", null),
					arguments("R7 VirtualCenter 2.0.2 patch 1 may not",
							virtualCenterEstate().replace("vc", (c) -> c.withRelease(c.product(), "2.0.2", "patch 1"))
								.build(),
							"vc", FAILOVER_CLUSTER, RULED_OUT, "R7", null),
					arguments("R7 VirtualCenter 2.0.1 may not",
							virtualCenterEstate().replace("vc", (c) -> c.withRelease(c.product(), "2.0.1", "patch 9"))
								.build(),
							"vc", FAILOVER_CLUSTER, RULED_OUT, "R7", null),
					arguments("R7 VirtualCenter 2.5 may",
							virtualCenterEstate().replace("vc", (c) -> c.withRelease(c.product(), "2.5", "")).build(),
							"vc", FAILOVER_CLUSTER, ELIGIBLE, "R7", null),
					arguments("R8 virtual nodes lose DRS, VMotion and HA", virtualCenterEstate().build(), "vc",
							FAILOVER_CLUSTER, WARNS, "R8", null),
					arguments("R8 physical nodes are fine", virtualCenterEstate().build(), "vcdb", FAILOVER_CLUSTER,
							ELIGIBLE, "R8", null),
					arguments("R9 two OS instances and synchronised state files", virtualCenterEstate().build(), "vc",
							FAILOVER_CLUSTER, WARNS, "R9", null),
					arguments("R9 no second physical server rules it out",
							virtualCenterEstate().withoutHost("dbsrv02").build(), "vcdb", FAILOVER_CLUSTER, RULED_OUT,
							"R9", null),
					arguments("R10 a failover cluster covers OS failure", virtualCenterEstate().build(), "vc",
							FAILOVER_CLUSTER, COVERS, "R10", FailureMode.OS_FAILURE),
					arguments("R11 undeclared: says what to build", virtualCenterEstate().build(), "vc",
							FAILOVER_CLUSTER, WARNS, "R11", null),
					arguments("R11 two nodes across two sites without a witness",
							declared(Quorum.MAJORITY_NODE_SET, List.of("dbsrv01", "dbsrv11"), null), "vcdb",
							FAILOVER_CLUSTER, RULED_OUT, "R11", null),
					arguments("R11 two nodes at one site without a witness",
							declared(Quorum.MAJORITY_NODE_SET, List.of("dbsrv01", "dbsrv02"), null), "vcdb",
							FAILOVER_CLUSTER, RULED_OUT, "R11", null),
					arguments("R11 a witness at a third location survives a site loss",
							declared(Quorum.MAJORITY_NODE_SET, List.of("dbsrv01", "dbsrv11"), "branch"), "vcdb",
							FAILOVER_CLUSTER, COVERS, "R11", FailureMode.SITE_FAILURE),
					arguments("R11 a witness beside a node does not",
							declared(Quorum.MAJORITY_NODE_SET, List.of("dbsrv01", "dbsrv11"), "hq"), "vcdb",
							FAILOVER_CLUSTER, WARNS, "R11", null),
					arguments("R11 a witness at one site with both nodes",
							declared(Quorum.MAJORITY_NODE_SET, List.of("dbsrv01", "dbsrv02"), "hq"), "vcdb",
							FAILOVER_CLUSTER, ELIGIBLE, "R11", null),
					arguments("R11 three nodes without a witness keep a majority",
							declared(Quorum.MAJORITY_NODE_SET, List.of("dbsrv01", "dbsrv02", "dbsrv11"), null), "vcdb",
							FAILOVER_CLUSTER, ELIGIBLE, "R11", null),
					arguments("R11 a shared quorum disk cannot span sites",
							declared(Quorum.SHARED_DISK, List.of("dbsrv01", "dbsrv11"), null), "vcdb", FAILOVER_CLUSTER,
							RULED_OUT, "R11", null),
					arguments("R11 a shared quorum disk at one site",
							declared(Quorum.SHARED_DISK, List.of("dbsrv01", "dbsrv02"), null), "vcdb", FAILOVER_CLUSTER,
							WARNS, "R11", null),
					arguments("R9 a declared cluster names its nodes",
							declared(Quorum.MAJORITY_NODE_SET, List.of("dbsrv01", "dbsrv11"), "branch"), "vcdb",
							FAILOVER_CLUSTER, ELIGIBLE, "R9", null),
					arguments("R12 co-located components form one unit", virtualCenterEstate().build(), "license", null,
							NOTE, "R12", null),
					arguments("R13 databases use their own clustering", virtualCenterEstate().build(), "vcdb",
							DATABASE_CLUSTERING, COVERS, "R13", FailureMode.APPLICATION_FAILURE),
					arguments("R13 other components do not", virtualCenterEstate().build(), "vc", DATABASE_CLUSTERING,
							RULED_OUT, "R13", null),
					arguments("R14 a license server needed only with grace", separateLicenseServer(), "license", null,
							NOTE, "R14", null),
					arguments("R15 a standby covers site failure", virtualCenterEstate().build(), "vc", WARM_STANDBY,
							COVERS, "R15", FailureMode.SITE_FAILURE),
					arguments("R15 no recovery site, no standby", virtualCenterEstate().withoutSite("dr").build(), "vc",
							COLD_STANDBY, RULED_OUT, "R15", null),
					arguments("R16 reconnect scripts without IP takeover", virtualCenterEstate().build(), "vc",
							COLD_STANDBY, WARNS, "R16", null),
					arguments("R16 no scripts with IP takeover",
							virtualCenterEstate().replace("vc", (c) -> c.withStandby(c.standbyHost(), true)).build(),
							"vc", COLD_STANDBY, ELIGIBLE, "R16", null),
					arguments("R17 the management server's state files", virtualCenterEstate().build(), "vc", null,
							NOTE, "R17", null),
					arguments("R18 hypervisor HA protects an ordinary VM", virtualCenterEstate().build(), "payroll",
							HYPERVISOR_HA, ELIGIBLE, "R18", null),
					arguments("R18 a management server's HA is in-band or out-of-band", virtualCenterEstate().build(),
							"vc", HYPERVISOR_HA, RULED_OUT, "R18", null),
					arguments("R1 hypervisor HA needs HA on the cluster", virtualCenterEstate()
						.add(new Cluster("prod", "Cluster prod", "hq", false, true, true, Optional.of("vc")))
						.build(), "payroll", HYPERVISOR_HA, RULED_OUT, "R1", null),
					arguments("R17 missing state files are flagged",
							virtualCenterEstate().replace("vc", (c) -> c.withStateFiles(List.of())).build(), "vc", null,
							WARNS, "R17", null),
					arguments("R19 a VM whose restart priority is disabled is not restarted by HA",
							virtualCenterEstate().replace("payroll", (c) -> c.withVm(restart(RestartPriority.DISABLED)))
								.build(),
							"payroll", HYPERVISOR_HA, RULED_OUT, "R19", null),
					arguments("R19 a restart priority orders the restarts",
							virtualCenterEstate().replace("payroll", (c) -> c.withVm(restart(RestartPriority.HIGH)))
								.build(),
							"payroll", HYPERVISOR_HA, ELIGIBLE, "R19", null),
					arguments("R20 HA without admission control is a warning", virtualCenterEstate()
						.add(new Cluster("prod", "Prod", "hq", true, true, true, Optional.of("vc"), false))
						.build(), "payroll", HYPERVISOR_HA, WARNS, "R20", null),
					arguments("R20 also for in-band HA of the management server",
							virtualCenterEstate().add(new Cluster("prod", "Prod", "hq", true, true, true, Optional.of(
									"vc"), false))
								.build(),
							"vc", HA_IN_BAND, WARNS, "R20", null),
					arguments("R21 Fault Tolerance avoids the restart",
							virtualCenterEstate()
								.replace("payroll", (
										c) -> c.withVm(
												new VmFacts(
														RestartPriority.CLUSTER_DEFAULT, true, List.of(), List.of(),
														Optional.empty())))
								.build(),
							"payroll", HYPERVISOR_HA, ELIGIBLE, "R21", null),
					arguments("R22 a cold standby restores the last backup",
							virtualCenterEstate()
								.replace("payroll",
										(c) -> c.withVm(new VmFacts(RestartPriority.CLUSTER_DEFAULT, false, List.of(),
												List.of(), Optional.of(Instant.parse("2026-11-30T02:15:00Z")))))
								.build(),
							"payroll", COLD_STANDBY, NOTE, "R22", null));
	}

	private static VmFacts restart(RestartPriority priority) {
		return new VmFacts(priority, false, List.of(), List.of(), Optional.empty());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void eachRuleDecidesItsPoint(String scenario, Topology topology, String component, Strategy strategy, Expect expect,
			String ruleId, FailureMode failure) {
		UnitPlan unit = Planner.plan(topology, Policy.defaults()).unitOf(component).orElseThrow();
		if (strategy == null) {
			assertThat(unit.notes()).extracting(Reason::ruleId).contains(ruleId);
			if (expect == WARNS) {
				assertThat(unit.notes()).filteredOn((r) -> r.ruleId().equals(ruleId))
					.anySatisfy((r) -> assertThat(r.text()).contains("lists no"));
			}
			return;
		}
		Decision decision = (strategy.layer() == Layer.LOCAL) ? unit.local() : unit.site();
		Assessment assessment = decision.assessment(strategy).orElseThrow();
		List<Reason> cited = Stream.concat(assessment.reasons().stream(), assessment.warnings().stream()).toList();
		assertThat(cited).extracting(Reason::ruleId).as("rules cited").contains(ruleId);
		switch (expect) {
			case ELIGIBLE -> assertThat(assessment.eligible()).isTrue();
			case RULED_OUT -> assertThat(assessment.eligible()).isFalse();
			case COVERS -> assertThat(assessment.covers()).contains(failure);
			case WARNS -> {
				if (failure != null) {
					assertThat(assessment.misses()).contains(failure);
				}
				else {
					assertThat(assessment.warnings()).extracting(Reason::ruleId).contains(ruleId);
				}
			}
			case NOTE -> {
			}
		}
	}

	@Test
	void inventoryFactsSayWhatTheyChangeAndAreSilentWhenVsphereRunsItsDefaults() {
		UnitPlan plain = Planner.plan(virtualCenterEstate().build(), Policy.defaults()).unitOf("payroll").orElseThrow();
		assertThat(plain.local().assessment(HYPERVISOR_HA).orElseThrow().reasons()).extracting(Reason::ruleId)
			.doesNotContain("R19", "R20", "R21");
		assertThat(plain.site().assessment(COLD_STANDBY).orElseThrow().reasons()).extracting(Reason::ruleId)
			.doesNotContain("R22");

		Topology set = virtualCenterEstate()
			.add(new Cluster("prod", "Prod", "hq", true, true, true, Optional.of("vc"), false))
			.replace("payroll",
					(c) -> c.withVm(new VmFacts(RestartPriority.DISABLED, false, List.of(), List.of(),
							Optional.of(Instant.parse("2026-11-30T02:15:00Z")))))
			.build();
		UnitPlan unit = Planner.plan(set, Policy.defaults()).unitOf("payroll").orElseThrow();
		Assessment ha = unit.local().assessment(HYPERVISOR_HA).orElseThrow();
		assertThat(ha.eligible()).isFalse();
		assertThat(ha.reasons()).extracting(Reason::text)
			.contains(
					"The HA restart priority of Payroll application is disabled: HA leaves the VM off when its host fails.");
		assertThat(unit.site().assessment(COLD_STANDBY).orElseThrow().reasons()).extracting(Reason::text)
			.anySatisfy((text) -> assertThat(text)
				.startsWith("The last backup of Payroll application was taken 2026-11-30 02:15 UTC"));
	}

	private static Topology outOfBand() {
		return outOfBand("vc");
	}

	private static Topology outOfBand(String managerOfTheSecondCluster) {
		return virtualCenterEstate()
			.add(new Cluster("mgmt", "Management", "hq", true, false, true, Optional.of(managerOfTheSecondCluster)))
			.add(new Cluster("prod", "Prod", "hq", true, true, true, Optional.of("vc2")))
			.add(new Host("esx21", "esx21", "hq", Optional.of("mgmt"), HostKind.HYPERVISOR))
			.add(new Host("esx22", "esx22", "hq", Optional.of("mgmt"), HostKind.HYPERVISOR))
			.add(Component
				.of("vc2", "Second VirtualCenter", io.drillbook.topology.ComponentKind.MANAGEMENT_SERVER,
						Placement.vm("mgmt"))
				.withRelease("VirtualCenter", "2.0.2", "patch 2")
				.withObjectives(Tier.of(1), Duration.ofHours(4), Duration.ofHours(1))
				.withMustSurvive(Set.of(FailureMode.HOST_FAILURE))
				.withStateFiles(List.of("SSL certificate")))
			.build();
	}

	// The second instance runs on a cluster it manages itself, so only one side is
	// paired.
	private static Topology oneSidedOutOfBand() {
		return outOfBand("vc2");
	}

	// The database server with a second node at the recovery site and a branch office
	// that can hold a witness share.
	private static Topology declared(Quorum quorum, List<String> nodes, String witnessSite) {
		return virtualCenterEstate().add(new Site("branch", "Branch office", SiteRole.PRIMARY))
			.add(new Host("dbsrv11", "dbsrv11.dr.example.net", "dr", Optional.empty(), HostKind.PHYSICAL))
			.add(new FailoverCluster("vcdb-fc", "VCDB-FC", List.of("vcdb"), nodes, quorum,
					Optional.ofNullable(witnessSite)
						.map((site) -> new FailoverCluster.Witness("\\\\fs-" + site + "\\vcdb", site))))
			.build();
	}

	private static Topology separateLicenseServer() {
		return virtualCenterEstate().withoutColocation()
			.replace("license", (c) -> c.withPlacement(Placement.physical("dbsrv02"), Set.of()))
			.replace("license", (c) -> rto(c, Duration.ofHours(1)))
			.build();
	}

	private static Component rto(Component component, Duration rto) {
		return component.withObjectives(component.tier(), rto, component.rpo());
	}

}
