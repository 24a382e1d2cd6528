package io.drillbook.runbook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.drillbook.strategy.ProtectionPlan;
import io.drillbook.strategy.ProtectionPlans;
import io.drillbook.strategy.UnitPlan;
import io.drillbook.system.Refusal;
import io.drillbook.system.Refused;
import io.drillbook.system.Sha256;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An environment's runbooks: written afresh from the plan whenever they are looked at,
 * with the architects' edits applied, compared with their last published version, and
 * published as frozen versions.
 */
@Service
@Transactional
class Runbooks implements RunbookCatalog {

	private final ProtectionPlans plans;

	private final Procedures procedures;

	private final RunbookDraftRepository drafts;

	private final RunbookVersionRepository versions;

	private final RunbookFindingRepository findings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	// Map entries sorted by key, so that equal runbooks give equal bytes and hashes.
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	Runbooks(ProtectionPlans plans, Procedures procedures, RunbookDraftRepository drafts,
			RunbookVersionRepository versions, RunbookFindingRepository findings, ApplicationEventPublisher events,
			Clock clock) {
		this.plans = plans;
		this.procedures = procedures;
		this.drafts = drafts;
		this.versions = versions;
		this.findings = findings;
		this.events = events;
		this.clock = clock;
	}

	Procedures procedures() {
		return this.procedures;
	}

	/**
	 * Every runbook of an environment as it stands.
	 *
	 * @param plan the plan they were written from
	 * @param entries one per runbook the plan calls for, in recovery order
	 * @param unwritten units that need a runbook and get none
	 * @param retired runbooks published once that the plan no longer calls for
	 */
	record Overview(ProtectionPlan plan, List<Entry> entries, List<RunbookWriter.Unwritten> unwritten,
			List<RunbookVersion> retired) {

		public Optional<Entry> entry(String unit, Scenario scenario) {
			return this.entries.stream()
				.filter((e) -> e.draft().unit().equals(unit) && e.draft().scenario() == scenario)
				.findFirst();
		}

		public List<Entry> entries(Scenario scenario) {
			return this.entries.stream().filter((e) -> e.draft().scenario() == scenario).toList();
		}

		public String unitName(String unit) {
			return this.plan.plan()
				.units()
				.stream()
				.filter((u) -> u.key().equals(unit))
				.findFirst()
				.map(UnitPlan::name)
				.orElse(unit);
		}

		/**
		 * Why a version should not be followed as it is: empty when it is the newest
		 * version and nothing it was made from changed.
		 */
		public List<String> staleness(RunbookVersion version) {
			Optional<Entry> entry = entry(version.getUnitKey(), version.getScenario());
			if (entry.isEmpty()) {
				return List.of("the plan no longer calls for this runbook");
			}
			if (!entry.get().latest().map((l) -> l.getId().equals(version.getId())).orElse(false)) {
				return List.of("version " + version.getNumber() + " is not the newest version");
			}
			return entry.get().staleBecause();
		}

		public long stale() {
			return this.entries.stream().filter(Entry::stale).count() + this.retired.size();
		}

	}

	/**
	 * One runbook as it stands.
	 *
	 * @param draft the runbook as it would be published now: generated, then edited
	 * @param edits the architects' edits
	 * @param draftRevision how many times the edits were saved, for optimistic locking
	 * @param draftSha256 the SHA-256 the draft would be published with
	 * @param latest the last published version
	 * @param staleBecause what changed since the last published version was made
	 * @param orphanEdits edits whose step the runbook no longer has
	 * @param findings problems drills found with steps of the last published version
	 */
	record Entry(Runbook draft, DraftEdits edits, long draftRevision, String draftSha256,
			Optional<RunbookVersion> latest, List<String> staleBecause, List<String> orphanEdits,
			List<RunbookFinding> findings) {

		public boolean stale() {
			return this.latest.isPresent() && !this.staleBecause.isEmpty();
		}

		/** Whether publishing now would make a version that differs from the last one. */
		public boolean unpublished() {
			return this.latest.map((v) -> !v.getContentSha256().equals(this.draftSha256)).orElse(true);
		}

	}

	@Transactional(readOnly = true)
	Optional<Overview> overview(String environment) {
		return this.plans.find(environment).map(this::overview);
	}

