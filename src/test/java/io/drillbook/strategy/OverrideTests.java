package io.drillbook.strategy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.drillbook.DrillbookTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
@RecordApplicationEvents
class OverrideTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	private String sample;

	private String key;

	// Each test gets an environment of its own: overrides stay in the shared database.
	@BeforeEach
	void sample(org.junit.jupiter.api.TestInfo test) throws Exception {
		this.key = "vc-override-" + Math.abs(test.getDisplayName().hashCode());
		this.sample = Files.readString(Path.of("db", "samples", "virtualcenter.yaml"), StandardCharsets.UTF_8)
			.replace("key: virtualcenter", "key: " + this.key);
		putEnvironment(this.sample);
	}

	@Test
	void architectsSeeTheFormToChooseAnotherStrategy() throws Exception {
		this.mvc.perform(get("/environments/" + this.key + "/plan/vc").with(architect()))
			.andExpect(content().string(containsString("Choose another eligible strategy")))
			.andExpect(content().string(containsString("value=\"FAILOVER_CLUSTER\"")));
	}

	@Test
	void anArchitectChoosesAnotherEligibleStrategyWithAJustification() throws Exception {
		this.mvc
			.perform(post("/environments/" + this.key + "/plan/vc/override").with(architect())
				.with(csrf())
				.param("layer", "LOCAL")
				.param("strategy", "FAILOVER_CLUSTER")
				.param("justification", "Application failures of VirtualCenter must be covered too."))
			.andExpect(
					flash().attribute("flashSuccess", "Recorded your decision: Guest failover cluster (MSCS/WSFC)."));

		this.mvc.perform(get("/environments/" + this.key + "/plan/vc").with(user("audrey").roles("AUDITOR")))
			.andExpect(content().string(containsString("Decision: Guest failover cluster (MSCS/WSFC)")))
			.andExpect(content().string(containsString("Recommended: Hypervisor HA, in-band")))
			.andExpect(content().string(containsString("Application failures of VirtualCenter must be covered too.")));
		assertThat(this.events.stream(StrategyOverridden.class)).singleElement()
			.satisfies((e) -> assertThat(e.by()).isEqualTo("architect"));
	}

	@Test
	void ineligibleStrategiesAndShortJustificationsAreRefused() throws Exception {
		this.mvc
			.perform(post("/environments/" + this.key + "/plan/vc/override").with(architect())
				.with(csrf())
				.param("layer", "LOCAL")
				.param("strategy", "DATABASE_CLUSTERING")
				.param("justification", "Because it is what we always do here."))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("override", "strategy"))
			.andExpect(content().string(containsString("not eligible")))
			.andExpect(content().string(containsString("Because it is what we always do here.")));
		this.mvc
			.perform(post("/environments/" + this.key + "/plan/vc/override").with(architect())
				.with(csrf())
				.param("layer", "LOCAL")
				.param("strategy", "FAILOVER_CLUSTER")
				.param("justification", "because"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("override", "justification"))
			.andExpect(content().string(containsString("20 to 2000 characters")));
		this.mvc.perform(get("/api/v1/environments/" + this.key + "/overrides").with(architect()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void anOverrideThatMissesTheRtoIsShownAsARiskItsArchitectAccepted() throws Exception {
		this.mvc
			.perform(post("/environments/" + this.key + "/plan/vc/override").with(architect())
				.with(csrf())
				.param("layer", "SITE")
				.param("strategy", "COLD_STANDBY")
				.param("justification", "No second licence for a warm standby this year."))
			.andExpect(status().isFound());

		this.mvc.perform(get("/api/v1/environments/" + this.key + "/overrides").with(architect()))
			.andExpect(jsonPath("$[0].risks[0]").value("misses the RTO of 4 h by 2 h (expected 6 h)"));
		this.mvc.perform(get("/environments/" + this.key + "/plan").with(user("audrey").roles("AUDITOR")))
			.andExpect(content().string(containsString("Accepted risk (architect): misses the RTO of 4 h by 2 h")));
		this.mvc.perform(get("/environments/" + this.key + "/plan/vc").with(user("audrey").roles("AUDITOR")))
			.andExpect(content().string(containsString("Accepted risk, accepted by architect: misses the RTO")))
			.andExpect(content().string(containsString("(set aside by the decision below)")))
			.andExpect(content().string(containsString("RTO that counts: 4 h. The components ask 4 h")));
	}

	@Test
	void anOverrideWhosePremiseBreaksIsFlagged() throws Exception {
		this.mvc.perform(post("/environments/" + this.key + "/plan/vc/override").with(architect())
			.with(csrf())
			.param("layer", "LOCAL")
			.param("strategy", "FAILOVER_CLUSTER")
			.param("justification", "Application failures of VirtualCenter must be covered too."));

		putEnvironment(this.sample.replace("patchLevel: patch 2", "patchLevel: patch 1"));

		this.mvc.perform(get("/api/v1/environments/" + this.key + "/overrides").with(architect()))
			.andExpect(jsonPath("$[0].strategy").value("FAILOVER_CLUSTER"))
			.andExpect(jsonPath("$[0].premiseHolds").value(false))
			.andExpect(jsonPath("$[0].factsChanged").value(true));
		this.mvc.perform(get("/environments/" + this.key + "/plan").with(architect()))
			.andExpect(content().string(containsString("premise broken")));
	}

	@Test
	void removingTheEnvironmentWithdrawsItsOverrides() throws Exception {
		this.mvc.perform(post("/environments/" + this.key + "/plan/vc/override").with(architect())
			.with(csrf())
			.param("layer", "LOCAL")
			.param("strategy", "FAILOVER_CLUSTER")
			.param("justification", "Application failures of VirtualCenter must be covered too."));

		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/api/v1/environments/" + this.key)
			.with(architect())
			.with(csrf()));
		putEnvironment(this.sample);

		this.mvc.perform(get("/api/v1/environments/" + this.key + "/overrides").with(architect()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	private void putEnvironment(String yaml) throws Exception {
		this.mvc.perform(put("/api/v1/environments/" + this.key).contentType("application/yaml")
			.content(yaml)
			.with(architect())
			.with(csrf()));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor architect() {
		return user("architect").roles("ARCHITECT");
	}

}
