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
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
			.andExpect(jsonPath("$.notes").isEmpty())
			.andExpect(jsonPath("$.sites[?(@.site == 'rotterdam-dr')].role").value("recovery"));

		var again = multipart("/api/v1/environments/rv-api/rvtools");
		for (InventoryFile file : export.csvFiles()) {
			again.file(new MockMultipartFile("file", file.name(), "text/csv", file.content()));
		}
		this.mvc.perform(again.with(architect()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes").isEmpty());
	}

	@Test
	void whatVsphereReportsOfEachVmIsShownOnItsPageAndWeighsInThePlan() throws Exception {
		MockMultipartFile workbook = new MockMultipartFile("file", "RVTools.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", RvToolsExports.drFacts().xlsx());
		this.mvc
			.perform(multipart("/api/v1/environments/rv-dr-facts/rvtools").file(workbook)
				.param("name", "DR facts")
				.with(architect())
				.with(csrf()))
			.andExpect(status().isCreated());

		this.mvc.perform(get("/environments/rv-dr-facts/components/db01").with(architect()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("VLAN-110 Servers, VLAN-900 Backup")))
			.andExpect(content().string(containsString("sql-apart, db-on-gold")))
			.andExpect(content().string(containsString("2026-11-30 02:15 UTC")));
		this.mvc.perform(get("/environments/rv-dr-facts/plan/db01").with(architect()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HA admission control is off in cluster prod")));
		this.mvc.perform(get("/environments/rv-dr-facts/plan/batch01").with(architect()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HA restart priority of batch01 is disabled")));
		this.mvc.perform(get("/environments/rv-dr-facts/infrastructure").with(architect()))
			.andExpect(content().string(containsString("admission control off")));
	}

	private MvcResult previewSmallEstate(String environment) throws Exception {
		MockMultipartFile workbook = new MockMultipartFile("file", "RVTools.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				RvToolsExports.smallEstate().xlsx());
		return this.mvc
			.perform(multipart("/environments/import/rvtools").file(workbook)
				.param("environment", environment)
				.param("name", "Roles")
				.with(architect())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
	}

	private static Imports.Preview shown(MvcResult result) {
		return (Imports.Preview) result.getModelAndView().getModel().get("preview");
	}

	private SiteRole roleOf(String environment, String site) {
		return this.environments.require(new EnvironmentKey(environment)).topology().site(site).orElseThrow().role();
	}

	@Test
	void thePreviewAsksWhichDatacenterIsTheRecoverySiteAndTheAnswerHoldsForTheNextImports() throws Exception {
		MvcResult first = previewSmallEstate("rv-roles");
		assertThat(first.getResponse().getContentAsString()).contains("Which datacenter is which?")
			.contains("its name says it is where services recover")
			.contains("name=\"role.amsterdam-dc\"");
		assertThat(shown(first).siteRoles()).extracting(Imports.SiteRoleProposal::site, Imports.SiteRoleProposal::role)
			.containsExactly(tuple("amsterdam-dc", SiteRole.PRIMARY), tuple("rotterdam-dr", SiteRole.RECOVERY));

		// The architect knows better: Rotterdam runs production, Amsterdam is the DR
		// site.
		this.mvc
			.perform(post("/environments/import/" + shown(first).id().orElseThrow())
				.param("role.amsterdam-dc", "recovery")
				.param("role.rotterdam-dr", "primary")
				.with(architect())
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(roleOf("rv-roles", "amsterdam-dc")).isEqualTo(SiteRole.RECOVERY);
		assertThat(roleOf("rv-roles", "rotterdam-dr")).isEqualTo(SiteRole.PRIMARY);

		MvcResult again = previewSmallEstate("rv-roles");
		assertThat(shown(again).siteRoles())
			.extracting(Imports.SiteRoleProposal::site, Imports.SiteRoleProposal::role,
					Imports.SiteRoleProposal::reason)
			.containsExactly(tuple("amsterdam-dc", SiteRole.RECOVERY, "the environment has it as recovery"),
					tuple("rotterdam-dr", SiteRole.PRIMARY, "the environment has it as primary"));
	}

	@Test
	void aRoleThatIsNoneOrASiteTheImportDoesNotHoldImportsNothing() throws Exception {
		for (String[] choice : new String[][] { { "role.rotterdam-dr", "witness" }, { "role.hq", "primary" } }) {
			MvcResult preview = previewSmallEstate("rv-bad-role");
			this.mvc
				.perform(post("/environments/import/" + shown(preview).id().orElseThrow()).param(choice[0], choice[1])
					.with(architect())
					.with(csrf()))
				.andExpect(status().isFound())
				.andExpect(flash().attribute("flashError", containsString(choice[0])));
			assertThat(this.environments.find(new EnvironmentKey("rv-bad-role"))).isEmpty();
		}
	}

	@Test
	void theApiTakesTheRoleOfASite() throws Exception {
		MockMultipartFile workbook = new MockMultipartFile("file", "RVTools.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				RvToolsExports.smallEstate().xlsx());
		this.mvc
			.perform(multipart("/api/v1/environments/rv-api-roles/rvtools").file(workbook)
				.param("role.rotterdam-dr", "primary")
				.with(architect())
				.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sites[?(@.site == 'rotterdam-dr')].proposed").value("recovery"))
			.andExpect(jsonPath("$.sites[?(@.site == 'rotterdam-dr')].role").value("primary"));
		assertThat(roleOf("rv-api-roles", "rotterdam-dr")).isEqualTo(SiteRole.PRIMARY);
	}

	private static RequestPostProcessor architect() {
		return user("architect").roles("ARCHITECT");
	}

}
