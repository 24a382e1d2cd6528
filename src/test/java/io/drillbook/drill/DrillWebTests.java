package io.drillbook.drill;

import com.jayway.jsonpath.JsonPath;
import io.drillbook.DrillbookTest;
import io.drillbook.identity.Role;
import io.drillbook.identity.TestAccounts;
import io.drillbook.runbook.PublishedSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class DrillWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void people() {
		TestAccounts.ensure(this.context, "olga", "olga-password-12", Role.OPERATOR);
		TestAccounts.ensure(this.context, "otto", "otto-password-12", Role.OPERATOR);
	}

	@Test
	void theApiStartsActsWithConflictsClosesAndSignsOff() throws Exception {
		long version = PublishedSamples.virtualCenter(this.context, "dr-api", "vcdb", "site");
		String start = "{\"runbookVersionId\":" + version
				+ ",\"kind\":\"DRILL\",\"scope\":\"SITE\",\"target\":\"HQ\",\"participants\":{}}";
		this.mvc
			.perform(post("/api/v1/drills").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(start))
			.andExpect(status().isForbidden());
		MvcResult started = this.mvc
			.perform(post("/api/v1/drills").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(start))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("RUNNING"))
			.andExpect(jsonPath("$.steps.length()").value(4))
			.andReturn();
		String json = started.getResponse().getContentAsString();
		int id = JsonPath.read(json, "$.id");
		int first = JsonPath.read(json, "$.steps[0].id");
		int restoring = JsonPath.read(json, "$.steps[1].id");
		String act = "/api/v1/drills/" + id + "/steps/";

		this.mvc
			.perform(post(act + first).with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"COMPLETE\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"))
			.andExpect(jsonPath("$.finishedBy").value("olga"));
		this.mvc
			.perform(post(act + first).with(user("otto").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"COMPLETE\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("was completed by olga")));
		this.mvc
			.perform(post(act + restoring).with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"SKIP\",\"version\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Step 2: reason: say why the step is skipped."));
		this.mvc
			.perform(post(act + restoring).with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"COMPLETE\",\"version\":0}"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/drills/" + id).with(user("audrey").roles("AUDITOR")))
			.andExpect(jsonPath("$.recoveredAt").isNotEmpty())
			.andExpect(jsonPath("$.rtoMet").value(true))
			.andExpect(jsonPath("$.rtoMinutes").value(120));
		this.mvc
			.perform(post("/api/v1/drills/" + id + "/close").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"DONE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("outcome: choose one of SUCCESS, PARTIAL, FAILED."));
		this.mvc
			.perform(post("/api/v1/drills/" + id + "/close").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"PARTIAL\",\"findings\":[{\"dueOn\":\"next week\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("findings[0].dueOn: write a date")));
		this.mvc
			.perform(post("/api/v1/drills/" + id + "/close").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").isNotEmpty());
		// A finding is named by its row in the form, however many rows before it were
		// left blank, and its refusal is shown beside that row's field with what was
		// typed kept; the API names it by its position in the request's array.
		this.mvc
			.perform(post("/drills/" + id + "/close").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.param("outcome", "PARTIAL")
				.param("findings[0].description", "")
				.param("findings[1].description", "The restore was slow.")
				.param("findings[1].step", "")
				.param("findings[1].action", "Measure it.")
				.param("findings[1].owner", "olga")
				.param("findings[1].dueOn", "2001-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("closeForm", "findings[1].dueOn", "refused"))
			.andExpect(content().string(containsString("a date from today on.")))
			.andExpect(content().string(containsString("The restore was slow.")));
		this.mvc
			.perform(post("/drills/" + id + "/close").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.param("findings[0].description", "Slow.")
				.param("findings[0].dueOn", "next week"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("closeForm", "outcome", "findings[0].dueOn"))
			.andExpect(content().string(containsString("a date such as 2026-12-31.")))
			.andExpect(content().string(containsString("choose success, partial or failed.")));
		this.mvc
			.perform(post("/api/v1/drills/" + id + "/close").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"PARTIAL\",\"findings\":[{\"description\":\"Slow.\",\"action\":\"Measure.\","
						+ "\"owner\":\"olga\",\"dueOn\":\"2099-01-01\"},{\"description\":\"Slow.\",\"action\":\"x\","
						+ "\"owner\":\"nobody-here\",\"dueOn\":\"2099-01-01\"}]}"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("findings[1].owner")));
		this.mvc
			.perform(post("/api/v1/drills/" + id + "/close").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"PARTIAL\",\"summary\":\"Two steps left.\",\"findings\":[]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"));
		this.mvc
			.perform(post("/api/v1/drills/" + id + "/sign-off").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"mine\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/drills/" + id + "/sign-off").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"Checked.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SIGNED_OFF"))
			.andExpect(jsonPath("$.signedOffBy").value("ari"));
	}

	@Test
	void aRefusedStartIsShownBesideItsFieldWithTheFormAsTyped() throws Exception {
		long version = PublishedSamples.virtualCenter(this.context, "dr-start-form", "vcdb", "site");
		this.mvc
			.perform(startOf(version).param("target", " ")
				.param("scenario", "The database host loses power.")
				.param("outageDeclaredAt", "yesterday"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("startForm", "outageDeclaredAt"))
			.andExpect(content().string(containsString("a date and time such as 2026-11-25T03:10.")))
			.andExpect(content().string(containsString("The database host loses power.")));
		this.mvc.perform(startOf(version).param("target", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("startForm", "target", "refused"))
			.andExpect(content().string(containsString("write 1 to 200 characters.")));
		this.mvc
			.perform(startOf(version).param("target", "sql01.hq.example.net")
				.param("participants[0].username", "nobody-at-all")
				.param("participants[0].role", "observer"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("startForm", "participants", "refused"))
			.andExpect(content().string(containsString("nobody called &#39;nobody-at-all&#39; can sign in.")));
		assertThat(this.context.getBean(ExecutionRepository.class).findByEnvironmentKeyOrderByIdDesc("dr-start-form"))
			.isEmpty();
	}

	// The start form as an operator sends it for a host of the environment dr-start-form.
	private static MockHttpServletRequestBuilder startOf(long version) {
		return post("/drills").with(user("olga").roles("OPERATOR"))
			.with(csrf())
			.param("environment", "dr-start-form")
			.param("runbook", String.valueOf(version))
			.param("kind", "DRILL")
			.param("scope", "HOST");
	}

	@Test
	void theLiveViewAnswersNothingUntilSomethingIsRecorded() throws Exception {
		long version = PublishedSamples.virtualCenter(this.context, "dr-live", "vcdb", "site");
		this.mvc
			.perform(post("/drills").with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.param("runbook", String.valueOf(version))
				.param("kind", "DRILL")
				.param("scope", "HOST")
				.param("target", "sql01.hq.example.net"))
			.andExpect(status().is3xxRedirection());
		Execution execution = this.context.getBean(ExecutionRepository.class)
			.findByEnvironmentKeyOrderByIdDesc("dr-live")
			.get(0);
		Executions executions = this.context.getBean(Executions.class);
		String stamp = executions.stamp(execution.getId());
		String live = "/drills/" + execution.getId() + "/live";

		this.mvc.perform(get(live).param("stamp", stamp).with(user("otto").roles("OPERATOR")))
			.andExpect(status().isNoContent());
		StepRecord first = execution.getSteps().get(0);
		this.mvc
			.perform(post("/drills/" + execution.getId() + "/steps/" + first.getId())
				.with(user("olga").roles("OPERATOR"))
				.with(csrf())
				.param("action", "START")
				.param("version", "0"))
			.andExpect(flash().attribute("flashSuccess", containsString("Step 1 started at")));
		this.mvc.perform(get(live).param("stamp", stamp).with(user("otto").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("started")))
			.andExpect(content().string(containsString("id=\"live\"")));

		MockMultipartFile log = new MockMultipartFile("file", "restore.log", "text/plain",
				"restore finished\n".getBytes());
		this.mvc
			.perform(multipart("/drills/" + execution.getId() + "/evidence").file(log)
				.param("step", String.valueOf(first.getId()))
				.with(user("olga").roles("OPERATOR"))
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "Attached restore.log (17 bytes)."));
		EvidenceSummary saved = this.context.getBean(EvidenceRepository.class).summaries(execution.getId()).get(0);
		this.mvc
			.perform(get("/drills/" + execution.getId() + "/evidence/" + saved.id())
				.with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string("restore finished\n"));
		this.mvc
			.perform(post("/drills/" + execution.getId() + "/steps/" + first.getId())
				.with(user("audrey").roles("AUDITOR"))
				.with(csrf())
				.param("action", "COMPLETE")
				.param("version", "1"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/drills").with(user("audrey").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("VirtualCenter Database: site failure")));
	}

}
