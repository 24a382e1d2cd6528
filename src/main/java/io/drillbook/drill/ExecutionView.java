package io.drillbook.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the execution page shows, read in one go.
 *
 * @param execution the execution with its steps
 * @param notes the notes of each step, by step id
 * @param evidence the evidence files, by step id (0 for the execution as a whole)
 * @param findings the findings written when it closed
 * @param corrections corrections of its record
 * @param stamp changes whenever anything is recorded; the live view polls it
 * @param timeline the Gantt chart as SVG
 * @param elapsed from the declared outage to now, or to the close
 */
public record ExecutionView(Execution execution, Map<Long, List<StepNote>> notes,
		Map<Long, List<EvidenceSummary>> evidence, List<Finding> findings, List<Correction> corrections, String stamp,
		String timeline, Duration elapsed) {

	public List<StepNote> notesOf(StepRecord step) {
		return this.notes.getOrDefault(step.getId(), List.of());
	}

	public List<EvidenceSummary> evidenceOf(StepRecord step) {
		return this.evidence.getOrDefault(step.getId(), List.of());
	}

	public List<EvidenceSummary> generalEvidence() {
		return this.evidence.getOrDefault(0L, List.of());
	}

	public Optional<StepRecord> current() {
		return this.execution.currentStep();
	}

	/** Time left until the RTO runs out; negative once it has. */
	public Duration rtoLeft() {
		return this.execution.rto().minus(this.elapsed);
	}

	public String format(Duration duration) {
		return (duration.isNegative() ? "−" : "") + Times.duration(duration.abs());
	}

	public String clock(Instant at) {
		return Times.clock(at);
	}

	public String stampOf(Instant at) {
		return Times.stamp(at);
	}

}
