package io.drillbook.drill;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.drillbook.identity.Role;
import io.drillbook.identity.UserDirectory;
import io.drillbook.runbook.Procedures;
import io.drillbook.runbook.PublishedRunbook;
import io.drillbook.runbook.RunbookCatalog;
import io.drillbook.runbook.RunbookFindingReported;
import io.drillbook.runbook.Step;
import io.drillbook.strategy.RecoveryMeasured;
import io.drillbook.system.PrintableText;
import io.drillbook.topology.EnvironmentCatalog;

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

	static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

	static final Duration LONGEST_BACKDATING = Duration.ofDays(7);

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

	/**
	 * Who acts, with the roles the server knows them to have.
	 *
	 * @param username the username
	 * @param roles the roles
	 */
	record Actor(String username, Set<Role> roles) {

		boolean has(Role role) {
			return this.roles.contains(role);
		}

	}

	/**
	 * What an operator starts an execution with.
	 *
	 * @param runbookVersionId the published version to follow
	 * @param kind drill or real failover
	 * @param scope what fails, or is simulated to
	 * @param target the element that fails
	 * @param scenario the scenario in words
	 * @param outageDeclaredAt when the outage was declared; empty for now
	 * @param participants username to role
	 */
	record StartRequest(long runbookVersionId, ExecutionKind kind, FailureScope scope, String target, String scenario,
			Optional<Instant> outageDeclaredAt, Map<String, String> participants) {

	}

	/**
	 * A finding written when an execution closes.
	 *
	 * @param field how the form or request that sent it names it in messages, such as
	 * {@code findings[2]}
	 * @param stepKey the step it concerns, or empty
	 * @param description what went wrong
	 * @param action what is to be done about it
	 * @param owner who does it
	 * @param dueOn by when
	 */
	record NewFinding(String field, String stepKey, String description, String action, String owner, LocalDate dueOn) {

	}

	Execution start(StartRequest request, Actor actor) {
		requireOperator(actor, "start a drill or a failover");
		PublishedRunbook runbook = this.runbooks.published(request.runbookVersionId())
			.orElseThrow(() -> new ExecutionRefused("runbook: choose a published runbook version."));
		if (request.kind() == null) {
			throw new ExecutionRefused("kind: choose drill or real failover.");
		}
		if (request.scope() == null) {
			throw new ExecutionRefused("scope: say what fails: a host, the management server, a component or a site.");
		}
		String target = text(request.target(), "target", 200);
		String scenario = printable(request.scenario(), "scenario");
		if (scenario.length() > 2000) {
			throw new ExecutionRefused("scenario: at most 2000 characters.");
		}
		Instant now = this.clock.instant();
		Instant declared = request.outageDeclaredAt().orElse(now);
		if (declared.isAfter(now.plusSeconds(60))) {
			throw new ExecutionRefused("outageDeclaredAt: the outage cannot be declared in the future.");
		}
		if (declared.isBefore(now.minus(LONGEST_BACKDATING))) {
			throw new ExecutionRefused("outageDeclaredAt: at most 7 days ago.");
		}
		Set<Participant> participants = participants(request.participants(), runbook);
		participants.add(new Participant(actor.username(), "incident-lead"));
		Execution execution = new Execution(new Execution.Start(runbook.environment(), runbook.id(),
				runbook.runbook().key(), runbook.runbook().title(), runbook.number(), runbook.runbook().unit(),
				runbook.runbook().scenario().layer(), runbook.runbook().strategy(), tier(runbook),
				runbook.runbook().rtoMinutes(), request.kind(), request.scope(), target, scenario, declared,
				participants), now, actor.username());
		int position = 0;
		for (Step step : runbook.runbook().steps()) {
			if (!step.note()) {
				execution.addStep(new StepRecord(execution, ++position, step));
			}
		}
		Execution saved = this.executions.saveAndFlush(execution);
		publish(saved, DrillActivity.Activity.STARTED, runbook.label(),
				request.kind().title() + ": " + request.scope().title() + " " + target, actor, now);
		return saved;
	}

	/**
	 * Starts, completes, skips or fails a step, provided nobody acted on it since the
	 * operator saw it at {@code seenVersion}.
	 */
	StepRecord act(long executionId, long stepId, StepAction action, long seenVersion, String text, Actor actor) {
		requireOperator(actor, "act on steps");
		this.steps.lockRow(stepId);
		Execution execution = running(this.executions.shareById(executionId), executionId);
		StepRecord step = stepOf(execution, stepId);
		if (step.getVersion() != seenVersion) {
			if (repeated(step, action, seenVersion, actor)) {
				return step;
			}
			throw conflict(step);
		}
		printable(text, (action == StepAction.SKIP) ? "reason" : "note");
		// Starting or completing keeps no text of its own; what came with it is a note.
		boolean reasoned = action == StepAction.SKIP || action == StepAction.FAIL;
		String note = (!reasoned && text != null && !text.isBlank()) ? text(text, "note", 4000) : null;
		action.refusal(step.getState(), text).ifPresent((why) -> {
			throw new ExecutionRefused("Step " + step.getPosition() + ": " + why + ".");
		});
		Instant now = this.clock.instant();
		step.apply(action, text, now, actor.username());
		try {
			this.steps.saveAndFlush(step);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ExecutionRefused("Someone else acted on step " + step.getPosition()
					+ " at the same moment; your action was not applied. Look at the step again.", true);
		}
		publish(execution, DrillActivity.Activity.of(action), step.getStepKey(),
				(reasoned && text != null) ? text.strip() : "", actor, now);
		if (note != null) {
			this.notes.saveAndFlush(new StepNote(step.getId(), note, now, actor.username()));
			publish(execution, DrillActivity.Activity.NOTE_WRITTEN, step.getStepKey(), note, actor, now);
		}
		return step;
	}

	StepNote note(long executionId, long stepId, String text, Actor actor) {
		requireOperator(actor, "write notes");
		Execution execution = running(this.executions.shareById(executionId), executionId);
		StepRecord step = stepOf(execution, stepId);
		Instant now = this.clock.instant();
		StepNote note = this.notes
			.saveAndFlush(new StepNote(step.getId(), text(text, "note", 4000), now, actor.username()));
		publish(execution, DrillActivity.Activity.NOTE_WRITTEN, step.getStepKey(), note.getText(), actor, now);
		return note;
	}

	/**
	 * Keeps a file as evidence, refusing what is too large or not what it claims to be.
	 */
	EvidenceSummary attach(long executionId, Optional<Long> stepId, String fileName, byte[] content, Actor actor) {
		requireOperator(actor, "attach evidence");
		Execution execution = running(this.executions.shareById(executionId), executionId);
		Long step = stepId.map((id) -> stepOf(execution, id).getId()).orElse(null);
		if (content == null || content.length == 0) {
			throw new ExecutionRefused("file: choose a file to attach.");
		}
		if (content.length > MAX_EVIDENCE_BYTES) {
			throw new ExecutionRefused(
					"file: at most 10 MB; this one has " + (content.length / (1024 * 1024)) + " MB.");
		}
		String name = (fileName == null || fileName.isBlank()) ? "evidence" : fileName.strip();
		name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		String type = EvidenceType.of(content)
			.orElseThrow(() -> new ExecutionRefused(
					"file: attach a PNG, JPEG, GIF or WebP screenshot, a PDF, or a text or log file."));
		Instant now = this.clock.instant();
		Evidence saved = this.evidence.saveAndFlush(
				new Evidence(execution.getId(), step, name, type, content, sha256(content), now, actor.username()));
		publish(execution, DrillActivity.Activity.EVIDENCE_ATTACHED, name, saved.getSha256(), actor, now);
		return new EvidenceSummary(saved.getId(), saved.getStepRecordId(), saved.getFileName(), saved.getContentType(),
				saved.getSizeBytes(), saved.getSha256(), saved.getAttachedAt(), saved.getAttachedBy());
	}

	/**
	 * Closes an execution with its outcome and findings. From then on it changes no more.
	 */
	Execution close(long executionId, Outcome outcome, String summary, List<NewFinding> newFindings, Actor actor) {
		requireOperator(actor, "close a drill or a failover");
		Execution execution = running(this.executions.lockById(executionId), executionId);
		if (outcome == null) {
			throw new ExecutionRefused("outcome: choose success, partial or failed.");
		}
		if (outcome == Outcome.SUCCESS && execution.recoveredAt().isEmpty()) {
			throw new ExecutionRefused(
					"outcome: success needs the step that restores service to be completed; choose partial or failed.");
		}
		String said = printable(summary, "summary");
		if (said.length() > 4000) {
			throw new ExecutionRefused("summary: at most 4000 characters.");
		}
		Set<String> stepKeys = execution.getSteps().stream().map(StepRecord::getStepKey).collect(Collectors.toSet());
		Set<String> usernames = this.people.enabledPeople()
			.stream()
			.map(UserDirectory.Person::username)
			.collect(Collectors.toSet());
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		List<Finding> written = new ArrayList<>();
		for (NewFinding f : newFindings) {
			String where = f.field() + ".";
			String stepKey = (f.stepKey() == null || f.stepKey().isBlank()) ? null : f.stepKey();
			if (stepKey != null && !stepKeys.contains(stepKey)) {
				throw new ExecutionRefused(where + "step: not a step of this runbook.");
			}
			if (f.owner() == null || !usernames.contains(f.owner())) {
				throw new ExecutionRefused(where + "owner: choose a person who can sign in.");
			}
			if (f.dueOn() == null || f.dueOn().isBefore(today)) {
				throw new ExecutionRefused(where + "dueOn: a date from today on.");
			}
			written.add(new Finding(execution.getId(), stepKey, text(f.description(), where + "description", 4000),
					text(f.action(), where + "action", 4000), f.owner(), f.dueOn(), now, actor.username()));
		}
		execution.close(outcome, said, now, actor.username());
		this.executions.saveAndFlush(execution);
		this.findings.saveAll(written);
		publish(execution, DrillActivity.Activity.CLOSED, outcome.name(), said, actor, now);
		execution.recoveryTime()
			.ifPresent((time) -> this.events.publishEvent(
					new RecoveryMeasured(execution.getEnvironmentKey(), execution.getUnitKey(), execution.getStrategy(),
							execution.getTier(), time.toMinutes(), execution.getRtoMinutes(), execution.getId(), now)));
		for (Finding finding : written) {
			if (finding.getStepKey() == null) {
				continue;
			}
			execution.getSteps()
				.stream()
				.filter((s) -> s.getStepKey().equals(finding.getStepKey()))
				.filter((s) -> s.getState() == StepState.SKIPPED || s.getState() == StepState.FAILED)
				.findFirst()
				.ifPresent((s) -> this.events
					.publishEvent(new RunbookFindingReported(execution.getEnvironmentKey(), execution.getRunbookKey(),
							execution.getRunbookNumber(), s.getStepKey(), s.getState().name().toLowerCase(Locale.ROOT),
							finding.getDescription(), execution.getId(), now)));
		}
		return execution;
	}

	/**
	 * The four-eyes sign-off: a second person with the operator or architect role who
	 * took no part in the execution.
	 */
	Execution signOff(long executionId, String note, Actor actor) {
		if (!actor.has(Role.OPERATOR) && !actor.has(Role.ARCHITECT)) {
			throw ExecutionRefused.forbidden("Only an operator or an architect may sign off.");
		}
		Execution execution = this.executions.lockById(executionId)
			.orElseThrow(() -> new ExecutionRefused("There is no execution " + executionId + "."));
		if (execution.getState() != ExecutionState.CLOSED) {
			throw new ExecutionRefused(execution.isRunning() ? "Close the execution before signing it off."
					: "It was signed off already by " + execution.getSignedOffBy() + ".");
		}
		if (this.executions.tookPart(executionId, actor.username())) {
			throw ExecutionRefused
				.forbidden("You took part in this execution; a second person who did not must sign it off.");
		}
		String said = printable(note, "note");
		if (said.length() > 2000) {
			throw new ExecutionRefused("note: at most 2000 characters.");
		}
		Instant now = this.clock.instant();
		execution.signOff(said, now, actor.username());
		try {
			this.executions.saveAndFlush(execution);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ExecutionRefused("Someone else signed it off at the same moment.", true);
		}
		publish(execution, DrillActivity.Activity.SIGNED_OFF, "", said, actor, now);
		return execution;
	}

	/**
	 * Records what was wrong in a closed execution's record, which itself never changes.
	 */
	Correction correct(long executionId, Optional<Long> stepId, String text, Actor actor) {
		if (!actor.has(Role.OPERATOR) && !actor.has(Role.ARCHITECT)) {
			throw ExecutionRefused.forbidden("Only an operator or an architect may correct a record.");
		}
		Execution execution = this.executions.findById(executionId)
			.orElseThrow(() -> new ExecutionRefused("There is no execution " + executionId + "."));
		if (execution.isRunning()) {
			throw new ExecutionRefused("The execution is still running: act on its steps or write a note instead.");
		}
		Long step = stepId.map((id) -> stepOf(execution, id).getId()).orElse(null);
		Instant now = this.clock.instant();
		Correction correction = this.corrections
			.saveAndFlush(new Correction(executionId, step, text(text, "correction", 4000), now, actor.username()));
		publish(execution, DrillActivity.Activity.CORRECTED, (step == null) ? "" : String.valueOf(step),
				correction.getText(), actor, now);
		return correction;
	}

	/**
	 * Marks a finding's follow-up action done: its owner, an operator or an architect.
	 */
	Finding findingDone(long findingId, Actor actor) {
		Finding finding = this.findings.findById(findingId)
			.orElseThrow(() -> new ExecutionRefused("There is no finding " + findingId + "."));
		if (!finding.getOwner().equals(actor.username()) && !actor.has(Role.OPERATOR) && !actor.has(Role.ARCHITECT)) {
			throw ExecutionRefused.forbidden("Only the finding's owner, an operator or an architect may close it.");
		}
		if (finding.getState() == FindingState.DONE) {
			throw new ExecutionRefused("The finding was closed already by " + finding.getDoneBy() + ".", true);
		}
		Instant now = this.clock.instant();
		finding.done(now, actor.username());
		try {
			this.findings.saveAndFlush(finding);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ExecutionRefused("Someone else closed the finding at the same moment.", true);
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

	private Set<Participant> participants(Map<String, String> requested, PublishedRunbook runbook) {
		Map<String, UserDirectory.Person> people = this.people.enabledPeople()
			.stream()
			.collect(Collectors.toMap(UserDirectory.Person::username, (p) -> p));
		Set<String> roles = this.runbooks.roles()
			.stream()
			.map(Procedures.RunbookRole::key)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		roles.add("observer");
		Set<Participant> participants = new LinkedHashSet<>();
		for (Map.Entry<String, String> entry : requested.entrySet()) {
			if (!people.containsKey(entry.getKey())) {
				throw new ExecutionRefused("participants: nobody called '" + entry.getKey() + "' can sign in.");
			}
			if (!roles.contains(entry.getValue())) {
				throw new ExecutionRefused("participants: '" + entry.getValue() + "' is not a role of this runbook; "
						+ "choose one of " + String.join(", ", roles) + ".");
			}
			participants.add(new Participant(entry.getKey(), entry.getValue()));
		}
		return participants;
	}

	// The unit's tier when the execution starts: that of its most critical component.
	private int tier(PublishedRunbook runbook) {
		return this.environments.find(runbook.environment())
			.map((snapshot) -> snapshot.topology().tierOf(runbook.runbook().components()))
			.orElse(1);
	}

	private static Execution running(Optional<Execution> found, long id) {
		Execution execution = found.orElseThrow(() -> new ExecutionRefused("There is no execution " + id + "."));
		if (!execution.isRunning()) {
			throw new ExecutionRefused("The execution was closed by " + execution.getClosedBy()
					+ "; nothing can be added to it. Add a correction instead.", true);
		}
		return execution;
	}

	private static StepRecord stepOf(Execution execution, long stepId) {
		return execution.getSteps()
			.stream()
			.filter((s) -> s.getId() == stepId)
			.findFirst()
			.orElseThrow(() -> new ExecutionRefused("step: not a step of this execution."));
	}

	// A phone that lost its connection after sending sends the same action again: the
	// step
	// is then exactly one action further, in the state that action leads to, by the same
	// person, and the answer is what the first sending should have received.
	private static boolean repeated(StepRecord step, StepAction action, long seenVersion, Actor actor) {
		String by = (action == StepAction.START) ? step.getStartedBy() : step.getFinishedBy();
		return step.getVersion() == seenVersion + 1 && step.getState() == action.to() && actor.username().equals(by);
	}

	private static ExecutionRefused conflict(StepRecord step) {
		String who = (step.getFinishedBy() != null) ? step.getFinishedBy() : step.getStartedBy();
		Instant when = (step.getFinishedAt() != null) ? step.getFinishedAt() : step.getStartedAt();
		String what = switch (step.getState()) {
			case PENDING -> "changed";
			case RUNNING -> "started";
			case DONE -> "completed";
			case SKIPPED -> "skipped";
			case FAILED -> "marked as failed";
		};
		return new ExecutionRefused("Step " + step.getPosition() + " was " + what
				+ ((who != null) ? " by " + who + " at " + Times.clock(when) : "")
				+ " after you opened it; your action was not applied. Look at the step again.", true);
	}

	private static void requireOperator(Actor actor, String what) {
		if (!actor.has(Role.OPERATOR)) {
			throw ExecutionRefused.forbidden("Only operators may " + what + ".");
		}
	}

	private static String text(String value, String field, int max) {
		String text = printable(value, field);
		if (text.isEmpty() || text.length() > max) {
			throw new ExecutionRefused(field + ": write 1 to " + max + " characters.");
		}
		return text;
	}

	static String printable(String value, String field) {
		String text = (value == null) ? "" : value.strip();
		if (!PrintableText.isPrintable(text)) {
			throw new ExecutionRefused(field + ": remove the control characters.");
		}
		return text;
	}

	private void publish(Execution execution, DrillActivity.Activity activity, String subject, String detail,
			Actor actor, Instant at) {
		this.events.publishEvent(new DrillActivity(execution.getId(), execution.getEnvironmentKey(), activity, subject,
				detail, actor.username(), at));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
