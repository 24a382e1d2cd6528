package io.drillbook.audit;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.drillbook.DrillbookTest;
import io.drillbook.identity.Role;
import io.drillbook.identity.TestAccounts;
import io.drillbook.runbook.PublishedSamples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With 100,000 audit entries and 2,000 closed executions, how fast the history, audit
 * log, dashboard and compliance pages answer over HTTP (signed in, as a browser is) and
 * how long verifying the whole chain takes. Prints figures; asserts only that the work
 * was done.
 */
@DrillbookTest
@Tag("benchmark")
class AuditBenchmark {

	private static final int ENTRIES = 100_000;

	private static final int EXECUTIONS = 2_000;

	private static final int READS = 30;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog log;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void historyAndLogPagesAndVerificationAtScale() throws Exception {
		long version = PublishedSamples.virtualCenter(this.context, "audit-bench", "vc", "site");
		executions(version);
		entries();
		// An operator too, so that the dashboard looks for sign-offs among every closed
		// execution.
		TestAccounts.ensure(this.context, "bench-auditor", "bench-auditor-password", Role.AUDITOR, Role.OPERATOR);
		signIn("bench-auditor", "bench-auditor-password");

		for (String page : new String[] { "/audit", "/audit?environment=audit-bench&rto=missed",
				"/audit?environment=audit-bench&page=30", "/audit/log", "/audit/log?action=DRILL_STEP",
				"/audit/log?actor=bench-7&page=10", "/", "/audit/compliance?environment=audit-bench" }) {
			long[] times = new long[READS];
			for (int i = 0; i < READS + 5; i++) {
				long start = System.nanoTime();
				HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(page)).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				long elapsed = (System.nanoTime() - start) / 1_000_000;
				assertThat(response.statusCode()).isEqualTo(200);
				if (i >= 5) {
					times[i - 5] = elapsed;
				}
			}
			Arrays.sort(times);
			System.out.printf(Locale.ROOT, "GET %s: median %d ms, 90th percentile %d ms, max %d ms (%d reads)%n", page,
					times[READS / 2], times[READS * 9 / 10], times[READS - 1], READS);
		}
		for (int round = 1; round <= 3; round++) {
			long start = System.nanoTime();
			AuditLog.Verification verification = this.log.verify(Instant.now());
			long elapsed = (System.nanoTime() - start) / 1_000_000;
			assertThat(verification.intact()).isTrue();
			System.out.printf(Locale.ROOT, "verify %,d entries: %d ms%n", verification.checked(), elapsed);
		}
	}

	// Closed executions written straight into the tables, a fifth of them missing the
	// RTO.
	private void executions(long version) {
		Instant base = Instant.now().minusSeconds(86_400L * 400);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < EXECUTIONS; i++) {
			rows.add(new Object[] { version, Timestamp.from(base.plusSeconds(i * 3600L)) });
		}
		this.jdbc.batchUpdate("insert into execution (environment_key, runbook_version_id, runbook_key, runbook_title,"
				+ " runbook_number, unit_key, layer, strategy, tier, rto_minutes, kind, failure_scope, failure_target,"
				+ " scenario_text, outage_declared_at, started_at, started_by, state) values ('audit-bench', ?, 'vc/site',"
				+ " 'VirtualCenter Server: site failure (Warm standby)', 1, 'vc', 'SITE', 'WARM_STANDBY', 1, 240, 'DRILL',"
				+ " 'SITE', 'HQ', '', ?, now(), 'bench', 'RUNNING')", rows);
		this.jdbc.update("insert into step_record (execution_id, position, step_key, section, role, instruction,"
				+ " check_text, why, expected_minutes, restores_service, state, started_at, started_by, finished_at,"
				+ " finished_by) select e.id, p, 'step-' || p, 'FAILOVER', 'incident-lead', 'Step ' || p, 'Check', 'Why',"
				+ " 10, p = 6, 'DONE', e.outage_declared_at + (p * 10) * interval '1 minute', 'bench',"
				+ " e.outage_declared_at + (p * 10 + case when e.id % 5 = 0 then 60 else 5 end) * interval '1 minute',"
				+ " 'bench' from execution e, generate_series(1, 12) p where e.environment_key = 'audit-bench'");
		this.jdbc
			.update("update execution set state = 'CLOSED', outcome = 'SUCCESS', summary = '', closed_by = 'bench',"
					+ " closed_at = outage_declared_at + interval '3 hours' where environment_key = 'audit-bench'");
	}

	// Entries with a correct chain, written in batches rather than one by one.
	private void entries() {
		String previous = this.jdbc.query("select hash from audit_entry order by id desc limit 1",
				(rs) -> rs.next() ? rs.getString(1) : AuditChain.GENESIS);
		Instant at = Instant.now().minusSeconds(ENTRIES);
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < ENTRIES; i++) {
			long id = this.jdbc.queryForObject("select nextval(pg_get_serial_sequence('audit_entry', 'id'))",
					Long.class);
			AuditRecord entry = new AuditRecord(AuditChain.stored(at.plusSeconds(i)), "bench-" + (i % 20),
					(i % 3 == 0) ? "DRILL_STEP_COMPLETED" : "TOPOLOGY_CHANGED", "execution", String.valueOf(i),
					"audit-bench", null, null, "benchmark entry " + i);
			String hash = AuditChain.hash(previous, id, entry);
			batch.add(new Object[] { id, Timestamp.from(entry.at()), entry.actor(), entry.action(), entry.objectType(),
					entry.objectKey(), entry.environment(), entry.detail(), previous, hash });
			previous = hash;
			if (batch.size() == 5_000) {
				insert(batch);
			}
		}
		insert(batch);
	}

	private void insert(List<Object[]> batch) {
		this.jdbc.batchUpdate(
				"insert into audit_entry (id, recorded_at, actor, action, object_type, object_key,"
						+ " environment_key, detail, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				batch);
		batch.clear();
	}

	private void signIn(String username, String password) throws Exception {
		String page = this.http
			.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
