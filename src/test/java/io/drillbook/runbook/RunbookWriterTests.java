package io.drillbook.runbook;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.drillbook.strategy.ProtectionPlan;
import io.drillbook.strategy.Strategy;
import io.drillbook.strategy.rules.Rule;
import io.drillbook.strategy.rules.Rules;
import io.drillbook.topology.Cluster;
import io.drillbook.topology.GeneratedEstate;
import io.drillbook.topology.Host;
import io.drillbook.topology.Placement;
import io.drillbook.topology.SampleTopologies;
import io.drillbook.topology.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class RunbookWriterTests {

	private static final Procedures PROCEDURES = Sample.procedures();

	@Test
	void coldStandbyReconnectsTheHostsWhenTheStandbyCannotTakeTheAddress() {
		Runbook runbook = coldStandby(Sample.planned("virtualcenter.yaml"));

		Step reconnect = step(runbook, "standby/reconnect-hosts");
		assertThat(reconnect.note()).isFalse();
		// Headquarters is lost: the standby manages the recovery site's hosts, not the
		// lost ones.
		assertThat(reconnect.instruction())
			.contains("vc-standby.dr.example.net", "esx11.dr.example.net", "esx12.dr.example.net")
			.doesNotContain("hq.example.net");
		assertThat(reconnect.check()).contains("Recovery cluster").doesNotContain("Production HA cluster");
		assertThat(reconnect.rule()).isEqualTo("R16");
		assertThat(reconnect.restoresService()).isTrue();
		assertThat(keys(runbook)).containsSubsequence("standby/install-fresh", "standby/install-state-files",
				"standby/connect-database", "standby/reconnect-hosts");
		assertThat(step(runbook, "standby/install-fresh").instruction())
			.isEqualTo("Install a fresh instance of VirtualCenter 2.0.2 patch 2 on vc-standby.dr.example.net.");
		assertThat(step(runbook, "standby/install-state-files").instruction()).contains("SSL certificate",
				"vpxd.cfg configuration file", "agent upgrade files", "license file");
		assertThat(step(runbook, "standby/connect-database").instruction())
			.contains("VirtualCenter Database at sql01.dr.example.net");
	}

	@Test
	void coldStandbyLeavesReconnectingOutAndSaysWhyWhenTheStandbyTakesTheAddress() {
		Runbook runbook = coldStandby(
				Sample.planned("virtualcenter.yaml", "standbyCanTakeOverIp: false", "standbyCanTakeOverIp: true"));

		Step reconnect = step(runbook, "standby/reconnect-hosts");
		assertThat(reconnect.note()).isTrue();
		assertThat(reconnect.role()).isEmpty();
		assertThat(reconnect.instruction()).startsWith("Reconnecting the hosts is left out")
			.contains("vc-standby.dr.example.net takes over the IP address of VirtualCenter Server");
		assertThat(runbook.steps()).filteredOn((s) -> !s.note())
			.noneMatch((s) -> s.instruction().contains("reconnect"));
		assertThat(step(runbook, "standby/connect-database").restoresService()).isTrue();
	}

	@Test
	void theStandbyIsConnectedToTheNetworksTheInventoryReportedForTheVm() {
		Runbook runbook = coldStandby(Sample.planned("virtualcenter.yaml", "standbyCanTakeOverIp: false",
				"standbyCanTakeOverIp: false\n    vm: {networks: [VLAN-10 Management, VLAN-20 Hosts]}"));

		Step connect = step(runbook, "standby/connect-networks");
		assertThat(connect.instruction()).isEqualTo("Connect VirtualCenter Server on vc-standby.dr.example.net to "
				+ "VLAN-10 Management and VLAN-20 Hosts, or to the networks that stand for them at Recovery data centre.");
		assertThat(connect.role()).isEqualTo("network-admin");
		assertThat(keys(runbook)).containsSubsequence("standby/install-state-files", "standby/connect-networks",
				"standby/connect-database");
		assertThat(runbook.sources()).containsKey("networks:vc");
		assertThat(keys(coldStandby(Sample.planned("virtualcenter.yaml")))).doesNotContain("standby/connect-networks");
	}

	@Test
	void warmStandbyChecksTheSynchronisedFilesAndInstallsNothing() {
		Runbook runbook = Sample.virtualCenter().runbook("vc", Scenario.SITE).orElseThrow();

		assertThat(runbook.strategy()).isEqualTo(Strategy.WARM_STANDBY);
		assertThat(keys(runbook)).contains("standby/state-files-synchronised", "standby/reconnect-hosts")
			.doesNotContain("standby/install-fresh", "standby/fetch-state-files");
	}

	@Test
	void dependenciesSetTheOrder() {
		RunbookWriter.Written written = Sample.virtualCenter();
		List<String> siteOrder = written.runbooks()
			.stream()
			.filter((r) -> r.scenario() == Scenario.SITE)
			.map(Runbook::unit)
			.toList();
		assertThat(siteOrder).containsSubsequence("vcdb", "vc");

		Runbook vc = coldStandby(Sample.planned("virtualcenter.yaml"));
		assertThat(vc.recoverFirst()).containsExactly("vcdb");
		assertThat(keys(vc)).containsSubsequence("recovery-order/dependency-back@vcdb", "standby/install-fresh",
				"standby/connect-database", "standby/reconnect-hosts");
		assertThat(vc.steps()).extracting(Step::section).isSorted();
	}

	@Test
	void theLicenseServerMayWaitForItsGracePeriod() {
		Runbook runbook = Sample.virtualCenter().runbook("vc", Scenario.SITE).orElseThrow();

		Step note = step(runbook, "license-grace/license-may-wait");
		assertThat(note.note()).isTrue();
		assertThat(note.instruction()).contains("License Server may wait", "14 d");
		assertThat(note.rule()).isEqualTo("R14");
	}

	@Test
	void hypervisorHaSaysWhatItWillNotDo() {
		Runbook runbook = Sample.virtualCenter().runbook("payroll", Scenario.LOCAL).orElseThrow();

		assertThat(runbook.strategy()).isEqualTo(Strategy.HYPERVISOR_HA);
		assertThat(step(runbook, "hypervisor-ha/confirm-restart").instruction())
			.contains("esx01.hq.example.net and esx03.hq.example.net");
		assertThat(step(runbook, "hypervisor-ha/ha-limits").instruction()).contains("guest OS",
				"Payroll application itself has failed");
	}

	@Test
	void theDatabaseIsRestoredWithItsUsualMethodsAtItsStandby() {
		ProtectionPlan plan = override(Sample.planned("virtualcenter.yaml"), "vcdb", Strategy.COLD_STANDBY);
		Runbook runbook = RunbookWriter.write(plan, PROCEDURES).runbook("vcdb", Scenario.SITE).orElseThrow();

		assertThat(step(runbook, "database-at-recovery-site/restore-database").instruction()).contains(
				"Restore VirtualCenter Database (Microsoft SQL Server 2005 SP2) on sql01.dr.example.net",
				"usual methods");
		assertThat(step(runbook, "database-at-recovery-site/restore-database").restoresService()).isTrue();
	}

	@Test
	void aFailoverClusterChecksQuorumAndTheWitnessShare() {
		ProtectionPlan plan = override(Sample.planned("virtualcenter.yaml"), "vcdb", Strategy.FAILOVER_CLUSTER);
		Optional<Runbook> runbook = RunbookWriter.write(plan, PROCEDURES).runbook("vcdb", Scenario.LOCAL);

		assertThat(runbook).isPresent();
		assertThat(keys(runbook.get())).containsSubsequence("failover-cluster/check-quorum",
				"failover-cluster/check-witness", "failover-cluster/move-group");
		assertThat(step(runbook.get(), "failover-cluster/check-quorum").instruction()).contains("Majority Node Set");
	}

	@Test
	void aStretchedClusterIsTheSiteRecoveryAndItsRunbookNamesTheNodeAwayFromTheLostSite() {
		RunbookWriter.Written written = RunbookWriter.write(Sample.planned("stretched-cluster.yaml"), PROCEDURES);
		Runbook site = written.runbook("vc", Scenario.SITE).orElseThrow();
		Runbook local = written.runbook("vc", Scenario.LOCAL).orElseThrow();

		assertThat(site.strategy()).isEqualTo(Strategy.FAILOVER_CLUSTER);
		assertThat(local.strategy()).isEqualTo(Strategy.FAILOVER_CLUSTER);
		assertThat(step(site, "failover-cluster/move-group").instruction()).contains("VirtualCenter MSCS cluster",
				"vcnode2.dr.example.net");
		assertThat(step(site, "failover-cluster/check-quorum").instruction()).doesNotContain("vcnode1");
		assertThat(step(site, "failover-cluster/check-witness").instruction())
			.contains("\\\\fs01.branch.example.net\\vc-witness");
		assertThat(step(local, "failover-cluster/move-group").instruction()).contains("vcnode2.dr.example.net")
			.doesNotContain("vcnode1");
	}

	@Test
	void troubleshootingNamesThePortsAndWhereTheLatencyTimeoutIsSet() {
		Runbook runbook = Sample.virtualCenter().runbook("vc", Scenario.SITE).orElseThrow();

		assertThat(step(runbook, "management-network/ports").instruction()).contains("TCP 902");
		assertThat(step(runbook, "management-network/bandwidth-latency").instruction())
			.contains("vpxd.cfg on vc-standby.dr.example.net");
		assertThat(runbook.steps()).filteredOn((s) -> s.section() == Section.TROUBLESHOOTING)
			.allMatch((s) -> s.role().equals("network-admin"));
	}

	static Stream<Arguments> estates() {
		return Stream.of(Arguments.of("virtualcenter.yaml", Sample.planned("virtualcenter.yaml")),
				Arguments.of("large-estate.yaml", Sample.planned("large-estate.yaml")),
				Arguments.of("drillbook.yaml", Sample.planned("drillbook.yaml")),
				Arguments.of("stretched-cluster.yaml", Sample.planned("stretched-cluster.yaml")),
				Arguments.of("generated, 400 components",
						Sample.planned(SampleTopologies.of("generated", GeneratedEstate.of(400)))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("estates")
	void everyStepNamesRealElementsAndNoPlaceholderSurvives(String name, ProtectionPlan plan) {
		RunbookWriter.Written written = RunbookWriter.write(plan, PROCEDURES);
		Topology topology = plan.environment().topology();
		Set<String> names = new HashSet<>();
		topology.hosts().forEach((h) -> names.add(h.name()));
		topology.sites().forEach((s) -> names.add(s.name()));
		topology.clusters().forEach((c) -> names.add(c.name()));
		topology.components().forEach((c) -> names.add(c.name()));

		assertThat(written.runbooks()).isNotEmpty();
		for (Runbook runbook : written.runbooks()) {
			assertThat(runbook.steps()).filteredOn((s) -> !s.note()).isNotEmpty().allSatisfy((step) -> {
				assertThat(names).as("%s names a real element", step.key())
					.anyMatch((element) -> step.instruction().contains(element) || step.check().contains(element));
				assertThat(step.role()).isNotEmpty();
				assertThat(step.minutes()).isPositive();
				assertThat(step.check()).isNotBlank();
			});
			assertThat(runbook.steps())
				.allSatisfy((step) -> assertThat(Stream.of(step.instruction(), step.check(), step.why()))
					.noneMatch((text) -> text.contains("{{") || text.contains("}}")));
			assertThat(runbook.steps()).filteredOn(Step::restoresService).hasSize(1);
			assertThat(runbook.steps()).extracting(Step::key).doesNotHaveDuplicates();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("estates")
	void aSiteFailureRunbookNamesNothingAtTheLostSiteButTheLossAndTheFailback(String name, ProtectionPlan plan) {
		RunbookWriter.Written written = RunbookWriter.write(plan, PROCEDURES);
		Topology topology = plan.environment().topology();
		List<Runbook> siteRunbooks = written.runbooks().stream().filter((r) -> r.scenario() == Scenario.SITE).toList();

		assertThat(siteRunbooks).isNotEmpty();
		for (Runbook runbook : siteRunbooks) {
			String lost = siteOf(topology, runbook.unit());
			List<Pattern> lostElements = Stream
				.concat(topology.hosts().stream().filter((h) -> h.site().equals(lost)).map(Host::name),
						topology.clusters().stream().filter((c) -> c.site().equals(lost)).map(Cluster::name))
				.map((element) -> Pattern.compile("(?<![\\w.-])" + Pattern.quote(element) + "(?![\\w-]|\\.\\w)"))
				.toList();
			assertThat(runbook.steps())
				.filteredOn(
						(step) -> step.section() != Section.FAILBACK && !step.key().equals("declare/declare-outage"))
				.allSatisfy((step) -> assertThat(lostElements)
					.as("%s of %s names an element of the lost site", step.key(), runbook.unit())
					.noneMatch((element) -> element.matcher(step.instruction()).find()
							|| element.matcher(step.check()).find()));
		}
	}

	private static String siteOf(Topology topology, String component) {
		Placement placement = topology.component(component).orElseThrow().placement();
		return switch (placement.kind()) {
			case VM -> placement.host()
				.flatMap(topology::host)
				.map(Host::site)
				.orElseGet(() -> topology.cluster(placement.target()).orElseThrow().site());
			case PHYSICAL -> topology.host(placement.target()).orElseThrow().site();
			case CLUSTER -> topology.cluster(placement.target()).orElseThrow().site();
		};
	}

	@Test
	void writingTwiceGivesTheSameRunbooks() {
		ProtectionPlan plan = Sample.planned("large-estate.yaml");

		assertThat(RunbookWriter.write(plan, PROCEDURES)).isEqualTo(RunbookWriter.write(plan, PROCEDURES));
	}

	@Test
	void aRunbookKnowsEveryElementItWasMadeFrom() {
		Runbook runbook = coldStandby(Sample.planned("virtualcenter.yaml"));

		assertThat(runbook.sources()).containsKeys("component:vc", "component:license", "component:webaccess",
				"component:vcdb", "host:vcstandby", "host:sqldr01", "host:esx01", "cluster:prod", "site:dr",
				"dependency:vc->vcdb", "plan:site", "policy:tier1", "procedures");
		assertThat(runbook.sources()).doesNotContainKey("component:payroll");
		assertThat(runbook.sources().get("plan:site")).startsWith("COLD_STANDBY override ");
	}

	@Test
	void everyRuleACatalogStepCitesExists() {
		Set<String> rules = new HashSet<>(Rules.all().stream().map(Rule::id).toList());

		assertThat(PROCEDURES.procedures()).flatExtracting(Procedures.Procedure::steps)
			.extracting(Procedures.ProcedureStep::rule)
			.filteredOn((rule) -> !rule.isEmpty())
			.allMatch(rules::contains);
	}

	static Runbook coldStandby(ProtectionPlan plan) {
		return RunbookWriter.write(override(plan, "vc", Strategy.COLD_STANDBY), PROCEDURES)
			.runbook("vc", Scenario.SITE)
			.orElseThrow();
	}

	static ProtectionPlan override(ProtectionPlan plan, String unit, Strategy strategy) {
		String layer = strategy.layer().name();
		return new ProtectionPlan(plan.environment(), plan.policyVersion(), plan.policy(), plan.plan(), Map
			.of(unit + "/" + layer, new ProtectionPlan.Choice(strategy, Optional.of("Chosen for the test's sake."))));
	}

	static Step step(Runbook runbook, String key) {
		return runbook.steps()
			.stream()
			.filter((s) -> s.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError(runbook.key() + " has no step " + key + " in " + keys(runbook)));
	}

	static List<String> keys(Runbook runbook) {
		return runbook.steps().stream().map(Step::key).toList();
	}

}
