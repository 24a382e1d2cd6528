package io.drillbook.system;

import java.util.Arrays;

import io.drillbook.DrillbookTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@DrillbookTest
class DatabaseTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsOnPostgresql() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

	@Test
	void everyMigrationIsAppliedAndNonePending() {
		MigrationInfo[] migrations = this.flyway.info().all();
		assertThat(migrations).isNotEmpty();
		assertThat(Arrays.stream(migrations).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
		assertThat(this.flyway.info().pending()).isEmpty();
	}

}
