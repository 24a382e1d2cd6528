package io.drillbook.web;

import io.drillbook.DrillbookTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void keysAndTiersAreDocumentedAsTheTextAndNumberTheApiSends() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/environments/{key}'].get.parameters[0].schema.type").value("string"))
			.andExpect(jsonPath("$.components.schemas.Row.properties.tier.type").value("integer"))
			.andExpect(jsonPath("$.components.schemas.Row.properties.tier.maximum").value(4))
			.andExpect(jsonPath("$.components.schemas.Tier").doesNotExist())
			.andExpect(jsonPath("$.components.schemas.EnvironmentKey").doesNotExist());
	}

}
