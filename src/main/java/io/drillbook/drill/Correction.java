package io.drillbook.drill;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A correction of a closed execution's record: the record itself never changes, so what
 * was wrong in it is said here, linked to the execution and the step it concerns.
 */
@Entity
@Immutable
@Table(name = "execution_correction")
class Correction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long executionId;

	private Long stepRecordId;

	private String text;

	private Instant writtenAt;

	private String writtenBy;

	protected Correction() {
	}

	Correction(long executionId, Long stepRecordId, String text, Instant at, String by) {
		this.executionId = executionId;
		this.stepRecordId = stepRecordId;
		this.text = text;
		this.writtenAt = at;
		this.writtenBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public long getExecutionId() {
		return this.executionId;
	}

	public Long getStepRecordId() {
		return this.stepRecordId;
	}

	public String getText() {
		return this.text;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	public String getWrittenBy() {
		return this.writtenBy;
	}

}
