package io.drillbook.drill;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A note an operator wrote on a step while it was carried out.
 */
@Entity
@Immutable
@Table(name = "step_note")
public class StepNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long stepRecordId;

	private Instant writtenAt;

	private String writtenBy;

	private String text;

	protected StepNote() {
	}

	StepNote(long stepRecordId, String text, Instant at, String by) {
		this.stepRecordId = stepRecordId;
		this.text = text;
		this.writtenAt = at;
		this.writtenBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public long getStepRecordId() {
		return this.stepRecordId;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	public String getWrittenBy() {
		return this.writtenBy;
	}

	public String getText() {
		return this.text;
	}

}
