package io.drillbook.topology;

import java.time.Duration;

import io.drillbook.DrillbookTest;
import io.drillbook.topology.rvtools.RvToolsExports;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class ObjectivesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Environments environments;

	private void importDrFacts(String environment) throws Exception {
		MockMultipartFile workbook = new MockMultipartFile("file", "RVTools.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", RvToolsExports.drFacts().xlsx());
		this.mvc
			.perform(multipart("/api/v1/environments/" + environment + "/rvtools").file(workbook)
				.param("name", "Objectives")
				.with(architect())
				.with(csrf()))
			.andExpect(status().isCreated());
	}

	@Test
	void anImportedEstateShowsWhatHasNoTierYetAndGetsItsObjectivesByPatternInOneChange() throws Exception {
		importDrFacts("obj-bulk");
		this.mvc.perform(get("/environments/obj-bulk").with(architect()))
			.andExpect(content().string(containsString("4 components have no tier yet")));
		this.mvc.perform(get("/environments/obj-bulk/objectives").with(architect()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4 of 4")));
		this.mvc.perform(get("/environments/obj-bulk/plan").with(architect()))
			.andExpect(content().string(containsString("4 components have no tier yet")))
			.andExpect(content().string(containsString("1 cluster runs HA with admission control off")))
			.andExpect(content().string(containsString("/environments/obj-bulk/objectives")));
		this.mvc
			.perform(get("/environments/obj-bulk/objectives").param("field", "name")
				.param("pattern", "*01")
				.param("pendingOnly", "true")
				.with(architect()))
			.andExpect(content().string(containsString("4 components: name matching &#39;*01&#39;")));
		this.mvc
			.perform(get("/environments/obj-bulk/objectives").param("field", "name")
				.param("pattern", "db*")
				.with(architect()))
			.andExpect(content().string(containsString("1 component: name matching &#39;db*&#39;")))
			.andExpect(content().string(containsString("value=\"host-failure\" id=\"survive-host-failure\" checked")))
			.andExpect(content().string(containsString("Give 1 component these objectives")));

		this.mvc
			.perform(post("/environments/obj-bulk/objectives").with(architect())
				.with(csrf())
				.param("revision", revision("obj-bulk"))
				.param("field", "name")
				.param("pattern", "db*")
				.param("pendingOnly", "true")
				.param("tier", "1")
				.param("rto", "1h")
				.param("rpo", "15m")
				.param("mustSurvive", "host-failure", "site-failure"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess",
					"Gave tier 1, an RTO of 1h and an RPO of 15m to 1 component (name matching 'db*', objectives pending)."));

		Topology topology = this.environments.require(new EnvironmentKey("obj-bulk")).topology();
		Component db = topology.component("db01").orElseThrow();
		this.mvc.perform(get("/environments/obj-bulk/components/web01").with(architect()))
			.andExpect(content().string(containsString("nobody has decided on them yet")));
		this.mvc.perform(get("/environments/obj-bulk/components/db01").with(architect()))
			.andExpect(content().string(not(containsString("nobody has decided on them yet"))));
		assertThat(db.tier()).isEqualTo(Tier.of(1));
		assertThat(db.rto()).isEqualTo(Duration.ofHours(1));
		assertThat(db.objectivesPending()).isFalse();
		assertThat(topology.components()).filteredOn(Component::objectivesPending).hasSize(3);
		this.mvc.perform(get("/environments/obj-bulk/history").with(architect()))
			.andExpect(content().string(containsString("db01")));
	}

	@Test
	void aBadAssignmentNamesEachFieldAndChangesNothing() throws Exception {
		importDrFacts("obj-bad");
		long before = this.environments.require(new EnvironmentKey("obj-bad")).revision();

		this.mvc
			.perform(post("/environments/obj-bad/objectives").with(architect())
				.with(csrf())
				.param("revision", Long.toString(before))
				.param("field", "attribute")
				.param("pattern", "high")
				.param("tier", "7")
				.param("rto", "soon")
				.param("rpo", "1h"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name the custom attribute to match")))
			.andExpect(content().string(containsString("choose a tier from 1 to 4")))
			.andExpect(content().string(containsString("write a duration such as 4h, 30m or 2d")));
		this.mvc
			.perform(post("/environments/obj-bad/objectives").with(architect())
				.with(csrf())
				.param("revision", Long.toString(before))
				.param("field", "folder")
				.param("pattern", "/Nowhere/*")
				.param("tier", "2")
				.param("rto", "4h")
				.param("rpo", "1h"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no component matches folder matching &#39;/Nowhere/*&#39;")));

		assertThat(this.environments.require(new EnvironmentKey("obj-bad")).revision()).isEqualTo(before);
	}

	@Test
	void onlyAnArchitectAssignsAndOthersDoNotSeeTheForm() throws Exception {
		importDrFacts("obj-roles");
		RequestPostProcessor operator = user("operator").roles("OPERATOR");

		this.mvc
			.perform(post("/environments/obj-roles/objectives").with(operator)
				.with(csrf())
				.param("revision", revision("obj-roles"))
				.param("field", "name")
				.param("pattern", "*")
				.param("tier", "1")
				.param("rto", "1h")
				.param("rpo", "1h"))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				get("/environments/obj-roles/objectives").param("field", "name").param("pattern", "*").with(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("these objectives"))));
	}

	private String revision(String environment) {
		return Long.toString(this.environments.require(new EnvironmentKey(environment)).revision());
	}

	private static RequestPostProcessor architect() {
		return user("architect").roles("ARCHITECT");
	}

}
