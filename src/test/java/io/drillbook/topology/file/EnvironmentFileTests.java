package io.drillbook.topology.file;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.drillbook.topology.Dependency;
import io.drillbook.topology.Problem;
import io.drillbook.topology.RestartPriority;
import io.drillbook.topology.Samples;
import io.drillbook.topology.Site;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Topology;
import io.drillbook.topology.TopologyDiff;
import io.drillbook.topology.VmFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The file format without Spring: the sample reads cleanly, exports read back to the same
 * topology, and hostile or broken files are refused with a precise message.
 */
class EnvironmentFileTests {

	private final EnvironmentFileCodec codec = new EnvironmentFileCodec();

	@Test
	void theVirtualCenterSampleIsTheReferenceEstate() {
		EnvironmentFiles.Reading reading = read("virtualcenter.yaml", Samples.virtualCenter());

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.header().key()).isEqualTo("virtualcenter");
		Topology topology = reading.topology();
		assertThat(topology.sites()).extracting(Site::role).containsExactly(SiteRole.PRIMARY, SiteRole.RECOVERY);
		assertThat(topology.component("vc").orElseThrow().colocatedWith()).containsExactlyInAnyOrder("license",
				"webaccess");
		assertThat(topology.component("vc").orElseThrow().stateFiles()).hasSize(3);
		assertThat(topology.component("license").orElseThrow().stateFiles()).containsExactly("license file");
		assertThat(topology.dependencies())
			.contains(Dependency.withGrace("vc", "license", java.time.Duration.ofDays(14)));
	}

	@Test
	void exportThenImportGivesBackTheSameEnvironmentInBothNotations() {
		EnvironmentFiles.Reading original = read("virtualcenter.yaml", Samples.virtualCenter());
		EnvironmentFile exported = EnvironmentFiles.write(original.header(), original.topology());

		EnvironmentFiles.Reading fromYaml = read("again.yaml", this.codec.toYaml(exported));
		EnvironmentFiles.Reading fromJson = read("again.json", this.codec.toJson(exported));

		for (EnvironmentFiles.Reading reading : new EnvironmentFiles.Reading[] { fromYaml, fromJson }) {
			assertThat(reading.problems()).isEmpty();
			assertThat(reading.header()).isEqualTo(original.header());
			assertThat(TopologyDiff.between(original.topology(), reading.topology())).isEmpty();
			assertThat(EnvironmentFiles.write(reading.header(), reading.topology())).isEqualTo(exported);
		}
	}

	static Stream<Arguments> refusedFiles() {
		String bomb = """
				a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
				b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
				c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
				""";
		return Stream.of(arguments("a YAML alias bomb", "bomb.yaml", bomb, "bomb.yaml, line 1", "anchors"),
				arguments("a custom YAML tag", "tag.yaml", "format: !!java.io.File /etc/passwd\n", "tag.yaml, line 1",
						"tags"),
				arguments("a field the format does not know", "typo.yaml",
						"format: drillbook-environment/1\nenvironment: {key: x, name: X}\nsites:\n  - key: hq\n    nmae: HQ\n",
						"typo.yaml, line", "sites[0].nmae"),
				arguments("broken JSON", "broken.json", "{\"format\": ", "broken.json", "not valid JSON"),
				arguments("an empty file", "empty.yaml", "", "empty.yaml", "empty"),
				arguments("a number where a list belongs", "wrong.json",
						"{\"environment\": {\"key\": \"x\", \"name\": \"X\"}, \"sites\": 42}", "wrong.json, line 1",
						"sites"),
				arguments("a text where a site belongs", "site.yaml",
						"format: drillbook-environment/1\nenvironment: {key: x, name: X}\nsites:\n  - hq\n",
						"site.yaml, line 4", "sites[0] expected a mapping of fields"),
				arguments("YAML nested 100,000 levels deep", "deep.yaml",
						"a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n", "deep.yaml, line 1",
						"nested more than 64 levels deep"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedFiles")
	void refusesWithAClearMessage(String scenario, String name, String content, String location, String message) {
		EnvironmentFileCodec.Parsed parsed = this.codec.parse(name, content.getBytes(StandardCharsets.UTF_8));

		assertThat(parsed.file()).isEmpty();
		assertThat(parsed.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.location()).startsWith(location);
			assertThat(problem.field() + " " + problem.message()).contains(message)
				.as("no Java type names in what a person reads")
				.doesNotContain("io.drillbook", "java.", "`");
		});
	}

	@Test
	void refusesAFileOverTheSizeLimit() {
		byte[] huge = new byte[EnvironmentFileCodec.MAX_BYTES + 1];
		java.util.Arrays.fill(huge, (byte) ' ');

		assertThat(this.codec.parse("huge.yaml", huge).problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("at most 32 MB"));
	}

	@Test
	void reportsEveryEntryProblemWithItsPositionAndKey() {
		String file = """
				format: drillbook-environment/1
				environment: {key: broken, name: Broken}
				sites:
				  - {key: hq, name: HQ, role: headquarters}
				components:
				  - {key: app, name: App, kind: app, tier: 2, rto: soon, rpo: 1h, placement: {kind: vm}}
				  - {key: batch, name: Batch, kind: application, tier: 7, rto: 1h, rpo: 1h, placement: {kind: vm, cluster: c}}
				dependencies:
				  - {dependent: app, dependsOn: db, graceDays: 0}
				""";
		EnvironmentFiles.Reading reading = read("broken.yaml", file.getBytes(StandardCharsets.UTF_8));

		assertThat(reading.problems()).extracting(Problem::toString)
			.contains("sites[0] (hq), role: unknown value 'headquarters'; use one of primary, recovery",
					"components[0] (app), kind: unknown value 'app'; use one of management-server, license-server, web-access, database, application, capability",
					"components[0] (app), rto: cannot read 'soon' as a duration; write for example 4h, 30m or 2d",
					"components[0] (app), placement.cluster: required",
					"components[1] (batch), tier: the tier must be 1, 2, 3 or 4, not 7");
		assertThat(reading.problems()).anySatisfy((p) -> assertThat(p.location()).isEqualTo("dependencies[0]"));
	}

	static final String VM_FACTS = """
			format: drillbook-environment/1
			environment: {key: facts, name: Facts}
			sites:
			  - {key: hq, name: HQ, role: primary}
			clusters:
			  - {key: prod, name: Prod, site: hq, ha: true, drs: true, sharedStorage: true, admissionControl: false}
			  - {key: test, name: Test, site: hq, ha: true}
			components:
			  - key: db
			    name: DB
			    kind: database
			    tier: 1
			    rto: 1h
			    rpo: 15m
			    placement: {kind: vm, cluster: prod}
			    vm:
			      restartPriority: highest
			      faultTolerance: true
			      networks: [VLAN-110 Servers]
			      drsRules: [sql-apart]
			      lastBackup: 2026-11-30T02:15:00Z
			  - {key: web, name: Web, kind: application, tier: 3, rto: 1d, rpo: 1d, placement: {kind: vm, cluster: test}, objectivesPending: true}
			""";

	@Test
	void whatVsphereReportsOfAVmAndAClustersAdmissionControlReadBackAsWritten() {
		EnvironmentFiles.Reading reading = read("facts.yaml", VM_FACTS.getBytes(StandardCharsets.UTF_8));

		assertThat(reading.problems()).isEmpty();
		Topology topology = reading.topology();
		assertThat(topology.cluster("prod").orElseThrow().admissionControl()).isFalse();
		assertThat(topology.cluster("test").orElseThrow().admissionControl()).isTrue();
		assertThat(topology.component("db").orElseThrow().vm()).isEqualTo(new VmFacts(RestartPriority.HIGHEST, true,
				List.of("VLAN-110 Servers"), List.of("sql-apart"), Optional.of(Instant.parse("2026-11-30T02:15:00Z"))));
		assertThat(topology.component("web").orElseThrow().vm()).isEqualTo(VmFacts.NONE);
		assertThat(topology.component("web").orElseThrow().objectivesPending()).isTrue();
		assertThat(topology.component("db").orElseThrow().objectivesPending()).isFalse();

		EnvironmentFile written = EnvironmentFiles.write(reading.header(), topology);
		String yaml = new String(this.codec.toYaml(written), StandardCharsets.UTF_8);
		// What vSphere does by default is not written, so files without it stay as
		// they were.
		assertThat(yaml).contains("admissionControl: false").doesNotContain("admissionControl: true");
		assertThat(yaml.indexOf("vm:")).isEqualTo(yaml.lastIndexOf("vm:"));
		assertThat(yaml.indexOf("objectivesPending: true")).isEqualTo(yaml.lastIndexOf("objectivesPending"));
		EnvironmentFiles.Reading again = read("again.yaml", this.codec.toYaml(written));
		assertThat(TopologyDiff.between(topology, again.topology())).isEmpty();
		assertThat(again.topology().component("db").orElseThrow().vm())
			.isEqualTo(topology.component("db").orElseThrow().vm());
	}

	@Test
	void aRestartPriorityOrBackupTimeThatCannotBeReadIsNamedByItsField() {
		String file = VM_FACTS.replace("restartPriority: highest", "restartPriority: urgent")
			.replace("lastBackup: 2026-11-30T02:15:00Z", "lastBackup: last night");
		EnvironmentFiles.Reading reading = read("facts.yaml", file.getBytes(StandardCharsets.UTF_8));

		assertThat(reading.problems()).extracting(Problem::toString)
			.containsExactlyInAnyOrder(
					"components[0] (db), vm.restartPriority: unknown value 'urgent'; use one of cluster-default, disabled, lowest, low, medium, high, highest",
					"components[0] (db), vm.lastBackup: cannot read 'last night' as a time; write it as ISO-8601 in UTC, for example 2026-11-30T02:15:00Z");
	}

	private EnvironmentFiles.Reading read(String name, byte[] content) {
		EnvironmentFileCodec.Parsed parsed = this.codec.parse(name, content);
		assertThat(parsed.problems()).isEmpty();
		return EnvironmentFiles.read(parsed.file().orElseThrow());
	}

}
