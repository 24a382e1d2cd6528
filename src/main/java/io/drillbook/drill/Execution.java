package io.drillbook.drill;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.drillbook.runbook.Step;
import io.drillbook.strategy.Layer;
import io.drillbook.strategy.Strategy;
import io.drillbook.system.Refusal;
import io.drillbook.system.Refused;
import io.drillbook.system.Sha256;
import io.drillbook.topology.Tier;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One drill or real failover of a published runbook version: who, what was simulated,
 * when the outage was declared, and every step as it was carried out. It decides every
 * move on itself, start, step actions, notes, evidence, close, sign-off and correction,
 * and refuses what the rules do not allow.
 * <p>
 * Kept whole: every rule of a drill's record lives here, beside the fields it guards and
 * the getters the pages and the history read; split, one drill's rules would be in
 * several places.
 */
@Entity
@Table(name = "execution")
public class Execution {

	static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

	static final Duration LONGEST_BACKDATING = Duration.ofDays(7);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String environmentKey;

	private long runbookVersionId;

	private String runbookKey;

	private String runbookTitle;

	private int runbookNumber;

	private String unitKey;

	@Enumerated(EnumType.STRING)
	private Layer layer;

	@Enumerated(EnumType.STRING)
	private Strategy strategy;

	private int tier;

	private long rtoMinutes;

	@Enumerated(EnumType.STRING)
	private ExecutionKind kind;

	@Enumerated(EnumType.STRING)
	private FailureScope failureScope;

	private String failureTarget;

	private String scenarioText;

	private Instant outageDeclaredAt;

	private Instant startedAt;

	private String startedBy;

	@Enumerated(EnumType.STRING)
	private ExecutionState state;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String summary;

	private Instant closedAt;

	private String closedBy;

	private Instant signedOffAt;

	private String signedOffBy;

