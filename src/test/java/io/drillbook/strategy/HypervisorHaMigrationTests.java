package io.drillbook.strategy;

import javax.sql.DataSource;

import io.drillbook.DrillbookTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy version stored before hypervisor HA was its own strategy gets the in-band time
 * for it, and every other field stays as it was.
 */
@DrillbookTest
class HypervisorHaMigrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void storedPolicyVersionsGetAnExpectedTimeForHypervisorHa() {
		String schema = "policy_before_hypervisor_ha";
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.execute("drop schema if exists " + schema + " cascade");
		Flyway flyway = Flyway.configure().dataSource(this.dataSource).schemas(schema).target("12").load();
		flyway.migrate();
		jdbc.update(
				"insert into " + schema + ".policy_version (version, created_at, created_by, document) "
						+ "values (1, now(), 'architect', cast(? as jsonb))",
				"{\"tiers\": [{\"tier\": 1, \"rto\": \"PT1H\", \"expectedRecovery\": {\"HA_IN_BAND\": \"PT7M\", "
						+ "\"COLD_STANDBY\": \"PT6H\"}}, {\"tier\": 2, \"expectedRecovery\": {\"HA_IN_BAND\": "
						+ "\"PT12M\"}}, {\"tier\": 3, \"expectedRecovery\": {}}], \"minimums\": []}");

		Flyway.configure().dataSource(this.dataSource).schemas(schema).load().migrate();

		assertThat(jdbc.queryForList(
				"select tier ->> 'tier' || '=' || coalesce(tier -> 'expectedRecovery' ->> "
						+ "'HYPERVISOR_HA', 'none') from " + schema + ".policy_version, "
						+ "jsonb_array_elements(document -> 'tiers') with ordinality as t(tier, n) order by n",
				String.class))
			.containsExactly("1=PT7M", "2=PT12M", "3=none");
		assertThat(jdbc.queryForObject("select document -> 'tiers' -> 0 ->> 'rto' from " + schema + ".policy_version",
				String.class))
			.isEqualTo("PT1H");
		jdbc.execute("drop schema " + schema + " cascade");
	}

}