	private Overview overview(ProtectionPlan plan) {
		String environment = plan.environment().key();
		RunbookWriter.Written written = RunbookWriter.write(plan, this.procedures);
		Map<String, RunbookDraft> drafts = new HashMap<>();
		this.drafts.findByEnvironmentKey(environment)
			.forEach((d) -> drafts.put(new RunbookKey(environment, d.getUnitKey(), d.getScenario()).local(), d));
		Map<String, RunbookVersion> latest = new LinkedHashMap<>();
		this.versions.findByEnvironmentKeyOrderByIdDesc(environment)
			.forEach((v) -> latest.putIfAbsent(v.runbookKey(), v));
		List<Entry> entries = new ArrayList<>();
		Map<String, List<RunbookFinding>> found = new HashMap<>();
		this.findings.findByEnvironmentKeyOrderById(environment)
			.forEach((f) -> found.computeIfAbsent(f.getRunbookKey() + " v" + f.getNumber(), (k) -> new ArrayList<>())
				.add(f));
		for (Runbook generated : written.runbooks()) {
			Optional<RunbookVersion> version = Optional.ofNullable(latest.remove(generated.key()));
			List<RunbookFinding> open = version
				.map((v) -> found.getOrDefault(v.runbookKey() + " v" + v.getNumber(), List.<RunbookFinding>of()))
				.orElse(List.of());
			entries.add(entry(generated, Optional.ofNullable(drafts.get(generated.key())), version, open));
		}
		return new Overview(plan, entries, written.unwritten(), List.copyOf(latest.values()));
	}

	private Entry entry(Runbook generated, Optional<RunbookDraft> draft, Optional<RunbookVersion> latest,
			List<RunbookFinding> findings) {
		DraftEdits edits = draft.map((d) -> JSON.readValue(d.getEdits(), DraftEdits.class)).orElse(DraftEdits.none());
		Runbook edited = edits.applyTo(generated);
		List<String> stale = latest.map((v) -> SourceChanges.between(content(v).sources(), generated.sources()))
			.orElse(List.of());
		return new Entry(edited, edits, draft.map((d) -> d.getRevision() + 1).orElse(0L), sha256(edited), latest, stale,
				edits.orphans(generated), findings);
	}

