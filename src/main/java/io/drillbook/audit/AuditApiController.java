package io.drillbook.audit;

import java.time.Clock;
import java.util.List;

import io.drillbook.drill.DrillRecords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' queries as JSON, paged, with the same filters as the pages.
 */
@RestController
@Tag(name = "Audit", description = "Execution history, compliance and the verified audit log")
class AuditApiController {

	private final AuditQueries queries;

	private final AuditLog log;

	private final DrillRecords drills;

	private final ComplianceBoard board;

	private final Clock clock;

	AuditApiController(AuditQueries queries, AuditLog log, DrillRecords drills, ComplianceBoard board, Clock clock) {
		this.queries = queries;
		this.log = log;
		this.drills = drills;
		this.board = board;
		this.clock = clock;
	}

	@GetMapping("/api/v1/audit/executions")
	@Operation(summary = "Executions filtered by environment, component, kind, period, outcome and RTO met or missed")
	DrillRecords.ExecutionPage executions(@RequestParam(defaultValue = "") String environment,
			@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String rto,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.drills.executions(AuditController.query(environment, unit, kind, from, to, outcome, rto),
				Math.max(0, page), Math.min(Math.max(1, size), 500));
	}

	@GetMapping("/api/v1/audit/entries")
	@Operation(summary = "Audit entries, newest first, filtered by who, what, environment, object and period")
	AuditQueries.EntryPage entries(@RequestParam(defaultValue = "") String actor,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String environment,
			@RequestParam(defaultValue = "") String object, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.queries.entries(AuditController.filter(actor, action, environment, object, from, to),
				Math.max(0, page), Math.min(Math.max(1, size), 500));
	}

	@GetMapping("/api/v1/audit/verification")
	@Operation(summary = "Verify the whole hash chain; names the first broken entry")
	AuditLog.Verification verification() {
		return this.log.verify(this.clock.instant());
	}

	@GetMapping("/api/v1/audit/compliance")
	@Operation(summary = "Per unit: last successful drill, next due date, recovery times and open findings")
	List<ComplianceBoard.Row> compliance(@RequestParam(defaultValue = "") String environment) {
		return this.board.rows(AuditController.optional(environment));
	}

}
