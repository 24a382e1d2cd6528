package io.drillbook.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the JSON API under {@code /api/**} and how to authenticate against it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI drillbookOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Drillbook API")
				.version("v1")
				.description("Disaster-recovery plans, runbooks and drills. Authenticate with HTTP Basic "
						+ "or a signed-in session; unauthenticated calls get 401, forbidden ones 403, both as JSON."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
