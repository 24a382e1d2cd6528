package io.drillbook.web;

import io.drillbook.DrillbookTest;
import io.drillbook.drill.DrillTestData;
import io.drillbook.identity.Role;
import io.drillbook.identity.TestAccounts;
import io.drillbook.runbook.PublishedSamples;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theDashboardListsWhatIsUnderWayWhatWaitsForYourSignOffAndYourFollowUps() throws Exception {
		long version = PublishedSamples.virtualCenter(this.context, "dash-work", "vcdb", "site");
		TestAccounts.ensure(this.context, "dora", "dora-password-12", Role.OPERATOR);
		TestAccounts.ensure(this.context, "fred", "fred-password-12", Role.OPERATOR);
		long running = DrillTestData.running(this.context, version, "dora");
		long closed = DrillTestData.closedWithFollowUp(this.context, version, "dora", "fred",
				"Rehearse the log shipping restore every month.");

		String fred = dashboard("fred", "OPERATOR");
		assertThat(section(fred, "underway-heading")).contains("/drills/" + running + "\"")
			.doesNotContain("/drills/" + closed + "\"");
		assertThat(section(fred, "signoff-heading")).contains("/drills/" + closed + "\"")
			.doesNotContain("/drills/" + running + "\"");
		assertThat(section(fred, "followups-heading")).contains("Rehearse the log shipping restore every month.",
				"/drills/" + closed + "\"");

		String dora = dashboard("dora", "OPERATOR");
		assertThat(dora).contains("/drills/" + running + "\"").doesNotContain("/drills/" + closed + "\"");

		String auditor = dashboard("audrey", "AUDITOR");
		assertThat(auditor).contains("/drills/" + running + "\"").doesNotContain("signoff-heading");
	}

	private String dashboard(String username, String role) throws Exception {
		return this.mvc.perform(get("/").with(user(username).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	// The section that the heading with this id opens, up to the next section.
	private static String section(String page, String headingId) {
		int start = page.indexOf("id=\"" + headingId + "\"");
		assertThat(start).as("section " + headingId).isNotNegative();
		int end = page.indexOf("</section>", start);
		return page.substring(start, end);
	}

}
