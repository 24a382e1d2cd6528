package io.drillbook.topology;

import io.drillbook.DrillbookTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sample estate travels inside the application: one click imports it as any upload is
 * imported, checked and audited, and never over an environment that holds its key.
 */
@DrillbookTest
class SampleEstateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Environments environments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void withoutTheSample() {
		SampleTopologies.removeShippedSample(this.context, "sample-tests");
	}

	@Test
	void anArchitectLoadsTheSampleInOneClickAndTheImportIsAudited() throws Exception {
		this.mvc.perform(get("/environments/import").with(user("sam").roles("ARCHITECT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Load the sample estate")))
			.andExpect(content().string(not(containsString("db/samples"))));

		this.mvc.perform(post("/environments/import/sample").with(user("sam").roles("ARCHITECT")).with(csrf()))
			.andExpect(redirectedUrl("/environments/" + Imports.SAMPLE_KEY))
			.andExpect(flash().attribute("flashSuccess", "Imported VirtualCenter estate, the sample estate."));

		EnvironmentSnapshot sample = this.environments.find(new EnvironmentKey(Imports.SAMPLE_KEY)).orElseThrow();
		assertThat(sample.topology().components()).extracting(Component::key).contains("vc", "vcdb", "license");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'TOPOLOGY_CHANGED' and object_key = ? and actor = 'sam'",
				Long.class, Imports.SAMPLE_KEY))
			.isOne();
		this.mvc.perform(get("/environments/import").with(user("sam").roles("ARCHITECT")))
			.andExpect(content().string(not(containsString("Load the sample estate"))));

		this.mvc.perform(post("/environments/import/sample").with(user("sam").roles("ARCHITECT")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess",
					"An environment with the sample's key (virtualcenter) exists already; nothing was imported."));
		assertThat(this.environments.find(new EnvironmentKey(Imports.SAMPLE_KEY)).orElseThrow().revision())
			.isEqualTo(sample.revision());
	}

	@Test
	void onlyArchitectsLoadTheSample() throws Exception {
		this.mvc.perform(post("/environments/import/sample").with(user("otto").roles("OPERATOR")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.environments.exists(Imports.SAMPLE_KEY)).isFalse();
	}

}