	/**
	 * Keeps what a drill found with a step; it shows on the runbook until the next
	 * version is published.
	 */
	@EventListener
	void onFindingReported(RunbookFindingReported reported) {
		this.findings.save(new RunbookFinding(reported));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublishedRunbook> published(long versionId) {
		return this.versions.findById(versionId).map((version) -> {
			List<String> stale = overview(version.getEnvironmentKey()).map((o) -> o.staleness(version))
				.orElse(List.of("the environment no longer exists"));
			return published(version, stale);
		});
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublishedRunbook> current(String environment) {
		return overview(environment)
			.map((o) -> o.entries()
				.stream()
				.flatMap((e) -> e.latest().stream())
				.map((v) -> published(v, o.staleness(v)))
				.toList())
			.orElse(List.of());
	}

	@Override
	public List<Procedures.RunbookRole> roles() {
		return this.procedures.roles();
	}

	private PublishedRunbook published(RunbookVersion version, List<String> stale) {
		return new PublishedRunbook(version.getId(), version.getEnvironmentKey(), version.getNumber(),
				version.getContentSha256(), version.getPublishedAt(), version.getPublishedBy(), stale,
				content(version));
	}

	@Transactional(readOnly = true)
	Optional<Entry> entry(RunbookKey key) {
		return overview(key.environment()).flatMap((o) -> o.entry(key.unit(), key.scenario()));
	}

	@Transactional(readOnly = true)
	List<RunbookVersion> versions(RunbookKey key) {
		return this.versions.findByEnvironmentKeyAndUnitKeyAndScenarioOrderByNumberDesc(key.environment(), key.unit(),
				key.scenario());
	}

	@Transactional(readOnly = true)
	Optional<RunbookVersion> version(RunbookKey key, int number) {
		return this.versions.findByEnvironmentKeyAndUnitKeyAndScenarioAndNumber(key.environment(), key.unit(),
				key.scenario(), number);
	}

	@Transactional(readOnly = true)
	List<RunbookVersion> withSha256(String sha256) {
		return this.versions.findByContentSha256(sha256);
	}

	/** The frozen runbook of a version. */
	Runbook content(RunbookVersion version) {
		return JSON.readValue(version.getContent(), Runbook.class);
	}

	/**
	 * The steps that differ between two versions, or between a version and the draft when
	 * {@code to} is empty.
	 */
	@Transactional(readOnly = true)
	RunbookDiff diff(RunbookKey key, int from, Optional<Integer> to) {
		RunbookVersion older = version(key, from)
			.orElseThrow(() -> Refusal.missing("from: there is no version " + from + ".").refused());
		List<Step> newer = to
			.map((n) -> version(key, n).map((v) -> content(v).steps())
				.orElseThrow(() -> Refusal.missing("to: there is no version " + n + ".").refused()))
			.orElseGet(() -> entry(key).orElseThrow(Runbooks::noLongerCalledFor).draft().steps());
		return RunbookDiff.between(content(older).steps(), newer);
	}

	/**
	 * Freezes the draft as the next version, provided it is still what the architect
	 * reviewed.
	 */
	RunbookVersion publish(RunbookKey key, String reviewedSha256, String user) {
		ProtectionPlan plan = this.plans.find(key.environment())
			.orElseThrow(() -> Refusal.missing("There is no environment " + key.environment() + ".").refused());
		Entry entry = overview(plan).entry(key.unit(), key.scenario()).orElseThrow(Runbooks::noLongerCalledFor);
		if (!entry.draftSha256().equals(reviewedSha256)) {
			throw Refusal.conflict("The runbook changed since you opened it: review it again before publishing.")
				.refused();
		}
		if (!entry.unpublished()) {
			throw Refusal.conflict("Version " + entry.latest().get().getNumber() + " already has exactly this content.")
				.refused();
		}
		int number = entry.latest().map((v) -> v.getNumber() + 1).orElse(1);
		Instant now = this.clock.instant();
		RunbookVersion version;
		try {
			version = this.versions.saveAndFlush(new RunbookVersion(entry.draft(), number, canonical(entry.draft()),
					entry.draftSha256(), plan.environment().fingerprint(), plan.environment().revision(),
					plan.policyVersion(), this.procedures.version(), now, user));
		}
		catch (DataIntegrityViolationException ex) {
			throw Refusal.conflict("Someone else published version " + number + " a moment ago: review it.").refused();
		}
		this.events
			.publishEvent(new RunbookPublished(key.environment(), key.local(), number, entry.draftSha256(), user, now));
		return version;
	}

	Entry move(RunbookKey key, long revision, String step, boolean up, String user) {
		return edit(key, revision, user, (entry) -> entry.edits().move(entry.draft(), step, up));
	}

	Entry changeText(RunbookKey key, long revision, String step, String instruction, String check, String user) {
		return edit(key, revision, user, (entry) -> entry.edits().edit(generated(entry), step, instruction, check));
	}

	Entry addStep(RunbookKey key, long revision, NewStep step, String user) {
		Set<String> roles = this.procedures.roles()
			.stream()
			.map(Procedures.RunbookRole::key)
			.collect(Collectors.toSet());
		return edit(key, revision, user, (entry) -> entry.edits().add(entry.draft(), step, roles));
	}

	Entry revert(RunbookKey key, long revision, String step, String user) {
		return edit(key, revision, user, (entry) -> entry.edits().revert(step));
	}

	private interface Edit {

		DraftEdits apply(Entry entry);

	}

	private Entry edit(RunbookKey key, long revision, String user, Edit edit) {
		Entry entry = entry(key).orElseThrow(Runbooks::noLongerCalledFor);
		if (entry.draftRevision() != revision) {
			throw Refusal
				.conflict("Someone else changed this runbook since you opened it: look at their change and try again.")
				.refused();
		}
		DraftEdits changed = edit.apply(entry);
		RunbookDraft draft = this.drafts
			.findByEnvironmentKeyAndUnitKeyAndScenario(key.environment(), key.unit(), key.scenario())
			.orElseGet(() -> new RunbookDraft(key.environment(), key.unit(), key.scenario()));
		String before = (draft.getEdits() != null) ? draft.getEdits() : JSON.writeValueAsString(DraftEdits.none());
		Instant now = this.clock.instant();
		draft.change(JSON.writeValueAsString(changed), now, user);
		try {
			this.drafts.saveAndFlush(draft);
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw Refusal
				.conflict("Someone else changed this runbook at the same moment: look at their change and try again.")
				.refused();
		}
		this.events
			.publishEvent(new RunbookEdited(key.environment(), key.local(), before, draft.getEdits(), user, now));
		return entry(key).orElseThrow();
	}

	private static Refused noLongerCalledFor() {
		return Refusal.missing("The plan no longer calls for this runbook.").refused();
	}

	// The runbook as generated, without edits: edits are judged against it.
	private Runbook generated(Entry entry) {
		return this.plans.find(entry.draft().environment())
			.map((plan) -> RunbookWriter.write(plan, this.procedures))
			.flatMap((written) -> written.runbook(entry.draft().unit(), entry.draft().scenario()))
			.orElseThrow(Runbooks::noLongerCalledFor);
	}

	static String canonical(Runbook runbook) {
		return JSON.writeValueAsString(runbook);
	}

	/** The SHA-256 a runbook is published, printed and checked with. */
	static String sha256(Runbook runbook) {
		return Sha256.of(canonical(runbook));
	}

}
