package io.drillbook.topology.file;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import io.drillbook.topology.Dependency;
import io.drillbook.topology.Problem;
import io.drillbook.topology.Samples;
import io.drillbook.topology.Site;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Topology;
import io.drillbook.topology.TopologyDiff;
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

	private EnvironmentFiles.Reading read(String name, byte[] content) {
		EnvironmentFileCodec.Parsed parsed = this.codec.parse(name, content);
		assertThat(parsed.problems()).isEmpty();
		return EnvironmentFiles.read(parsed.file().orElseThrow());
	}

}