	private String signOffNote;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "execution_participant", joinColumns = @JoinColumn(name = "execution_id"))
	private Set<Participant> participants = new LinkedHashSet<>();

	@OneToMany(mappedBy = "execution", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
	@OrderBy("position")
	private List<StepRecord> steps = new ArrayList<>();

	protected Execution() {
	}

	Execution(Start start, Instant now, String user) {
		this.environmentKey = start.environment();
		this.runbookVersionId = start.runbookVersionId();
		this.runbookKey = start.runbookKey();
		this.runbookTitle = start.runbookTitle();
		this.runbookNumber = start.runbookNumber();
		this.unitKey = start.unitKey();
		this.layer = start.layer();
		this.strategy = start.strategy();
		this.tier = start.tier().level();
		this.rtoMinutes = start.rtoMinutes();
		this.kind = start.kind();
		this.failureScope = start.scope();
		this.failureTarget = start.target();
		this.scenarioText = start.scenario();
		this.outageDeclaredAt = start.outageDeclaredAt();
		this.startedAt = now;
		this.startedBy = user;
		this.state = ExecutionState.RUNNING;
		this.participants.addAll(start.participants());
	}

	/**
	 * What an execution is started with, worked out from the published runbook and the
	 * operator's form.
	 *
	 * @param environment the environment's key
	 * @param runbookVersionId the published version followed
	 * @param runbookKey the runbook's key
	 * @param runbookTitle the runbook's title
	 * @param runbookNumber the version's number
	 * @param unitKey the unit recovered
	 * @param layer the layer of its strategy
	 * @param strategy the strategy carried out
	 * @param tier the unit's tier
	 * @param rtoMinutes the recovery-time objective
	 * @param kind drill or real failover
	 * @param scope what failed, or is simulated to
	 * @param target the element that failed
	 * @param scenario the scenario in words
	 * @param outageDeclaredAt when the outage was declared
	 * @param participants who takes part, in which role
	 */
	record Start(String environment, long runbookVersionId, String runbookKey, String runbookTitle, int runbookNumber,
			String unitKey, Layer layer, Strategy strategy, Tier tier, long rtoMinutes, ExecutionKind kind,
			FailureScope scope, String target, String scenario, Instant outageDeclaredAt,
			Set<Participant> participants) {

	}

	/**
	 * Starts an execution of a published runbook, or refuses naming what is wrong.
	 * @param runbook what is followed
	 * @param request the operator's part
	 * @param steps the steps to carry out, in order
	 * @param people who can sign in, and so take part
	 * @param roles the roles of the runbook, the observer included
	 */
	static Execution start(Followed runbook, StartRequest request, List<Step> steps, Set<String> people,
			Set<String> roles, Actor actor, Instant now) {
		actor.mustBeOperator("start a drill or a failover");
		if (request.kind() == null) {
			throw Refusal.invalid("kind", "choose drill or real failover.").refused();
		}
		if (request.scope() == null) {
			throw Refusal.invalid("scope", "say what fails: a host, the management server, a component or a site.")
				.refused();
		}
		String target = FreeText.required(request.target(), "target", 200);
		String scenario = FreeText.optional(request.scenario(), "scenario", 2000);
		Instant declared = request.outageDeclaredAt().orElse(now);
		if (declared.isAfter(now.plusSeconds(60))) {
			throw Refusal.invalid("outageDeclaredAt", "the outage cannot be declared in the future.").refused();
		}
		if (declared.isBefore(now.minus(LONGEST_BACKDATING))) {
			throw Refusal.invalid("outageDeclaredAt", "at most 7 days ago.").refused();
		}
		Set<Participant> participants = participants(request.participants(), people, roles);
		participants.add(new Participant(actor.username(), "incident-lead"));
		Execution execution = new Execution(new Start(runbook.environment(), runbook.runbookVersionId(),
				runbook.runbookKey(), runbook.runbookTitle(), runbook.runbookNumber(), runbook.unitKey(),
				runbook.layer(), runbook.strategy(), runbook.tier(), runbook.rtoMinutes(), request.kind(),
				request.scope(), target, scenario, declared, participants), now, actor.username());
		int position = 0;
		for (Step step : steps) {
			if (!step.note()) {
				execution.steps.add(new StepRecord(execution, ++position, step));
			}
		}
		return execution;
	}

	private static Set<Participant> participants(Map<String, String> requested, Set<String> people, Set<String> roles) {
		Set<Participant> participants = new LinkedHashSet<>();
		requested.forEach((username, role) -> {
			if (!people.contains(username)) {
				throw Refusal.invalid("participants", "nobody called '" + username + "' can sign in.").refused();
			}
			if (!roles.contains(role)) {
				throw Refusal
					.invalid("participants",
							"'" + role + "' is not a role of this runbook; choose one of " + String.join(", ", roles)
									+ ".")
					.refused();
			}
			participants.add(new Participant(username, role));
		});
		return participants;
	}

	/**
	 * The published runbook an execution follows, as it stands when the execution starts.
	 *
	 * @param environment the environment's key
	 * @param runbookVersionId the published version followed
	 * @param runbookKey the runbook's key
	 * @param runbookTitle the runbook's title
	 * @param runbookNumber the version's number
	 * @param unitKey the unit recovered
	 * @param layer the layer of its strategy
	 * @param strategy the strategy carried out
	 * @param tier the unit's tier
	 * @param rtoMinutes the recovery-time objective
	 */
	record Followed(String environment, long runbookVersionId, String runbookKey, String runbookTitle,
			int runbookNumber, String unitKey, Layer layer, Strategy strategy, Tier tier, long rtoMinutes) {

	}

	/**
	 * What a step action did.
	 *
	 * @param step the step after it
	 * @param repeated whether it was the same person's action sent again, already
	 * recorded
	 * @param note what came with a start or a completion, kept as a note
	 * @param reason why the step was skipped or what failed; empty otherwise
	 */
	record Acted(StepRecord step, boolean repeated, Optional<String> note, String reason) {

	}

	/**
	 * Starts, completes, skips or fails a step, provided nobody acted on it since the
	 * operator saw it at {@code seenVersion}.
	 */
	Acted act(long stepId, StepAction action, long seenVersion, String text, Actor actor, Instant now) {
		actor.mustBeOperator("act on steps");
		mustBeRunning();
		StepRecord step = step(stepId);
		if (step.getVersion() != seenVersion) {
			if (step.repeats(action, seenVersion, actor.username())) {
				return new Acted(step, true, Optional.empty(), "");
			}
			throw step.conflict().refused();
		}
		boolean reasoned = action == StepAction.SKIP || action == StepAction.FAIL;
		String said = FreeText.optional(text, (action == StepAction.SKIP) ? "reason" : "note", Integer.MAX_VALUE);
		// Starting or completing keeps no text of its own; what came with it is a note.
		Optional<String> note = (!reasoned && !said.isEmpty()) ? Optional.of(FreeText.required(said, "note", 4000))
				: Optional.empty();
		action.refusal(step.getState(), text).ifPresent((why) -> {
			throw Refusal.invalid("", "Step " + step.getPosition() + ": " + why + ".").refused();
		});
		step.apply(action, text, now, actor.username());
		return new Acted(step, false, note, reasoned ? said : "");
	}

	StepNote note(long stepId, String text, Actor actor, Instant now) {
		actor.mustBeOperator("write notes");
		mustBeRunning();
		return new StepNote(step(stepId).getId(), FreeText.required(text, "note", 4000), now, actor.username());
	}

	/**
	 * Keeps a file as evidence, refusing what is too large or not what it claims to be.
	 */
	Evidence attach(Optional<Long> stepId, String fileName, byte[] content, Actor actor, Instant now) {
		actor.mustBeOperator("attach evidence");
		mustBeRunning();
		Long step = stepId.map((id) -> step(id).getId()).orElse(null);
		if (content == null || content.length == 0) {
			throw Refusal.invalid("file", "choose a file to attach.").refused();
		}
		if (content.length > MAX_EVIDENCE_BYTES) {
			throw Refusal.invalid("file", "at most 10 MB; this one has " + (content.length / (1024 * 1024)) + " MB.")
				.refused();
		}
		String name = (fileName == null || fileName.isBlank()) ? "evidence" : fileName.strip();
		name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		String type = EvidenceType.of(content)
			.orElseThrow(() -> Refusal
				.invalid("file", "attach a PNG, JPEG, GIF or WebP screenshot, a PDF, or a text or log file.")
				.refused());
		return new Evidence(this.id, step, name, type, content, Sha256.of(content).hex(), now, actor.username());
	}

	/**
	 * Closes the execution with its outcome and findings. From then on it changes no
	 * more.
	 * @param people who can sign in, and so own a finding
	 * @return the findings to keep
	 */
	List<Finding> close(Outcome outcome, String summary, List<NewFinding> findings, Set<String> people, Actor actor,
			Instant now) {
		actor.mustBeOperator("close a drill or a failover");
		mustBeRunning();
		if (outcome == null) {
			throw Refusal.invalid("outcome", "choose success, partial or failed.").refused();
		}
		if (outcome == Outcome.SUCCESS && recoveredAt().isEmpty()) {
			throw Refusal
				.invalid("outcome",
						"success needs the step that restores service to be completed; choose partial or failed.")
				.refused();
		}
		String said = FreeText.optional(summary, "summary", 4000);
		List<Finding> written = new ArrayList<>();
		for (NewFinding finding : findings) {
			try {
				written.add(finding(finding, people, actor, now));
			}
			catch (Refused ex) {
				throw ex.refusal().within(finding.field()).refused();
			}
		}
		this.state = ExecutionState.CLOSED;
		this.outcome = outcome;
		this.summary = said;
		this.closedAt = now;
		this.closedBy = actor.username();
		return written;
	}

	private Finding finding(NewFinding f, Set<String> people, Actor actor, Instant now) {
		String stepKey = (f.stepKey() == null || f.stepKey().isBlank()) ? null : f.stepKey();
		if (stepKey != null && this.steps.stream().noneMatch((s) -> s.getStepKey().equals(stepKey))) {
			throw Refusal.invalid("step", "not a step of this runbook.").refused();
		}
		if (f.owner() == null || !people.contains(f.owner())) {
			throw Refusal.invalid("owner", "choose a person who can sign in.").refused();
		}
		if (f.dueOn() == null || f.dueOn().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
			throw Refusal.invalid("dueOn", "a date from today on.").refused();
		}
		return new Finding(this.id, stepKey, FreeText.required(f.description(), "description", 4000),
				FreeText.required(f.action(), "action", 4000), f.owner(), f.dueOn(), now, actor.username());
	}

	/**
	 * The four-eyes sign-off: a second person with the operator or architect role who
	 * took no part in the execution.
	 * @param tookPart whether the person acted on it, was named in it or closed it
	 */
	void signOff(String note, boolean tookPart, Actor actor, Instant now) {
		actor.mustReview("sign off");
		if (this.state != ExecutionState.CLOSED) {
			throw Refusal
				.invalid("",
						isRunning() ? "Close the execution before signing it off."
								: "It was signed off already by " + this.signedOffBy + ".")
				.refused();
		}
		if (tookPart) {
			throw Refusal.forbidden("You took part in this execution; a second person who did not must sign it off.")
				.refused();
		}
		this.signOffNote = FreeText.optional(note, "note", 2000);
		this.state = ExecutionState.SIGNED_OFF;
		this.signedOffAt = now;
		this.signedOffBy = actor.username();
	}

	/**
	 * Records what was wrong in a closed execution's record, which itself never changes.
	 */
	Correction correct(Optional<Long> stepId, String text, Actor actor, Instant now) {
		actor.mustReview("correct a record");
		if (isRunning()) {
			throw Refusal.invalid("", "The execution is still running: act on its steps or write a note instead.")
				.refused();
		}
		Long step = stepId.map((id) -> step(id).getId()).orElse(null);
		return new Correction(this.id, step, FreeText.required(text, "correction", 4000), now, actor.username());
	}

	StepRecord step(long stepId) {
		return this.steps.stream()
			.filter((s) -> s.getId() == stepId)
			.findFirst()
			.orElseThrow(() -> Refusal.invalid("step", "not a step of this execution.").refused());
	}

	void mustBeRunning() {
		if (!isRunning()) {
			throw Refusal
				.conflict("The execution was closed by " + this.closedBy
						+ "; nothing can be added to it. Add a correction instead.")
				.refused();
		}
	}

	/** The step whose completion restores service. */
	public Optional<StepRecord> restoringStep() {
		return this.steps.stream().filter(StepRecord::isRestoresService).findFirst();
	}

	/** When service came back: the completion of the step that restores it. */
	public Optional<Instant> recoveredAt() {
		return restoringStep().filter((s) -> s.getState() == StepState.DONE).map(StepRecord::getFinishedAt);
	}

	/** From the declared outage to the return of service. */
	public Optional<Duration> recoveryTime() {
		return recoveredAt().map((at) -> Duration.between(this.outageDeclaredAt, at));
	}

	public Duration rto() {
		return Duration.ofMinutes(this.rtoMinutes);
	}

	/** Whether recovery met the RTO; empty while service is not back. */
	public Optional<Boolean> rtoMet() {
		return recoveryTime().map((t) -> t.compareTo(rto()) <= 0);
	}

	/** The first step not finished, which the execution view shows large. */
	public Optional<StepRecord> currentStep() {
		return this.steps.stream().filter((s) -> !s.getState().finished()).findFirst();
	}

	public boolean isRunning() {
		return this.state == ExecutionState.RUNNING;
	}

	public Long getId() {
		return this.id;
	}

	public String getEnvironmentKey() {
		return this.environmentKey;
	}

	public long getRunbookVersionId() {
		return this.runbookVersionId;
	}

	public String getRunbookKey() {
		return this.runbookKey;
	}

	public String getRunbookTitle() {
		return this.runbookTitle;
	}

	public int getRunbookNumber() {
		return this.runbookNumber;
	}

	public String getUnitKey() {
		return this.unitKey;
	}

	public Layer getLayer() {
		return this.layer;
	}

	public Strategy getStrategy() {
		return this.strategy;
	}

	public Tier getTier() {
		return Tier.of(this.tier);
	}

	public long getRtoMinutes() {
		return this.rtoMinutes;
	}

	public ExecutionKind getKind() {
		return this.kind;
	}

	public FailureScope getFailureScope() {
		return this.failureScope;
	}

	public String getFailureTarget() {
		return this.failureTarget;
	}

	public String getScenarioText() {
		return this.scenarioText;
	}

	public Instant getOutageDeclaredAt() {
		return this.outageDeclaredAt;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public ExecutionState getState() {
		return this.state;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public String getSummary() {
		return this.summary;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

	public Instant getSignedOffAt() {
		return this.signedOffAt;
	}

	public String getSignedOffBy() {
		return this.signedOffBy;
	}

	public String getSignOffNote() {
		return this.signOffNote;
	}

	public long getVersion() {
		return this.version;
	}

	public Set<Participant> getParticipants() {
		return Set.copyOf(this.participants);
	}

	public List<StepRecord> getSteps() {
		return List.copyOf(this.steps);
	}

}
