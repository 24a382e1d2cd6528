package io.drillbook.strategy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import io.drillbook.DrillbookTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy version stored before hypervisor HA was its own strategy gets the in-band time
 * for it, and every other field stays as it was. The migration runs again on a row
 * written the old way, inside a transaction that is rolled back, so that it needs no more
 * rights than the application has.
 */
@DrillbookTest
class HypervisorHaMigrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void storedPolicyVersionsGetAnExpectedTimeForHypervisorHa() throws IOException {
		String migration = new ClassPathResource("db/migration/V13__hypervisor_ha.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		List<String> migrated = this.transactions.execute((status) -> {
			status.setRollbackOnly();
			jdbc.update(
					"insert into policy_version (version, created_at, created_by, document) "
							+ "values (900001, now(), 'architect', cast(? as jsonb))",
					"{\"tiers\": [{\"tier\": 1, \"rto\": \"PT1H\", \"expectedRecovery\": {\"HA_IN_BAND\": \"PT7M\", "
							+ "\"COLD_STANDBY\": \"PT6H\"}}, {\"tier\": 2, \"expectedRecovery\": {\"HA_IN_BAND\": "
							+ "\"PT12M\"}}, {\"tier\": 3, \"expectedRecovery\": {}}], \"minimums\": []}");
			jdbc.execute(migration);
			List<String> times = jdbc.queryForList("select tier ->> 'tier' || '=' || coalesce(tier -> "
					+ "'expectedRecovery' ->> 'HYPERVISOR_HA', 'none') from policy_version, "
					+ "jsonb_array_elements(document -> 'tiers') with ordinality as t(tier, n) "
					+ "where version = 900001 order by n", String.class);
			times.add(jdbc.queryForObject(
					"select document -> 'tiers' -> 0 ->> 'rto' from policy_version where version = 900001",
					String.class));
			return times;
		});

		assertThat(migrated).containsExactly("1=PT7M", "2=PT12M", "3=none", "PT1H");
		assertThat(jdbc.queryForObject("select count(*) from policy_version where version = 900001", Integer.class))
			.isZero();
	}

}
