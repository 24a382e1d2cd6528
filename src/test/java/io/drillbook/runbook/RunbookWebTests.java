package io.drillbook.runbook;

import com.jayway.jsonpath.JsonPath;
import io.drillbook.DrillbookTest;
import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.SampleTopologies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class RunbookWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Runbooks runbooks;

	@Test
	void theApiListsGetsPublishesAndDiffsRunbooks() throws Exception {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-api", "ari");
		this.mvc.perform(get("/api/v1/environments/rb-api/runbooks").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.runbooks[*].key", hasItem("vc/site")))
			.andExpect(jsonPath("$.runbooks[0].draft").doesNotExist());
		MvcResult got = this.mvc
			.perform(get("/api/v1/environments/rb-api/runbooks/vc/site").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.draft.steps[0].key").value("declare/declare-outage"))
			.andReturn();
		String sha = JsonPath.read(got.getResponse().getContentAsString(), "$.draftSha256");

		this.mvc
			.perform(post("/api/v1/environments/rb-api/runbooks/vc/site/publish").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reviewedSha256\":\"" + sha + "\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/environments/rb-api/runbooks/vc/site/publish").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reviewedSha256\":\"looked at it\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("SHA-256 of the draft you reviewed")));
		this.mvc
			.perform(post("/api/v1/environments/rb-api/runbooks/vc/site/publish").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reviewedSha256\":\"" + sha + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.sha256").value(sha));
		this.mvc
			.perform(post("/api/v1/environments/rb-api/runbooks/vc/site/publish").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reviewedSha256\":\"" + sha + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("already has exactly this content")));

		this.mvc
			.perform(get("/api/v1/environments/rb-api/runbooks/vc/site/versions/1").accept("text/markdown")
				.with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("# VirtualCenter Server: site failure")))
			.andExpect(content().string(containsString(sha)));
		this.mvc
			.perform(get("/api/v1/environments/rb-api/runbooks/vc/site/versions/1").accept(MediaType.APPLICATION_JSON)
				.with(user("audrey").roles("AUDITOR")))
			.andExpect(jsonPath("$.version.sha256").value(sha))
			.andExpect(jsonPath("$.staleBecause").isEmpty())
			.andExpect(jsonPath("$.runbook.strategy").value("WARM_STANDBY"));
		this.mvc
			.perform(get("/api/v1/environments/rb-api/runbooks/vc/site/diff?from=1&to=draft")
				.with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes").isEmpty());
		this.mvc
			.perform(get("/api/v1/environments/rb-api/runbooks/vc/site/diff?from=1&to=abc")
				.with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", startsWith("to:")));
		this.mvc
			.perform(get("/api/v1/environments/rb-api/runbooks/vc/site/diff?from=7")
				.with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("version 7")));
	}

	@Test
	void anArchitectEditsAndPublishesFromThePagesAndOthersOnlyRead() throws Exception {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "rb-web", "ari");
		String page = "/environments/rb-web/runbooks/vc/site";
		this.mvc.perform(get("/environments/rb-web/runbooks").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("VirtualCenter Database")))
			.andExpect(content().string(containsString("Download offline bundle")));
		this.mvc.perform(get(page).with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vc-standby.dr.example.net")))
			.andExpect(content().string(not(containsString("Add a step"))));
		this.mvc
			.perform(post(page + "/edit/add").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.param("revision", "0")
				.param("section", "failover")
				.param("role", "network-admin")
				.param("minutes", "5")
				.param("instruction", "Change DNS.")
				.param("check", "It resolves."))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post(page + "/edit/add").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.param("revision", "0")
				.param("section", "failover")
				.param("role", "network-admin")
				.param("minutes", "five")
				.param("instruction", "Change DNS.")
				.param("check", "It resolves."))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", "Not saved: minutes: write a whole number of minutes."));
		this.mvc
			.perform(post(page + "/edit/add").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.param("revision", "0")
				.param("section", "failover")
				.param("role", "network-admin")
				.param("minutes", "5")
				.param("instruction", "Point the vcenter DNS alias at vc-standby.dr.example.net.")
				.param("check", "It resolves to the standby."))
			.andExpect(flash().attribute("flashSuccess", "Added the step."));
		this.mvc.perform(get(page).with(user("ari").roles("ARCHITECT")))
			.andExpect(content().string(containsString("Point the vcenter DNS alias")))
			.andExpect(content().string(containsString("added by an architect")));

		String sha = this.runbooks.entry(new RunbookKey(new EnvironmentKey("rb-web"), "vc", Scenario.SITE))
			.orElseThrow()
			.draftSha256()
			.hex();
		this.mvc
			.perform(post(page + "/publish").with(user("ari").roles("ARCHITECT")).with(csrf()).param("reviewed", sha))
			.andExpect(redirectedUrl(page + "/versions/1"));
		this.mvc.perform(get(page + "/versions/1").with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(sha)))
			.andExpect(content().string(containsString("Current: the newest version")));
		this.mvc.perform(get(page + "/versions/1/pdf").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("rb-web-vc-site-v1.pdf")));
		this.mvc.perform(get(page + "/versions/1/print").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Done at")));
		this.mvc.perform(get(page + "/diff?from=1&to=draft").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No step differs.")));
		this.mvc.perform(get(page + "/versions/7").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/environments/rb-web/runbooks/vc/flood").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/environments/rb-web/runbooks/vc/flood").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("scenario flood")));
	}

	@Test
	void aCopyIsCheckedByItsHash() throws Exception {
		this.mvc
			.perform(post("/runbooks/check").with(user("olga").roles("OPERATOR")).with(csrf()).param("sha256", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sha256: write the 64 hexadecimal characters")));
		this.mvc
			.perform(post("/runbooks/check").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.param("sha256", "0".repeat(64)))
			.andExpect(content().string(containsString("Do not trust this copy")));
		this.mvc
			.perform(post("/runbooks/check").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.param("sha256", "a".repeat(64) + "  drillbook-bundle.html"))
			.andExpect(content().string(containsString("a".repeat(64))));
	}

}
