package io.drillbook.drill;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of executions, read with one query per page so that thousands of them list
 * quickly.
 */
@Service
@Transactional(readOnly = true)
class ExecutionHistory implements DrillRecords {

	private static final String FROM = " from execution e left join step_record r on r.execution_id = e.id"
			+ " and r.restores_service and r.state = 'DONE'";

	private static final RowMapper<ExecutionSummary> SUMMARY = ExecutionHistory::summary;

	private final JdbcTemplate jdbc;

	private final Executions executions;

	private final FindingRepository findings;

	ExecutionHistory(JdbcTemplate jdbc, Executions executions, FindingRepository findings) {
		this.jdbc = jdbc;
		this.executions = executions;
		this.findings = findings;
	}

	@Override
	public ExecutionPage executions(ExecutionQuery query, int page, int size) {
		List<Object> args = new ArrayList<>();
		String where = where(query, args);
		long total = this.jdbc.queryForObject("select count(*)" + FROM + where, Long.class, args.toArray());
		args.add(size);
		args.add((long) page * size);
		List<ExecutionSummary> rows = this.jdbc.query(
				"select e.*, r.finished_at as recovered_at" + FROM + where + " order by e.id desc limit ? offset ?",
				SUMMARY, args.toArray());
		return new ExecutionPage(rows, page, size, total);
	}

	@Override
	public List<ExecutionSummary> all(ExecutionQuery query) {
		List<Object> args = new ArrayList<>();
		String where = where(query, args);
		return this.jdbc.query(
				"select e.*, r.finished_at as recovered_at" + FROM + where + " order by e.outage_declared_at, e.id",
				SUMMARY, args.toArray());
	}

	@Override
	public List<Finding> openFindings(Optional<String> environment) {
		return environment.map((e) -> this.findings.inEnvironment(e, FindingState.OPEN))
			.orElseGet(() -> this.findings.findByStateOrderByCreatedAt(FindingState.OPEN));
	}

	@Override
	public List<Finding> openFindingsOwnedBy(String owner) {
		return this.findings.findByOwnerAndStateOrderByDueOnAscIdAsc(owner, FindingState.OPEN);
	}

	@Override
	public List<ExecutionSummary> running() {
		return this.jdbc.query("select e.*, r.finished_at as recovered_at" + FROM
				+ " where e.state = 'RUNNING' order by e.outage_declared_at desc, e.id desc", SUMMARY);
	}

	@Override
	public List<ExecutionSummary> awaitingSignOffFrom(String username) {
		return this.jdbc.query(
				"select e.*, r.finished_at as recovered_at" + FROM
						+ " where e.state = 'CLOSED' and not took_part(e.id, ?) order by e.closed_at, e.id",
				SUMMARY, username);
	}

	@Override
	public Optional<ExecutionView> view(long id) {
		return this.executions.view(id);
	}

	@Override
	public Optional<byte[]> evidenceContent(long executionId, long evidenceId) {
		// Read as bytes rather than as an entity, which the persistence context would
		// keep until the transaction ends: an evidence pack reads every file in one.
		return this.jdbc
			.query("select content from evidence where id = ? and execution_id = ?", (rs, row) -> rs.getBytes(1),
					evidenceId, executionId)
			.stream()
			.findFirst();
	}

	private static String where(ExecutionQuery q, List<Object> args) {
		StringBuilder where = new StringBuilder(" where true");
		q.environment().ifPresent((v) -> {
			where.append(" and e.environment_key = ?");
			args.add(v);
		});
		q.unit().ifPresent((v) -> {
			where.append(" and e.unit_key = ?");
			args.add(v);
		});
		q.kind().ifPresent((v) -> {
			where.append(" and e.kind = ?");
			args.add(v.name());
		});
		q.from().ifPresent((v) -> {
			where.append(" and e.outage_declared_at >= ?");
			args.add(Timestamp.from(v));
		});
		q.to().ifPresent((v) -> {
			where.append(" and e.outage_declared_at < ?");
			args.add(Timestamp.from(v));
		});
		q.outcome().ifPresent((v) -> {
			where.append(" and e.outcome = ?");
			args.add(v.name());
		});
		q.rtoMet()
			.ifPresent((met) -> where.append(met
					? " and r.finished_at is not null and r.finished_at <= e.outage_declared_at + e.rto_minutes * interval '1 minute'"
					: " and (r.finished_at is null and e.state <> 'RUNNING' or r.finished_at > e.outage_declared_at"
							+ " + e.rto_minutes * interval '1 minute')"));
		return where.toString();
	}

	private static ExecutionSummary summary(ResultSet rs, int row) throws SQLException {
		return new ExecutionSummary(rs.getLong("id"), rs.getString("environment_key"), rs.getString("unit_key"),
				rs.getString("runbook_key"), rs.getString("runbook_title"), rs.getInt("runbook_number"),
				ExecutionKind.valueOf(rs.getString("kind")), ExecutionState.valueOf(rs.getString("state")),
				(rs.getString("outcome") != null) ? Outcome.valueOf(rs.getString("outcome")) : null,
				rs.getTimestamp("outage_declared_at").toInstant(), instant(rs, "recovered_at"),
				rs.getLong("rto_minutes"), rs.getInt("tier"), rs.getString("started_by"), instant(rs, "closed_at"),
				rs.getString("signed_off_by"), instant(rs, "signed_off_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
