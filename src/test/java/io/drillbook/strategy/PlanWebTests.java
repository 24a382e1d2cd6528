package io.drillbook.strategy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.drillbook.DrillbookTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class PlanWebTests {

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void sample() throws Exception {
		String yaml = Files.readString(Path.of("db", "samples", "virtualcenter.yaml"), StandardCharsets.UTF_8)
			.replace("key: virtualcenter", "key: vc-plan");
		this.mvc.perform(put("/api/v1/environments/vc-plan").contentType("application/yaml")
			.content(yaml)
			.with(user("architect").roles("ARCHITECT"))
			.with(csrf()));
	}

	@Test
	void thePlanPageShowsARecommendationPerUnit() throws Exception {
		this.mvc.perform(get("/environments/vc-plan/plan").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("VirtualCenter Server")))
			.andExpect(content().string(containsString("with license, webaccess")))
			.andExpect(content().string(containsString("Database clustering")));
	}

	@Test
	void theExplanationShowsEveryStrategyAndItsRules() throws Exception {
		this.mvc.perform(get("/environments/vc-plan/plan/vcdb").with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recommended: Database clustering")))
			.andExpect(content().string(containsString("not eligible")))
			.andExpect(content().string(containsString("R13")));
	}

	@Test
	void theApiReturnsTheSameDecisions() throws Exception {
		this.mvc.perform(get("/api/v1/environments/vc-plan/plan").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[?(@.components[0] == 'vc')].local.recommended").value("HA_IN_BAND"))
			.andExpect(
					jsonPath("$.units[?(@.components[0] == 'vcdb')].local.recommended").value("DATABASE_CLUSTERING"));
		this.mvc.perform(get("/api/v1/environments/nowhere/plan").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isNotFound());
	}

	@Test
	void whatIfIsAnsweredWithThePlanForEveryUnitTheFailureStrikes() throws Exception {
		this.mvc
			.perform(get("/environments/vc-plan/impact").param("element", "site:hq")
				.with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("hx-get=\"/environments/vc-plan/plan/what-if?element=site:hq\"")));
		this.mvc
			.perform(get("/environments/vc-plan/plan/what-if").param("element", "site:hq")
				.with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What the protection plan does")))
			.andExpect(content().string(containsString("VirtualCenter Server")))
			.andExpect(content().string(containsString("fails at once")));
		this.mvc
			.perform(get("/environments/vc-plan/plan/what-if").param("element", "site")
				.with(user("olga").roles("OPERATOR")))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(get("/environments/vc-plan/plan/what-if").param("element", "host:atlantis")
				.with(user("olga").roles("OPERATOR")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRulesPageListsEveryRuleWithItsSource() throws Exception {
		this.mvc.perform(get("/rules").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("R17")))
			.andExpect(content().string(containsString("VirtualCenter 2.0.2 patch 2")))
			.andExpect(content().string(containsString("VMworld 2007")));
	}

}
