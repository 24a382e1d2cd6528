package io.drillbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module contract: each module's package-info names the modules it may use, and
 * Spring Modulith fails the build when a module uses another one's internals, one it is
 * not allowed to, or when modules form a cycle. The diagrams in {@code docs/modules} and
 * the one in {@code docs/architecture.md} are written from the same model, so they cannot
 * drift from the code.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(DrillbookApplication.class);

	static final Path ARCHITECTURE = Path.of("docs", "architecture.md");

	@Test
	void modulesUseOnlyTheModulesTheyAreAllowedToThroughTheirPublicTypesAndFormNoCycles() {
		MODULES.verify();
	}

	@Test
	void everyModuleStatesItsRoleAndItsAllowedDependencies() throws IOException {
		for (ApplicationModule module : MODULES) {
			Path info = Path.of("src", "main", "java", module.getBasePackage().getName().replace('.', '/'),
					"package-info.java");
			assertThat(info).as(module.getIdentifier() + " has a package-info.java").exists();
			assertThat(Files.readString(info)).contains("allowedDependencies");
		}
	}

	@Test
	void theModuleDiagramsAreWrittenFromTheCode() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Path.of("docs", "modules", "components.puml")).exists();

		String expected = mermaid();
		assertThat(Files.readString(ARCHITECTURE, StandardCharsets.UTF_8))
			.as("docs/architecture.md shows the module graph as it is; put this block there:%n%s", expected)
			.contains(expected);
	}

	// The graph GitHub renders in the Markdown: one arrow per module and module it uses.
	private static String mermaid() {
		List<String> lines = new ArrayList<>();
		lines.add("```mermaid");
		lines.add("flowchart TD");
		MODULES.stream().sorted(Comparator.comparing((m) -> m.getIdentifier().toString())).forEach((module) -> {
			List<String> used = module.getDirectDependencies(MODULES)
				.uniqueModules()
				.map((m) -> m.getIdentifier().toString())
				.sorted()
				.toList();
			if (used.isEmpty()) {
				lines.add("  " + module.getIdentifier());
			}
			used.forEach((dependency) -> lines.add("  " + module.getIdentifier() + " --> " + dependency));
		});
		lines.add("```");
		return String.join("\n", lines);
	}

}
