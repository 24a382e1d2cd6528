package io.drillbook.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.drillbook.strategy.Layer;
import io.drillbook.strategy.Strategy;
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
 * when the outage was declared, and every step as it was carried out.
 */
@Entity
@Table(name = "execution")
public class Execution {

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
		this.tier = start.tier();
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
			String unitKey, Layer layer, Strategy strategy, int tier, long rtoMinutes, ExecutionKind kind,
			FailureScope scope, String target, String scenario, Instant outageDeclaredAt,
			Set<Participant> participants) {

	}

	void addStep(StepRecord step) {
		this.steps.add(step);
	}

	void close(Outcome outcome, String summary, Instant at, String by) {
		this.state = ExecutionState.CLOSED;
		this.outcome = outcome;
		this.summary = summary;
		this.closedAt = at;
		this.closedBy = by;
	}

	void signOff(String note, Instant at, String by) {
		this.state = ExecutionState.SIGNED_OFF;
		this.signOffNote = note;
		this.signedOffAt = at;
		this.signedOffBy = by;
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

	public int getTier() {
		return this.tier;
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
