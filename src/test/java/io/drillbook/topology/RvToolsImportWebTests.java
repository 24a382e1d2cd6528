package io.drillbook.topology;

import io.drillbook.DrillbookTest;
import io.drillbook.topology.rvtools.InventoryFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class RvToolsImportWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Environments environments;

	@Test
	void anInventoryIsPreviewedThenImportedAsANewEnvironment() throws Exception {
		MockMultipartFile workbook = new MockMultipartFile("file", "RVTools.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				RvToolsExports.smallEstate().xlsx());
		MvcResult preview = this.mvc
			.perform(multipart("/environments/import/rvtools").file(workbook)
				.param("environment", "rv-new")
				.param("name", "From RVTools")
				.with(architect())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Creates From RVTools (rv-new)")))
			.andReturn();
		assertThat(this.environments.find(new EnvironmentKey("rv-new"))).isEmpty();

		Imports.Preview shown = (Imports.Preview) preview.getModelAndView().getModel().get("preview");
		this.mvc.perform(post("/environments/import/" + shown.id().orElseThrow()).with(architect()).with(csrf()))
			.andExpect(status().isFound());
		EnvironmentSnapshot created = this.environments.require(new EnvironmentKey("rv-new"));
		assertThat(created.topology().components()).isNotEmpty()
			.allSatisfy((c) -> assertThat(c.placement().kind()).isEqualTo(PlacementKind.VM));
	}

	@Test
	void aVInfoSheetAloneIsPreviewedWithWhatTheImportWorkedOutAndSoIsItsReview() throws Exception {
		InventoryFile vInfo = RvToolsExports.smallEstate()
			.csvFiles()
			.stream()
			.filter((file) -> file.name().contains("vInfo"))
			.findFirst()
			.orElseThrow();
		MvcResult preview = this.mvc
			.perform(multipart("/environments/import/rvtools")
				.file(new MockMultipartFile("file", vInfo.name(), "text/csv", vInfo.content()))
				.param("environment", "rv-vinfo")
				.param("name", "vInfo only")
				.with(architect())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skipped or worked out by the import (2)")))
			.andExpect(content().string(containsString("no vHost sheet: the hosts are taken from vInfo")))
			.andReturn();
		Imports.Preview shown = (Imports.Preview) preview.getModelAndView().getModel().get("preview");

		this.mvc.perform(get("/environments/import/" + shown.id().orElseThrow()).with(architect()))
			.andExpect(content().string(containsString("no vCluster sheet: the clusters are taken from vInfo")));
	}

	@Test
	void aBrokenInventoryNamesSheetRowAndColumnAndImportsNothing() throws Exception {
		MockMultipartFile workbook = new MockMultipartFile("file", "RVTools.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				RvToolsExports.smallEstate().withoutColumn(RvToolsExports.VHOST, "Cluster").xlsx());

		this.mvc
			.perform(multipart("/environments/import/rvtools").file(workbook)
				.param("environment", "rv-broken")
				.param("name", "Broken")
				.with(architect())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sheet vHost")))
			.andExpect(content().string(containsString("Cluster")));
		assertThat(this.environments.find(new EnvironmentKey("rv-broken"))).isEmpty();
	}

	@Test
	void theApiImportsCsvFilesIntoAnEnvironment() throws Exception {
		RvToolsExports export = RvToolsExports.smallEstate();
		var request = multipart("/api/v1/environments/rv-api/rvtools");
		for (InventoryFile file : export.csvFiles()) {
			request.file(new MockMultipartFile("file", file.name(), "text/csv", file.content()));
		}
		this.mvc.perform(request.param("name", "Via API").with(architect()).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.environment").value("rv-api"))
			.andExpect(jsonPath("$.changes.created").isNumber())
			.andExpect(jsonPath("$.notes").isEmpty());

		var again = multipart("/api/v1/environments/rv-api/rvtools");
		for (InventoryFile file : export.csvFiles()) {
			again.file(new MockMultipartFile("file", file.name(), "text/csv", file.content()));
		}
		this.mvc.perform(again.with(architect()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes").isEmpty());
	}

	private static RequestPostProcessor architect() {
		return user("architect").roles("ARCHITECT");
	}

}
