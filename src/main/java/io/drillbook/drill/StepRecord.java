package io.drillbook.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import io.drillbook.runbook.Section;
import io.drillbook.runbook.Step;
import io.drillbook.system.Refusal;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What happened to one step of an execution: its state, who started and finished it and
 * when (server time), and why it was skipped or what failed.
 */
@Entity
@Table(name = "step_record")
public class StepRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "execution_id")
	private Execution execution;

	private int position;

	private String stepKey;

	@Enumerated(EnumType.STRING)
	private Section section;

	private String role;

	private String instruction;

	private String checkText;

	private String why;

	private int expectedMinutes;

	private boolean restoresService;

	@Enumerated(EnumType.STRING)
	private StepState state;

	private Instant startedAt;

	private String startedBy;

	private Instant finishedAt;

	private String finishedBy;

	private String reason;

	private String actors;

	@Version
	private long version;

	protected StepRecord() {
	}

	StepRecord(Execution execution, int position, Step step) {
		this.execution = execution;
		this.position = position;
		this.stepKey = step.key();
		this.section = step.section();
		this.role = step.role();
		this.instruction = step.instruction();
		this.checkText = step.check();
		this.why = step.why();
		this.expectedMinutes = step.minutes();
		this.restoresService = step.restoresService();
		this.state = StepState.PENDING;
		this.actors = "";
	}

	void apply(StepAction action, String text, Instant at, String by) {
		if (!actedBy(by)) {
			this.actors = this.actors.isEmpty() ? by : this.actors + "," + by;
		}
		if (action == StepAction.START) {
			this.startedAt = at;
			this.startedBy = by;
			this.finishedAt = null;
			this.finishedBy = null;
		}
		else {
			this.finishedAt = at;
			this.finishedBy = by;
		}
		if (action.needsText()) {
			this.reason = text.strip();
		}
		this.state = action.to();
	}

	/**
	 * Whether the action is one this person already took on the step: a phone that lost
	 * its connection after sending sends the same action again. The step is then exactly
	 * one action further, in the state that action leads to, and by the same person.
	 */
	boolean repeats(StepAction action, long seenVersion, String username) {
		String by = (action == StepAction.START) ? this.startedBy : this.finishedBy;
		return this.version == seenVersion + 1 && this.state == action.to() && username.equals(by);
	}

	/** Why an action based on an older view of the step is not applied. */
	Refusal conflict() {
		String who = (this.finishedBy != null) ? this.finishedBy : this.startedBy;
		Instant when = (this.finishedAt != null) ? this.finishedAt : this.startedAt;
		String what = switch (this.state) {
			case PENDING -> "changed";
			case RUNNING -> "started";
			case DONE -> "completed";
			case SKIPPED -> "skipped";
			case FAILED -> "marked as failed";
		};
		return Refusal.conflict("Step " + this.position + " was " + what
				+ ((who != null) ? " by " + who + " at " + Times.clock(when) : "")
				+ " after you opened it; your action was not applied. Look at the step again.");
	}

	/** Whether the person acted on the step at any time, also before a restart. */
	public boolean actedBy(String username) {
		return Arrays.asList(this.actors.split(",")).contains(username);
	}

	/** How long the step took, when it was both started and finished. */
	public Optional<Duration> duration() {
		if (this.startedAt == null || this.finishedAt == null) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(this.startedAt, this.finishedAt));
	}

	/** Whether it took longer than expected. */
	public boolean overran() {
		return duration().map((d) -> d.compareTo(Duration.ofMinutes(this.expectedMinutes)) > 0).orElse(false);
	}

	public Long getId() {
		return this.id;
	}

	public Execution getExecution() {
		return this.execution;
	}

	public int getPosition() {
		return this.position;
	}

	public String getStepKey() {
		return this.stepKey;
	}

	public Section getSection() {
		return this.section;
	}

	public String getRole() {
		return this.role;
	}

	public String getInstruction() {
		return this.instruction;
	}

	public String getCheckText() {
		return this.checkText;
	}

	public String getWhy() {
		return this.why;
	}

	public int getExpectedMinutes() {
		return this.expectedMinutes;
	}

	public boolean isRestoresService() {
		return this.restoresService;
	}

	public StepState getState() {
		return this.state;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public String getFinishedBy() {
		return this.finishedBy;
	}

	public String getReason() {
		return this.reason;
	}

	public long getVersion() {
		return this.version;
	}

}
