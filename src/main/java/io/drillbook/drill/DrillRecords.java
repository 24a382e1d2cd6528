package io.drillbook.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How other modules read the history of drills and failovers.
 */
public interface DrillRecords {

	/** One page of executions matching the query, newest first. */
	ExecutionPage executions(ExecutionQuery query, int page, int size);

	/** Every execution matching the query, by the moment its outage was declared. */
	List<ExecutionSummary> all(ExecutionQuery query);

	/** Findings whose follow-up action is still open. */
	List<Finding> openFindings(Optional<String> environment);

	/** Open follow-up actions that someone owns, the first due first. */
	List<Finding> openFindingsOwnedBy(String owner);

	/** Executions under way, the latest outage first. */
	List<ExecutionSummary> running();

	/**
	 * Closed executions still waiting for their four-eyes sign-off that the person took
	 * no part in, so may sign off; the longest waiting first.
	 */
	List<ExecutionSummary> awaitingSignOffFrom(String username);

	/** An execution with everything recorded in it. */
	Optional<ExecutionView> view(long id);

	/** An evidence file's content. */
	Optional<byte[]> evidenceContent(long executionId, long evidenceId);

	/**
	 * What to look for; empty fields match everything.
	 *
	 * @param environment the environment's key
	 * @param unit the unit (its leading component's key)
	 * @param kind drill or failover
	 * @param from outages declared from then on
	 * @param to outages declared before then
	 * @param outcome the outcome
	 * @param rtoMet whether recovery met the RTO
	 */
	record ExecutionQuery(Optional<String> environment, Optional<String> unit, Optional<ExecutionKind> kind,
			Optional<Instant> from, Optional<Instant> to, Optional<Outcome> outcome, Optional<Boolean> rtoMet) {

		public static ExecutionQuery everything() {
			return new ExecutionQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
					Optional.empty(), Optional.empty(), Optional.empty());
		}

	}

	/**
	 * A page of executions.
	 *
	 * @param executions the executions
	 * @param page the page's number, from 0
	 * @param size the page's size
	 * @param total how many match
	 */
	record ExecutionPage(List<ExecutionSummary> executions, int page, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	/**
	 * An execution in a list.
	 *
	 * @param id its id
	 * @param environment the environment's key
	 * @param unit the unit recovered
	 * @param runbook the runbook's key
	 * @param runbookTitle the runbook's title
	 * @param runbookNumber the version followed
	 * @param kind drill or failover
	 * @param state running, closed or signed off
	 * @param outcome the outcome once closed
	 * @param outageDeclaredAt when the outage was declared
	 * @param recoveredAt when service came back, if it did
	 * @param rtoMinutes the RTO
	 * @param tier the unit's tier
	 * @param startedBy who started it
	 * @param closedAt when it closed
	 * @param signedOffBy who signed it off
	 * @param signedOffAt when
	 */
	record ExecutionSummary(long id, String environment, String unit, String runbook, String runbookTitle,
			int runbookNumber, ExecutionKind kind, ExecutionState state, Outcome outcome, Instant outageDeclaredAt,
			Instant recoveredAt, long rtoMinutes, int tier, String startedBy, Instant closedAt, String signedOffBy,
			Instant signedOffAt) {

		public Optional<Long> recoveryMinutes() {
			return Optional.ofNullable(this.recoveredAt)
				.map((at) -> Duration.between(this.outageDeclaredAt, at).toMinutes());
		}

		public Optional<Boolean> rtoMet() {
			return Optional.ofNullable(this.recoveredAt)
				.map((at) -> !at.isAfter(this.outageDeclaredAt.plusSeconds(this.rtoMinutes * 60)));
		}

	}

}
