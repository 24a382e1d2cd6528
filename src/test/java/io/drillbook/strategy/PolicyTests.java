package io.drillbook.strategy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.drillbook.DrillbookTest;
import io.drillbook.topology.Tier;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
@RecordApplicationEvents
class PolicyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Policies policies;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anArchitectSavesANewVersionThatThePlannerUses() throws Exception {
		Policies.Versioned before = this.policies.current();

		this.mvc
			.perform(form(before.policy(), before.version(),
					Map.of("tiers[1].expected[WARM_STANDBY]", "5h", "note", "warm standby measured slower")))
			.andExpect(status().isFound());

		Policies.Versioned after = this.policies.current();
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.policy().tier(Tier.of(1)).expected(Strategy.WARM_STANDBY)).contains(Duration.ofHours(5));
		// Tiers are stored as plain numbers, as versions saved before the type existed
		// are.
		assertThat(this.jdbc.queryForObject("select document from policy_version where version = ?", String.class,
				after.version()))
			.containsPattern("\"tier\": ?1[,}]");
		assertThat(this.events.stream(PolicyChanged.class)).singleElement()
			.satisfies((e) -> assertThat(e.note()).isEqualTo("warm standby measured slower"));
		this.mvc.perform(get("/policy").with(user("olga").roles("OPERATOR")))
			.andExpect(content().string(containsString("warm standby measured slower")));

		this.policies.save(before.policy(), after.version(), "back to the previous values", "architect");
	}

	@Test
	void aBrokenPolicyIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		Policies.Versioned before = this.policies.current();

		this.mvc
			.perform(form(before.policy(), before.version(),
					Map.of("tiers[2].rto", "soon", "tiers[3].drillEvery", "often")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "tiers[2].rto", "tiers[3].drillEvery"))
			.andExpect(content().string(containsString("aria-describedby=\"tiers-2-rto-error\"")))
			// The empty row sent back is offered again, not a second one beside it.
			.andExpect(content().string(containsString("name=\"minimums[1].product\"")))
			.andExpect(content().string(not(containsString("name=\"minimums[2].product\""))))
			.andExpect(content().string(containsString("tier 2: RTO: write a duration")))
			.andExpect(content().string(containsString("tier 3: drill frequency in whole days")));

		assertThat(this.policies.current().version()).isEqualTo(before.version());
	}

	@Test
	void theApiReadsThePolicyAndSavesItWithTheSameChecksAndLocking() throws Exception {
		Policies.Versioned before = this.policies.current();
		String document = this.mvc.perform(get("/api/v1/policy").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(before.version()))
			.andExpect(jsonPath("$.policy.tiers[0].tier").value(1))
			.andExpect(jsonPath("$.policy.tiers[0].rto").value("PT1H"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String policy = document.substring(document.indexOf("\"policy\":") + "\"policy\":".length(),
				document.length() - 1);

		this.mvc
			.perform(put("/api/v1/policy").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"basedOn\":" + before.version() + ",\"policy\":" + policy + "}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/policy").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"basedOn\":" + before.version() + ",\"policy\":"
						+ policy.replaceFirst("\"rto\":\"PT1H\"", "\"rto\":\"PT0S\"") + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[0].field").value("tiers[1].rto"));
		this.mvc
			.perform(put("/api/v1/policy").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"basedOn\":" + (before.version() + 5) + ",\"policy\":" + policy + "}"))
			.andExpect(status().isConflict());
		assertThat(this.policies.current().version()).isEqualTo(before.version());

		this.mvc
			.perform(put("/api/v1/policy").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"basedOn\":" + before.version() + ",\"note\":\"over the API\",\"policy\":" + policy + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(before.version() + 1));
		this.mvc.perform(get("/api/v1/policy/versions").with(user("audrey").roles("AUDITOR")))
			.andExpect(jsonPath("$[0].note").value("over the API"))
			.andExpect(jsonPath("$[0].createdBy").value("ari"));
		assertThat(this.policies.current().policy()).isEqualTo(before.policy());
	}

	@Test
	void anEditBasedOnAnOlderVersionIsRefused() throws Exception {
		Policies.Versioned before = this.policies.current();

		this.mvc.perform(form(before.policy(), before.version() - 1, Map.of()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("while you were editing")));
		assertThat(this.policies.current().version()).isEqualTo(before.version());
	}

	@Test
	void policyRulesNameEachBrokenField() {
		Map<Strategy, Duration> expected = new EnumMap<>(Strategy.class);
		for (Strategy strategy : Strategy.values()) {
			expected.put(strategy, Duration.ofHours(1));
		}
		expected.remove(Strategy.COLD_STANDBY);
		Policy broken = new Policy(List
			.of(new TierPolicy(Tier.of(1), Duration.ZERO, Duration.ofMinutes(-1), Duration.ofHours(3), expected)),
				List.of(new ProductMinimum("", Strategy.FAILOVER_CLUSTER, "two", -1)));

		assertThat(broken.problems()).extracting(PolicyProblem::field)
			.contains("tiers[2]", "tiers[1].rto", "tiers[1].rpo", "tiers[1].drillEvery",
					"tiers[1].expected[COLD_STANDBY]", "minimums[0].product", "minimums[0].minimumVersion",
					"minimums[0].minimumPatch");
		assertThat(Policy.defaults().problems()).isEmpty();
	}

	private MockHttpServletRequestBuilder form(Policy policy, int basedOn, Map<String, String> changes) {
		Map<String, String> fields = new java.util.TreeMap<>();
		for (TierPolicy tier : policy.tiers()) {
			String at = "tiers[" + tier.tier() + "].";
			fields.put(at + "rto", tier.rto().toString());
			fields.put(at + "rpo", tier.rpo().toString());
			fields.put(at + "drillEvery", Long.toString(tier.drillEvery().toDays()));
			tier.expectedRecovery()
				.forEach((strategy, time) -> fields.put(at + "expected[" + strategy.name() + "]", time.toString()));
		}
		fields.putAll(changes);
		MockHttpServletRequestBuilder request = post("/policy").with(user("architect").roles("ARCHITECT"))
			.with(csrf())
			.param("basedOn", Integer.toString(basedOn));
		fields.forEach(request::param);
		for (int i = 0; i < policy.minimums().size(); i++) {
			ProductMinimum minimum = policy.minimums().get(i);
			String at = "minimums[" + i + "].";
			request.param(at + "product", minimum.product())
				.param(at + "strategy", minimum.strategy().name())
				.param(at + "minimumVersion", minimum.minimumVersion())
				.param(at + "minimumPatch", Integer.toString(minimum.minimumPatch()));
		}
		// The empty row the page always offers for a new minimum.
		request.param("minimums[" + policy.minimums().size() + "].product", "")
			.param("minimums[" + policy.minimums().size() + "].minimumVersion", "");
		return request;
	}

}
