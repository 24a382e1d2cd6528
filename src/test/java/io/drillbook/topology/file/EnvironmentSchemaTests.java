package io.drillbook.topology.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.drillbook.topology.GeneratedEstate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published JSON Schema describes what Drillbook reads and writes: every sample and
 * every export passes it, and what the reader refuses fails it too.
 */
class EnvironmentSchemaTests {

	private static final JsonSchema SCHEMA = schema();

	static Stream<Path> samples() throws IOException {
		return Files.list(Path.of("db", "samples")).filter((p) -> p.toString().endsWith(".yaml")).sorted();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everySampleMatchesTheSchema(Path sample) throws IOException {
		assertThat(SCHEMA.validate(new YAMLMapper().readTree(sample.toFile()))).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void everySampleImportsWithoutProblems(Path sample) throws IOException {
		EnvironmentFileCodec.Parsed parsed = new EnvironmentFileCodec().parse(sample.getFileName().toString(),
				Files.readAllBytes(sample));
		assertThat(parsed.problems()).isEmpty();
		assertThat(EnvironmentFiles.read(parsed.file().orElseThrow()).problems()).isEmpty();
	}

	@Test
	void exportsMatchTheSchema() throws IOException {
		EnvironmentFile exported = EnvironmentFiles.write(new EnvironmentFile.Header("generated", "Generated", ""),
				GeneratedEstate.of(300));
		JsonNode json = new ObjectMapper().readTree(new EnvironmentFileCodec().toJson(exported));
		assertThat(SCHEMA.validate(json)).isEmpty();
	}

	@Test
	void aFileWithWhatVsphereReportsMatchesTheSchema() throws IOException {
		assertThat(SCHEMA.validate(new YAMLMapper().readTree(EnvironmentFileTests.VM_FACTS))).isEmpty();
		assertThat(SCHEMA.validate(new YAMLMapper()
			.readTree(EnvironmentFileTests.VM_FACTS.replace("restartPriority: highest", "restartPriority: urgent"))))
			.isNotEmpty();
	}

	@Test
	void whatTheReaderRefusesTheSchemaRefusesToo() throws IOException {
		List<String> refused = List.of("environment: {key: x, name: X}\nsites: [{key: hq, name: HQ, role: main}]\n",
				"environment: {key: x, name: X}\nsites: [{key: hq, nmae: HQ, role: primary}]\n",
				"environment: {key: X Y, name: X}\n",
				"environment: {key: x, name: X}\ndependencies: [{dependent: a, dependsOn: b, graceDays: 0}]\n",
				"environment: {key: x, name: X}\ncomponents: [{key: a, name: A, kind: application, tier: 2, rto: soon, rpo: 1h, placement: {kind: vm, cluster: c}}]\n",
				"environment: {key: x, name: X}\ncomponents: [{key: a, name: A, kind: application, tier: 2, rto: 1h, rpo: 1h, placement: {kind: physical}}]\n");
		for (String file : refused) {
			Set<ValidationMessage> messages = SCHEMA.validate(new YAMLMapper().readTree(file));
			assertThat(messages).as(file).isNotEmpty();
		}
	}

	private static JsonSchema schema() {
		try {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(Files.readString(Path.of("docs", "environment.schema.json")));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
