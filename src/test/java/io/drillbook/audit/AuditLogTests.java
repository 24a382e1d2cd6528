package io.drillbook.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.drillbook.DrillbookTest;
import io.drillbook.runbook.PublishedSamples;
import io.drillbook.topology.SampleTopologies;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DrillbookTest
class AuditLogTests {

	@Autowired
	AuditLog log;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Flyway flyway;

	@Value("${drillbook.audit.key}")
	String auditKey;

	// Flyway connects as the owner of the schema; the application may be another role.
	private JdbcTemplate owner() {
		return new JdbcTemplate(this.flyway.getConfiguration().getDataSource());
	}

	@Test
	void changesAndFailedSignInsAreAuditedAndTheChainHolds() throws Exception {
		SampleTopologies.store(this.context, "virtualcenter.yaml", "audit-env", "ari");
		this.mvc.perform(formLogin("/login").user("nobody-at-all").password("wrong-password-1"));

		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'TOPOLOGY_CHANGED' and environment_key = 'audit-env'"
						+ " and actor = 'ari'",
				Long.class))
			.isOne();
		assertThat(this.jdbc.queryForObject(
				"select detail from audit_entry where action = 'ACCOUNT_SIGN_IN_FAILED' and object_key = 'nobody-at-all'",
				String.class))
			.isEqualTo("no such account");
		AuditLog.Verification verification = this.log.verify(Instant.now());
		assertThat(verification.intact()).isTrue();
		assertThat(verification.lastHash()).isEqualTo(this.jdbc
			.queryForObject("select hash from audit_entry where id = ?", String.class, verification.lastEntry()));
	}

	@Test
	void exportsAndRunbookEditsAreAudited() throws Exception {
		PublishedSamples.virtualCenter(this.context, "audit-exports", "vc", "site");
		this.mvc.perform(get("/environments/audit-exports/export.yaml").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/environments/audit-exports/runbooks/vc/site/versions/1/pdf")
				.with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/environments/audit-exports/runbooks/vc/site/edit/move").with(user("ari").roles("ARCHITECT"))
				.with(csrf())
				.param("revision", "0")
				.param("step", "standby/connect-database")
				.param("direction", "up"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForList(
				"select action || ' ' || actor from audit_entry where environment_key = 'audit-exports' order by id",
				String.class))
			.containsSubsequence("TOPOLOGY_CHANGED ari", "RUNBOOK_PUBLISHED ari", "ENVIRONMENT_EXPORTED olga",
					"RUNBOOK_EXPORTED olga", "RUNBOOK_EDITED ari");
	}

	@Test
	void exportsAreAuditedWhicheverDoorTheyLeaveBy() throws Exception {
		PublishedSamples.virtualCenter(this.context, "audit-doors", "vc", "site");
		this.mvc.perform(get("/api/v1/environments/audit-doors").with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/environments/audit-doors/runbooks/vc/site/versions/1").accept("text/markdown")
				.with(user("olga").roles("OPERATOR")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/environments/audit-doors/runbooks/vc/site/versions/1/md")
				.with(user("ari").roles("ARCHITECT")))
			.andExpect(status().isOk());

		assertThat(this.jdbc.queryForList(
				"select action || ' ' || actor || ' ' || detail from audit_entry"
						+ " where environment_key = 'audit-doors' and action like '%EXPORTED' order by id",
				String.class))
			.containsExactly("ENVIRONMENT_EXPORTED olga api", "RUNBOOK_EXPORTED olga markdown",
					"RUNBOOK_EXPORTED ari markdown");
	}

	@Test
	void anEntryIsNeverAppendedFromAnOlderSnapshot() {
		TransactionTemplate snapshot = new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class));
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		assertThatThrownBy(() -> snapshot.executeWithoutResult((status) -> entry("from a snapshot")))
			.isInstanceOf(IllegalStateException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where detail = 'from a snapshot'",
				Long.class))
			.isZero();
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveEntriesEvenToItsOwner() {
		long id = entry("refused");
		JdbcTemplate owner = owner();

		assertThatThrownBy(() -> owner.update("update audit_entry set detail = 'x' where id = ?", id)).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner.update("delete from audit_entry where id = ?", id)).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner.update("truncate audit_entry")).rootCause().hasMessageContaining("append-only");
	}

	@Test
	void theApplicationRoleThatDoesNotOwnTheSchemaMayOnlyAppendAndRead() {
		String role = this.jdbc.queryForObject("select current_user", String.class);
		String tableOwner = this.jdbc.queryForObject(
				"select tableowner from pg_tables where tablename = 'audit_entry' and schemaname = current_schema()",
				String.class);
		assumeTrue(!role.equals(tableOwner),
				"the application runs as the schema's owner here; scripts/create-database.sh sets up the other way");
		long id = entry("as the application");

		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where id = ?", Long.class, id)).isOne();
		for (String change : new String[] { "update audit_entry set detail = 'x' where id = " + id,
				"delete from audit_entry where id = " + id, "truncate audit_entry" }) {
			assertThatThrownBy(() -> this.jdbc.execute(change)).rootCause().hasMessageContaining("permission denied");
		}
		assertThatThrownBy(() -> this.jdbc.execute("alter table audit_entry disable trigger audit_entry_append_only"))
			.rootCause()
			.hasMessageContaining("must be owner");
	}

	@Test
	void everyEntryIsSealedWithTheKeyFromTheEnvironment() throws Exception {
		long id = entry("sealed");
		Map<String, Object> row = this.jdbc.queryForMap("select hash, seal_key, seal from audit_entry where id = ?",
				id);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(this.auditKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));

		assertThat(row.get("seal")).isEqualTo(
				HexFormat.of().formatHex(mac.doFinal(((String) row.get("hash")).getBytes(StandardCharsets.UTF_8))));
		assertThat(this.log.verify(Instant.now()).keyId()).contains((String) row.get("seal_key"));
	}

	@Test
	void aChainRewrittenForwardWithoutTheKeyIsNamedAtTheChangedEntry() {
		long id = entry("to be rewritten with every later hash");
		entry("after it");
		entry("and after that");
		List<Map<String, Object>> original = this.jdbc
			.queryForList("select id, detail, previous_hash, hash from audit_entry where id >= ? order by id", id);

		tampered(() -> rewriteFrom(id, "rewritten"),
				() -> original.forEach((row) -> owner().update(
						"update audit_entry set detail = ?, previous_hash = ?, hash = ? where id = ?",
						row.get("detail"), row.get("previous_hash"), row.get("hash"), row.get("id"))),
				id, "its seal does not match");
	}

	// What an insider who can write the table does: change one entry and compute every
	// hash after it again, so the chain alone holds.
	private void rewriteFrom(long id, String detail) {
		JdbcTemplate owner = owner();
		owner.update("update audit_entry set detail = ? where id = ?", detail, id);
		String previous = owner.queryForObject("select previous_hash from audit_entry where id = ?", String.class, id);
		for (Map<String, Object> row : owner.queryForList("select * from audit_entry where id >= ? order by id", id)) {
			AuditRecord record = new AuditRecord(((java.sql.Timestamp) row.get("recorded_at")).toInstant(),
					(String) row.get("actor"), (String) row.get("action"), (String) row.get("object_type"),
					(String) row.get("object_key"), (String) row.get("environment_key"),
					(String) row.get("before_value"), (String) row.get("after_value"), (String) row.get("detail"));
			String hash = AuditChain.hash(previous, (Long) row.get("id"), record);
			owner.update("update audit_entry set previous_hash = ?, hash = ? where id = ?", previous, hash,
					row.get("id"));
			previous = hash;
		}
	}

	@Test
	void aPlainApplicationRoleCannotUpdateOrDeleteEntriesAtAll() {
		long id = entry("privileges");
		JdbcTemplate owner = owner();
		owner.execute("do $$ begin if not exists (select from pg_roles where rolname = 'audit_probe') then "
				+ "create role audit_probe nologin; end if; end $$");
		owner.execute("grant select, insert on audit_entry to audit_probe");
		owner.execute("grant audit_probe to current_user");

		assertThatThrownBy(() -> asProbe(owner, "update audit_entry set detail = 'x' where id = " + id)).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> asProbe(owner, "delete from audit_entry where id = " + id)).rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void verificationNamesAChangedEntry() {
		long id = entry("to be changed");
		entry("after it");

		tampered(() -> owner().update("update audit_entry set detail = 'changed' where id = ?", id),
				() -> owner().update("update audit_entry set detail = 'to be changed' where id = ?", id), id,
				"was changed");
	}

	@Test
	void verificationNamesAnEntryRewrittenWithItsHashComputedAgain() {
		long id = entry("to be rewritten");
		entry("after it");
		Map<String, Object> row = this.jdbc.queryForMap("select * from audit_entry where id = ?", id);
		AuditRecord rewritten = new AuditRecord(((java.sql.Timestamp) row.get("recorded_at")).toInstant(), "tester",
				"TEST", "test", "to be rewritten", null, null, null, "rewritten");
		String hash = AuditChain.hash((String) row.get("previous_hash"), id, rewritten);

		tampered(() -> owner().update("update audit_entry set detail = 'rewritten', hash = ? where id = ?", hash, id),
				() -> owner().update("update audit_entry set detail = ?, hash = ? where id = ?", row.get("detail"),
						row.get("hash"), id),
				id, "entry " + id + " was changed after it was written and its hash computed again");
	}

	@Test
	void verificationNamesTheEntryAfterARemovedOne() {
		long id = entry("to be removed");
		long next = entry("follows it");
		Map<String, Object> row = this.jdbc.queryForMap("select * from audit_entry where id = ?", id);

		tampered(() -> owner().update("delete from audit_entry where id = ?", id),
				() -> owner().update("insert into audit_entry (id, recorded_at, actor, action, object_type, object_key,"
						+ " environment_key, before_value, after_value, detail, previous_hash, hash, seal_key, seal)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("recorded_at"),
						row.get("actor"), row.get("action"), row.get("object_type"), row.get("object_key"),
						row.get("environment_key"), row.get("before_value"), row.get("after_value"), row.get("detail"),
						row.get("previous_hash"), row.get("hash"), row.get("seal_key"), row.get("seal")),
				next, "removed");
	}

	@Test
	void verificationNamesTheFirstOfTwoReorderedEntries() {
		long first = entry("first");
		long second = entry("second");
		String swap = "update audit_entry a set detail = b.detail, previous_hash = b.previous_hash, hash = b.hash"
				+ " from audit_entry b where (a.id, b.id) in ((?, ?), (?, ?))";

		tampered(() -> owner().update(swap, first, second, second, first),
				() -> owner().update(swap, first, second, second, first), first, "entry " + first);
	}

	// Tampers as the owner of the table would, with its triggers off; checks what
	// verification reports, then puts everything back so the shared log stays intact.
	private void tampered(Runnable tamper, Runnable restore, long expected, String reason) {
		owner().execute("alter table audit_entry disable trigger audit_entry_append_only");
		try {
			tamper.run();
			AuditLog.Verification verification = this.log.verify(Instant.now());
			assertThat(verification.firstBroken()).contains(expected);
			assertThat(verification.reason()).contains(reason);
			restore.run();
		}
		finally {
			owner().execute("alter table audit_entry enable trigger audit_entry_append_only");
		}
		assertThat(this.log.verify(Instant.now()).intact()).isTrue();
	}

	private void asProbe(JdbcTemplate owner, String sql) {
		owner.execute((ConnectionCallback<Void>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set role audit_probe");
				try {
					statement.execute(sql);
				}
				finally {
					statement.execute("reset role");
				}
			}
			return null;
		});
	}

	private long entry(String detail) {
		return this.log
			.append(new AuditRecord(Instant.now(), "tester", "TEST", "test", detail, null, null, null, detail));
	}

}
