package io.drillbook.runbook;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A problem a drill found with a step of a published version.
 */
@Entity
@Immutable
@Table(name = "runbook_finding")
class RunbookFinding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String environmentKey;

	private String runbookKey;

	private int number;

	private String stepKey;

	private String stepOutcome;

	private String finding;

	private long executionId;

	private Instant reportedAt;

	protected RunbookFinding() {
	}

	RunbookFinding(RunbookFindingReported reported) {
		this.environmentKey = reported.environment();
		this.runbookKey = reported.runbook();
		this.number = reported.number();
		this.stepKey = reported.stepKey();
		this.stepOutcome = reported.stepOutcome();
		this.finding = reported.finding();
		this.executionId = reported.execution();
		this.reportedAt = reported.reportedAt();
	}

	public String getRunbookKey() {
		return this.runbookKey;
	}

	public int getNumber() {
		return this.number;
	}

	public String getStepKey() {
		return this.stepKey;
	}

	public String getStepOutcome() {
		return this.stepOutcome;
	}

	public String getFinding() {
		return this.finding;
	}

	public long getExecutionId() {
		return this.executionId;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

}
