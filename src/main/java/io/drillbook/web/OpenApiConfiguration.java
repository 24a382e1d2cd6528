package io.drillbook.web;

import java.math.BigDecimal;

import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.Tier;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the JSON API under {@code /api/**} and how to authenticate against it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	// Keys and tiers are written as the text and number they wrap, so the documentation
	// shows them so rather than as objects.
	static {
		SpringDocUtils.getConfig()
			.replaceWithClass(EnvironmentKey.class, String.class)
			.replaceWithSchema(Tier.class, new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(4)));
	}

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
