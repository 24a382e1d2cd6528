package io.drillbook.drill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.drillbook.identity.UserDirectory;
import io.drillbook.runbook.Procedures;
import io.drillbook.runbook.PublishedRunbook;
import io.drillbook.runbook.RunbookCatalog;
import io.drillbook.runbook.RunbookFindingReported;
import io.drillbook.strategy.RecoveryMeasured;
import io.drillbook.system.Refusal;
import io.drillbook.topology.EnvironmentCatalog;
import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.Tier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drills and failovers as they happen: every action is checked against the rules, stamped
 * with the server's time and written at once.
 */
@Service
@Transactional
class Executions {

	private final ExecutionRepository executions;

	private final StepRecordRepository steps;

	private final StepNoteRepository notes;

	private final EvidenceRepository evidence;

	private final FindingRepository findings;

	private final CorrectionRepository corrections;

	private final RunbookCatalog runbooks;

	private final EnvironmentCatalog environments;

	private final UserDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Executions(ExecutionRepository executions, StepRecordRepository steps, StepNoteRepository notes,
			EvidenceRepository evidence, FindingRepository findings, CorrectionRepository corrections,
			RunbookCatalog runbooks, EnvironmentCatalog environments, UserDirectory people,
			ApplicationEventPublisher events, Clock clock) {
		this.executions = executions;
		this.steps = steps;
		this.notes = notes;
		this.evidence = evidence;
		this.findings = findings;
		this.corrections = corrections;
		this.runbooks = runbooks;
		this.environments = environments;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	Execution start(StartRequest request, Actor actor) {
		actor.mustBeOperator("start a drill or a failover");
		PublishedRunbook runbook = this.runbooks.published(request.runbookVersionId())
			.orElseThrow(() -> Refusal.invalid("runbook", "choose a published runbook version.").refused());
		Set<String> roles = this.runbooks.roles()
			.stream()
			.map(Procedures.RunbookRole::key)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		roles.add("observer");
		Instant now = this.clock.instant();
		Execution execution = Execution.start(
				new Execution.Followed(runbook.environment(), runbook.id(), runbook.runbook().key(),
						runbook.runbook().title(), runbook.number(), runbook.runbook().unit(),
						runbook.runbook().scenario().layer(), runbook.runbook().strategy(), tier(runbook),
						runbook.runbook().rtoMinutes()),
				request, runbook.runbook().steps(), people(), roles, actor, now);
		Execution saved = this.executions.saveAndFlush(execution);
		publish(saved, DrillActivity.Activity.STARTED, runbook.label(),
				request.kind().title() + ": " + request.scope().title() + " " + saved.getFailureTarget(), actor, now);
		return saved;
	}

	/**
	 * Starts, completes, skips or fails a step. The step's row is locked first, so that
	 * the same person's action sent twice at once is recognised as one, not as someone
	 * else's.
	 */
	StepRecord act(long executionId, long stepId, StepAction action, long seenVersion, String text, Actor actor) {
		this.steps.lockRow(stepId);
		Execution execution = found(this.executions.shareById(executionId), executionId);
		Instant now = this.clock.instant();
		Execution.Acted acted = execution.act(stepId, action, seenVersion, text, actor, now);
		if (acted.repeated()) {
			return acted.step();
		}
		StepRecord step = acted.step();
		try {
			this.steps.saveAndFlush(step);
		}
		catch (OptimisticLockingFailureException ex) {
			throw Refusal
				.conflict("Someone else acted on step " + step.getPosition()
						+ " at the same moment; your action was not applied. Look at the step again.")
				.refused();
		}
		publish(execution, DrillActivity.Activity.of(action), step.getStepKey(), acted.reason(), actor, now);
		acted.note().ifPresent((note) -> {
			this.notes.saveAndFlush(new StepNote(step.getId(), note, now, actor.username()));
			publish(execution, DrillActivity.Activity.NOTE_WRITTEN, step.getStepKey(), note, actor, now);
		});
		return step;
	}

	StepNote note(long executionId, long stepId, String text, Actor actor) {
		Execution execution = found(this.executions.shareById(executionId), executionId);
		Instant now = this.clock.instant();
		StepNote note = this.notes.saveAndFlush(execution.note(stepId, text, actor, now));
		publish(execution, DrillActivity.Activity.NOTE_WRITTEN, execution.step(stepId).getStepKey(), note.getText(),
				actor, now);
		return note;
	}

	EvidenceSummary attach(long executionId, Optional<Long> stepId, String fileName, byte[] content, Actor actor) {
		Execution execution = found(this.executions.shareById(executionId), executionId);
		Instant now = this.clock.instant();
		Evidence saved = this.evidence.saveAndFlush(execution.attach(stepId, fileName, content, actor, now));
		publish(execution, DrillActivity.Activity.EVIDENCE_ATTACHED, saved.getFileName(), saved.getSha256(), actor,
				now);
		return new EvidenceSummary(saved.getId(), saved.getStepRecordId(), saved.getFileName(), saved.getContentType(),
				saved.getSizeBytes(), saved.getSha256(), saved.getAttachedAt(), saved.getAttachedBy());
	}

	/**
	 * Closes an execution with its outcome and findings, and tells the strategy module
	 * how long recovery took and the runbook module which steps a finding concerns.
	 */
	Execution close(long executionId, Outcome outcome, String summary, List<NewFinding> newFindings, Actor actor) {
		Execution execution = found(this.executions.lockById(executionId), executionId);
		Instant now = this.clock.instant();
		List<Finding> written = execution.close(outcome, summary, newFindings, people(), actor, now);
		this.executions.saveAndFlush(execution);
		this.findings.saveAll(written);
		publish(execution, DrillActivity.Activity.CLOSED, outcome.name(), execution.getSummary(), actor, now);
		execution.recoveryTime()
			.ifPresent((time) -> this.events.publishEvent(new RecoveryMeasured(execution.getEnvironmentKey(),
					execution.getUnitKey(), execution.getStrategy(), execution.getTier().level(), time.toMinutes(),
					execution.getRtoMinutes(), execution.getId(), now)));
		written.stream()
			.filter((finding) -> finding.getStepKey() != null)
			.forEach((finding) -> reportOnStep(execution, finding, now));
		return execution;
	}

	// A finding about a step that was skipped or failed is a finding about the runbook.
	private void reportOnStep(Execution execution, Finding finding, Instant now) {
		execution.getSteps()
			.stream()
			.filter((s) -> s.getStepKey().equals(finding.getStepKey()))
			.filter((s) -> s.getState() == StepState.SKIPPED || s.getState() == StepState.FAILED)
			.findFirst()
			.ifPresent((s) -> this.events.publishEvent(new RunbookFindingReported(execution.getEnvironmentKey(),
					execution.getRunbookKey(), execution.getRunbookNumber(), s.getStepKey(),
					s.getState().name().toLowerCase(Locale.ROOT), finding.getDescription(), execution.getId(), now)));
	}

	Execution signOff(long executionId, String note, Actor actor) {
		Execution execution = found(this.executions.lockById(executionId), executionId);
		Instant now = this.clock.instant();
		execution.signOff(note, this.executions.tookPart(executionId, actor.username()), actor, now);
		try {
			this.executions.saveAndFlush(execution);
		}
		catch (OptimisticLockingFailureException ex) {
			throw Refusal.conflict("Someone else signed it off at the same moment.").refused();
		}
		publish(execution, DrillActivity.Activity.SIGNED_OFF, "", execution.getSignOffNote(), actor, now);
		return execution;
	}

	Correction correct(long executionId, Optional<Long> stepId, String text, Actor actor) {
		Execution execution = found(this.executions.findById(executionId), executionId);
		Instant now = this.clock.instant();
		Correction correction = this.corrections.saveAndFlush(execution.correct(stepId, text, actor, now));
		publish(execution, DrillActivity.Activity.CORRECTED,
				(correction.getStepRecordId() == null) ? "" : String.valueOf(correction.getStepRecordId()),
				correction.getText(), actor, now);
		return correction;
	}

	Finding findingDone(long findingId, Actor actor) {
		Finding finding = this.findings.findById(findingId)
			.orElseThrow(() -> Refusal.missing("There is no finding " + findingId + ".").refused());
		Instant now = this.clock.instant();
		finding.done(actor, now);
		try {
			this.findings.saveAndFlush(finding);
		}
		catch (OptimisticLockingFailureException ex) {
			throw Refusal.conflict("Someone else closed the finding at the same moment.").refused();
		}
		Execution execution = this.executions.findById(finding.getExecutionId()).orElseThrow();
		publish(execution, DrillActivity.Activity.FINDING_DONE, String.valueOf(findingId), finding.getDescription(),
				actor, now);
		return finding;
	}

	// One snapshot for the content and its stamp: under read committed a step completed
	// between the two reads would be stamped as seen and never redrawn for watchers.
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	Optional<ExecutionView> view(long executionId) {
		return this.executions.findById(executionId).map((execution) -> {
			List<Long> stepIds = execution.getSteps().stream().map(StepRecord::getId).toList();
			Map<Long, List<StepNote>> notes = this.notes.findByStepRecordIdInOrderById(stepIds)
				.stream()
				.collect(Collectors.groupingBy(StepNote::getStepRecordId));
			Map<Long, List<EvidenceSummary>> files = this.evidence.summaries(executionId)
				.stream()
				.collect(Collectors.groupingBy((e) -> (e.stepRecordId() != null) ? e.stepRecordId() : 0L));
			Instant now = this.clock.instant();
			Instant until = execution.isRunning() ? now : execution.getClosedAt();
			return new ExecutionView(execution, notes, files, this.findings.findByExecutionIdOrderById(executionId),
					this.corrections.findByExecutionIdOrderById(executionId), stamp(execution.getId()),
					Timeline.svg(execution, now), Duration.between(execution.getOutageDeclaredAt(), until));
		});
	}

	/** Changes whenever anything is recorded in the execution. */
	@Transactional(readOnly = true)
	String stamp(long executionId) {
		long execution = this.executions.findById(executionId).map(Execution::getVersion).orElse(-1L);
		return execution + "-" + this.steps.activity(executionId);
	}

	@Transactional(readOnly = true)
	Optional<Evidence> evidenceFile(long executionId, long evidenceId) {
		return this.evidence.findById(evidenceId).filter((e) -> e.getExecutionId() == executionId);
	}

	@Transactional(readOnly = true)
	List<Execution> recent(Optional<String> environment) {
		return environment.map(this.executions::findByEnvironmentKeyOrderByIdDesc)
			.orElseGet(() -> this.executions.findTop200ByOrderByIdDesc());
	}

	private Set<String> people() {
		return this.people.enabledPeople().stream().map(UserDirectory.Person::username).collect(Collectors.toSet());
	}

	// The unit's tier when the execution starts: that of its most critical component.
	private Tier tier(PublishedRunbook runbook) {
		return this.environments.find(new EnvironmentKey(runbook.environment()))
			.map((snapshot) -> snapshot.topology().tierOf(runbook.runbook().components()))
			.orElse(Tier.MOST_CRITICAL);
	}

	private static Execution found(Optional<Execution> found, long id) {
		return found.orElseThrow(() -> Refusal.missing("There is no execution " + id + ".").refused());
	}

	private void publish(Execution execution, DrillActivity.Activity activity, String subject, String detail,
			Actor actor, Instant at) {
		this.events.publishEvent(new DrillActivity(execution.getId(), execution.getEnvironmentKey(), activity, subject,
				detail, actor.username(), at));
	}

}
