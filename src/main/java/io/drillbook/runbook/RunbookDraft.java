package io.drillbook.runbook;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The edits architects made to one runbook since it was first generated.
 */
@Entity
@Table(name = "runbook_draft")
class RunbookDraft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String environmentKey;

	private String unitKey;

	@Enumerated(EnumType.STRING)
	private Scenario scenario;

	@JdbcTypeCode(SqlTypes.JSON)
	private String edits;

	@Version
	private long revision;

	private Instant updatedAt;

	private String updatedBy;

	protected RunbookDraft() {
	}

	RunbookDraft(String environmentKey, String unitKey, Scenario scenario) {
		this.environmentKey = environmentKey;
		this.unitKey = unitKey;
		this.scenario = scenario;
	}

	void change(String edits, Instant at, String by) {
		this.edits = edits;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	String getUnitKey() {
		return this.unitKey;
	}

	Scenario getScenario() {
		return this.scenario;
	}

	String getEdits() {
		return this.edits;
	}

	long getRevision() {
		return this.revision;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

}
