package io.drillbook.topology;

import java.nio.charset.StandardCharsets;

import io.drillbook.DrillbookTest;
import io.drillbook.topology.rvtools.RvToolsExports;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class CmdbImportWebTests {

	private static final MockMultipartFile ITEMS = csv("cmdb_ci.csv", """
			Name,Business criticality
			db01,1 - most critical
			pay01.example.net,2 - somewhat critical
			print99,4 - not critical
			""");

	private static final MockMultipartFile RELATIONS = csv("cmdb_rel_ci.csv", """
			Parent,Type,Child
			pay01.example.net,Depends on::Used by,db01
			""");

	@Autowired
	MockMvc mvc;

	@Autowired
	Environments environments;

	private static MockMultipartFile csv(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private void importInventory(String environment) throws Exception {
		this.mvc
			.perform(multipart("/api/v1/environments/" + environment + "/rvtools").file(new MockMultipartFile("file",
					"RVTools.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					RvToolsExports.drFacts().xlsx()))
				.with(architect())
				.with(csrf()))
			.andExpect(status().isCreated());
	}

	@Test
	void aCmdbExportIsPreviewedWithWhatItSkippedThenGivesTiersAndDependencies() throws Exception {
		importInventory("cmdb-ui");

		MvcResult preview = this.mvc
			.perform(multipart("/environments/import/cmdb").file(ITEMS)
				.file(RELATIONS)
				.param("environment", "cmdb-ui")
				.with(architect())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("skipped &#39;print99&#39;")))
			.andReturn();
		assertThat(this.environments.require(new EnvironmentKey("cmdb-ui")).topology().dependencies()).isEmpty();

		Imports.Preview shown = (Imports.Preview) preview.getModelAndView().getModel().get("preview");
		assertThat(shown.changes()).extracting(ElementChange::type).contains("component", "dependency");
		this.mvc.perform(post("/environments/import/" + shown.id().orElseThrow()).with(architect()).with(csrf()))
			.andExpect(status().isFound());

		Topology topology = this.environments.require(new EnvironmentKey("cmdb-ui")).topology();
		assertThat(topology.component("db01").orElseThrow().tier()).isEqualTo(Tier.of(1));
		assertThat(topology.component("pay01").orElseThrow().tier()).isEqualTo(Tier.of(2));
		assertThat(topology.dependencies()).containsExactly(Dependency.hard("pay01", "db01"));
	}

	@Test
	void theApiAppliesAnExportAndAppliesItAgainWithoutChange() throws Exception {
		importInventory("cmdb-api");

		this.mvc
			.perform(multipart("/api/v1/environments/cmdb-api/cmdb").file(ITEMS)
				.file(RELATIONS)
				.with(architect())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes.changed").value(2))
			.andExpect(jsonPath("$.changes.created").value(1))
			.andExpect(jsonPath("$.notes[0].message").value(containsString("print99")));
		this.mvc
			.perform(multipart("/api/v1/environments/cmdb-api/cmdb").file(ITEMS)
				.file(RELATIONS)
				.with(architect())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes").isEmpty());
	}

	@Test
	void anExportForAnEnvironmentThatDoesNotExistIsRefusedAndAnOperatorMayNotImport() throws Exception {
		this.mvc
			.perform(multipart("/environments/import/cmdb").file(ITEMS)
				.param("environment", "cmdb-nowhere")
				.with(architect())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no environment &#39;cmdb-nowhere&#39;")));
		this.mvc
			.perform(multipart("/environments/import/cmdb").file(ITEMS)
				.param("environment", "cmdb-nowhere")
				.with(user("operator").roles("OPERATOR"))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private static RequestPostProcessor architect() {
		return user("architect").roles("ARCHITECT");
	}

}
