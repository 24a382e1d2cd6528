package io.drillbook.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends entries to the audit log in the transaction of the change they record, one at a
 * time, and verifies the chain.
 */
@Service
class AuditLog {

	// Appends take this lock until their transaction ends, so each entry follows the one
	// committed before it and the chain never forks.
	private static final long APPEND_LOCK = 0x4472696c6c626f6fL;

	private final JdbcTemplate jdbc;

	// Verification streams the whole log instead of loading it.
	private final JdbcTemplate streaming;

	private final TransactionTemplate transactions;

	private final AuditSeal seal;

	AuditLog(DataSource dataSource, PlatformTransactionManager transactions, AuditSeal seal) {
		this.seal = seal;
		this.jdbc = new JdbcTemplate(dataSource);
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(2000);
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Appends an entry, joining the caller's transaction when there is one. That must not
	 * be a snapshot older than the lock: it would miss the newest entry and fork the
	 * chain.
	 */
	public long append(AuditRecord record) {
		Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
		if (isolation != null && isolation >= TransactionDefinition.ISOLATION_REPEATABLE_READ) {
			throw new IllegalStateException("The audit log is appended to only under read committed.");
		}
		Long id = this.transactions.execute((status) -> {
			this.jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, APPEND_LOCK);
			String previous = this.jdbc.query("select hash from audit_entry order by id desc limit 1",
					(rs) -> rs.next() ? rs.getString(1) : AuditChain.GENESIS);
			long next = this.jdbc.queryForObject("select nextval(pg_get_serial_sequence('audit_entry', 'id'))",
					Long.class);
			AuditRecord stored = new AuditRecord(AuditChain.stored(record.at()), limit(record.actor(), 64),
					limit(record.action(), 40), limit(record.objectType(), 40), limit(record.objectKey(), 300),
					record.environment(), record.before(), record.after(), limit(record.detail(), 4000));
			String hash = AuditChain.hash(previous, next, stored);
			this.jdbc.update(
					"insert into audit_entry (id, recorded_at, actor, action, object_type, object_key, environment_key,"
							+ " before_value, after_value, detail, previous_hash, hash, seal_key, seal) values (?, ?, ?,"
							+ " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					next, Timestamp.from(stored.at()), stored.actor(), stored.action(), stored.objectType(),
					stored.objectKey(), stored.environment(), stored.before(), stored.after(), stored.detail(),
					previous, hash, this.seal.keyId().orElse(null), this.seal.seal(hash).orElse(null));
			return next;
		});
		return (id != null) ? id : 0;
	}

	/**
	 * The outcome of verifying the chain.
	 *
	 * @param checked how many entries were checked
	 * @param firstBroken the first entry that does not follow from the one before it
	 * @param reason why it is broken
	 * @param checkedAt when the verification ran
	 * @param lastEntry the newest entry checked
	 * @param lastHash its hash: noted down, it lets a later verification show that the
	 * chain was not rewritten up to there
	 * @param keyId the key the seals were checked with; empty when none is configured
	 * @param sealed how many of the entries checked carry a seal
	 * @param unsealed how many were written before sealing began
	 */
	public record Verification(long checked, Optional<Long> firstBroken, String reason, Instant checkedAt,
			long lastEntry, String lastHash, Optional<String> keyId, long sealed, long unsealed) {

		public boolean intact() {
			return this.firstBroken.isEmpty();
		}

	}

	/**
	 * Recomputes every hash and checks every seal in order, and reports the first entry
	 * that does not follow from the ones before it.
	 */
	public Verification verify(Instant now) {
		return this.transactions.execute((status) -> {
			ChainWalk walk = new ChainWalk(this.seal);
			this.streaming.query("select id, recorded_at, actor, action, object_type, object_key, environment_key,"
					+ " before_value, after_value, detail, previous_hash, hash, seal_key, seal from audit_entry order by id",
					(ResultSetExtractor<Void>) (rs) -> {
						boolean going = true;
						while (going && rs.next()) {
							going = walk.next(rs.getLong("id"), record(rs), rs.getString("previous_hash"),
									rs.getString("hash"), rs.getString("seal_key"), rs.getString("seal"));
						}
						return null;
					});
			return walk.result(now);
		});
	}

	static AuditRecord record(ResultSet rs) throws SQLException {
		return new AuditRecord(rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("object_type"), rs.getString("object_key"),
				rs.getString("environment_key"), rs.getString("before_value"), rs.getString("after_value"),
				rs.getString("detail"));
	}

	private static String limit(String text, int max) {
		String value = (text == null) ? "" : text;
		return (value.length() <= max) ? value : value.substring(0, max);
	}

}
