package io.drillbook.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.drillbook.drill.DrillRecords;
import io.drillbook.drill.Finding;
import io.drillbook.drill.Outcome;
import io.drillbook.runbook.PublishedRunbook;
import io.drillbook.runbook.Runbook;
import io.drillbook.runbook.RunbookCatalog;
import io.drillbook.strategy.ProtectionPlan;
import io.drillbook.strategy.ProtectionPlans;
import io.drillbook.topology.EnvironmentCatalog;
import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.EnvironmentSummary;
import io.drillbook.topology.Tier;

import org.springframework.stereotype.Service;

/**
 * For every published runbook, a unit's recovery from one scenario: its last successful
 * drill that was signed off, when the next is due by its tier's drill frequency, its
 * recovery times against its RTO, and its open findings.
 */
@Service
class ComplianceBoard {

	private final EnvironmentCatalog environments;

	private final ProtectionPlans plans;

	private final RunbookCatalog runbooks;

	private final DrillRecords drills;

	private final Clock clock;

	ComplianceBoard(EnvironmentCatalog environments, ProtectionPlans plans, RunbookCatalog runbooks,
			DrillRecords drills, Clock clock) {
		this.environments = environments;
		this.plans = plans;
		this.runbooks = runbooks;
		this.drills = drills;
		this.clock = clock;
	}

	/**
	 * A recovery time measured at a moment.
	 *
	 * @param at when the outage was declared
	 * @param minutes how long recovery took
	 * @param execution the execution
	 */
	record Point(Instant at, long minutes, long execution) {

	}

	/**
	 * One runbook's line on the board.
	 *
	 * @param environment the environment's key
	 * @param environmentName its name
	 * @param unit the unit's key
	 * @param unitName its name
	 * @param runbook the runbook's key, one per unit and scenario
	 * @param scenario the scenario the runbook recovers from
	 * @param tier its tier
	 * @param every how often the tier must be drilled
	 * @param due the schedule, from the last signed-off success
	 * @param awaitingSignOff when the outage of a later success was declared whose record
	 * still waits for its sign-off
	 * @param rtoMinutes its RTO
	 * @param recoveries measured recovery times, oldest first
	 * @param openFindings open findings of its executions
	 * @param oldestFinding the age of the oldest
	 * @param chart the recovery times against the RTO, as SVG
	 */
	record Row(String environment, String environmentName, String unit, String unitName, String runbook,
			String scenario, Tier tier, Duration every, Compliance.Due due, Optional<Instant> awaitingSignOff,
			long rtoMinutes, List<Point> recoveries, long openFindings, Optional<Duration> oldestFinding,
			String chart) {

		public String standing() {
			return this.due.standing().name().toLowerCase(Locale.ROOT).replace('_', ' ');
		}

	}

	List<Row> rows(Optional<String> only) {
		Instant now = this.clock.instant();
		List<Row> rows = new ArrayList<>();
		for (EnvironmentSummary summary : this.environments.summaries()) {
			if (only.isEmpty() || only.get().equals(summary.key())) {
				this.plans.find(new EnvironmentKey(summary.key()))
					.ifPresent((plan) -> rows.addAll(rows(summary, plan, now)));
			}
		}
		rows.sort(Comparator.comparing((Row r) -> r.due().standing())
			.thenComparing(Row::environment)
			.thenComparing(Row::runbook));
		return rows;
	}

	// A unit is drilled per scenario: rehearsing a host failure proves nothing of
	// recovering at the other site, and each scenario has its own RTO. So there is a row
	// per runbook.
	private List<Row> rows(EnvironmentSummary summary, ProtectionPlan plan, Instant now) {
		List<DrillRecords.ExecutionSummary> executions = this.drills
			.all(new DrillRecords.ExecutionQuery(Optional.of(summary.key()), Optional.empty(), Optional.empty(),
					Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
		Map<Long, String> runbookOf = new HashMap<>();
		executions.forEach((e) -> runbookOf.put(e.id(), e.runbook()));
		Map<String, List<Finding>> findings = new HashMap<>();
		for (Finding finding : this.drills.openFindings(Optional.of(summary.key()))) {
			findings.computeIfAbsent(runbookOf.get(finding.getExecutionId()), (k) -> new ArrayList<>()).add(finding);
		}
		List<Row> rows = new ArrayList<>();
		for (PublishedRunbook published : this.runbooks.current(new EnvironmentKey(summary.key()))) {
			Runbook runbook = published.runbook();
			List<DrillRecords.ExecutionSummary> mine = executions.stream()
				.filter((e) -> e.runbook().equals(runbook.key()))
				.toList();
			rows.add(row(summary, plan, runbook, mine, findings.getOrDefault(runbook.key(), List.of()), now));
		}
		return rows;
	}

	private static Row row(EnvironmentSummary summary, ProtectionPlan plan, Runbook runbook,
			List<DrillRecords.ExecutionSummary> executions, List<Finding> open, Instant now) {
		Tier tier = plan.environment().topology().tierOf(runbook.components());
		Duration every = plan.policy().tier(tier).drillEvery();
		// A success proves the recovery only once a second person has signed it off.
		Optional<Instant> lastSuccess = executions.stream()
			.filter((e) -> e.outcome() == Outcome.SUCCESS && e.signedOffAt() != null)
			.map(DrillRecords.ExecutionSummary::outageDeclaredAt)
			.max(Comparator.naturalOrder());
		Optional<Instant> awaitingSignOff = executions.stream()
			.filter((e) -> e.outcome() == Outcome.SUCCESS && e.signedOffAt() == null)
			.map(DrillRecords.ExecutionSummary::outageDeclaredAt)
			.filter((at) -> lastSuccess.isEmpty() || at.isAfter(lastSuccess.get()))
			.max(Comparator.naturalOrder());
		List<Point> points = executions.stream()
			.filter((e) -> e.recoveryMinutes().isPresent())
			.map((e) -> new Point(e.outageDeclaredAt(), e.recoveryMinutes().get(), e.id()))
			.toList();
		Optional<Duration> oldest = open.stream()
			.map(Finding::getCreatedAt)
			.min(Comparator.naturalOrder())
			.map((at) -> Duration.between(at, now));
		return new Row(summary.key(), summary.name(), runbook.unit(), runbook.unitName(), runbook.key(),
				runbook.scenario().title(), tier, every, Compliance.due(lastSuccess, every, now), awaitingSignOff,
				runbook.rtoMinutes(), points, open.size(), oldest, RecoveryChart.svg(points, runbook.rtoMinutes()));
	}

}
