package io.drillbook.drill;

import java.time.Instant;
import java.time.LocalDate;

import io.drillbook.identity.Role;
import io.drillbook.system.Refusal;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What went wrong in an execution and the action that follows it up, with an owner and a
 * due date.
 */
@Entity
@Table(name = "finding")
public class Finding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long executionId;

	private String stepKey;

	private String description;

	private String action;

	private String owner;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private FindingState state;

	private Instant createdAt;

	private String createdBy;

	private Instant doneAt;

	private String doneBy;

	@Version
	private long version;

	protected Finding() {
	}

	Finding(long executionId, String stepKey, String description, String action, String owner, LocalDate dueOn,
			Instant at, String by) {
		this.executionId = executionId;
		this.stepKey = stepKey;
		this.description = description;
		this.action = action;
		this.owner = owner;
		this.dueOn = dueOn;
		this.state = FindingState.OPEN;
		this.createdAt = at;
		this.createdBy = by;
	}

	/** Marks the follow-up action done: its owner, an operator or an architect may. */
	void done(Actor actor, Instant at) {
		if (!this.owner.equals(actor.username()) && !actor.has(Role.OPERATOR) && !actor.has(Role.ARCHITECT)) {
			throw Refusal.forbidden("Only the finding's owner, an operator or an architect may close it.").refused();
		}
		if (this.state == FindingState.DONE) {
			throw Refusal.conflict("The finding was closed already by " + this.doneBy + ".").refused();
		}
		this.state = FindingState.DONE;
		this.doneAt = at;
		this.doneBy = actor.username();
	}

	public Long getId() {
		return this.id;
	}

	public long getExecutionId() {
		return this.executionId;
	}

	public String getStepKey() {
		return this.stepKey;
	}

	public String getDescription() {
		return this.description;
	}

	public String getAction() {
		return this.action;
	}

	public String getOwner() {
		return this.owner;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public FindingState getState() {
		return this.state;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getDoneAt() {
		return this.doneAt;
	}

	public String getDoneBy() {
		return this.doneBy;
	}

}
