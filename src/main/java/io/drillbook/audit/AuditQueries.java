package io.drillbook.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the audit log, newest first, one page at a time.
 */
@Service
@Transactional(readOnly = true)
class AuditQueries {

	private final JdbcTemplate jdbc;

	AuditQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What to look for; empty fields match everything.
	 *
	 * @param actor who
	 * @param action what, or the start of it (such as {@code DRILL_})
	 * @param environment the environment's key
	 * @param object part of the object's key
	 * @param from recorded from then on
	 * @param to recorded before then
	 */
	record Filter(Optional<String> actor, Optional<String> action, Optional<String> environment,
			Optional<String> object, Optional<Instant> from, Optional<Instant> to) {

	}

	/**
	 * A page of entries.
	 *
	 * @param entries the entries
	 * @param page its number, from 0
	 * @param size its size
	 * @param total how many match
	 */
	record EntryPage(List<AuditEntry> entries, int page, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	EntryPage entries(Filter filter, int page, int size) {
		List<Object> args = new ArrayList<>();
		StringBuilder where = new StringBuilder(" where true");
		filter.actor().ifPresent((v) -> {
			where.append(" and actor = ?");
			args.add(v);
		});
		filter.action().ifPresent((v) -> {
			where.append(" and action like ?");
			args.add(v.replace("%", "") + "%");
		});
		filter.environment().ifPresent((v) -> {
			where.append(" and environment_key = ?");
			args.add(v);
		});
		filter.object().ifPresent((v) -> {
			where.append(" and object_key like ?");
			args.add("%" + v.replace("%", "") + "%");
		});
		filter.from().ifPresent((v) -> {
			where.append(" and recorded_at >= ?");
			args.add(Timestamp.from(v));
		});
		filter.to().ifPresent((v) -> {
			where.append(" and recorded_at < ?");
			args.add(Timestamp.from(v));
		});
		long total = this.jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
		args.add(size);
		args.add((long) page * size);
		List<AuditEntry> entries = this.jdbc.query(
				"select * from audit_entry" + where + " order by id desc limit ? offset ?",
				(rs, row) -> new AuditEntry(rs.getLong("id"), AuditLog.record(rs), rs.getString("previous_hash"),
						rs.getString("hash")),
				args.toArray());
		return new EntryPage(entries, page, size, total);
	}

}
