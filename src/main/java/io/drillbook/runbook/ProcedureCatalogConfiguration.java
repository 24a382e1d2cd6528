package io.drillbook.runbook;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the procedure catalog once at startup; a catalog with a mistake stops the
 * application with every problem named.
 */
@Configuration(proxyBeanMethods = false)
class ProcedureCatalogConfiguration {

	static final String LOCATION = "runbooks/procedures.yaml";

	@Bean
	Procedures procedures() throws IOException {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return Procedures.read(in.readAllBytes());
		}
	}

}
