package io.drillbook.runbook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.drillbook.strategy.ProtectionPlan;
import io.drillbook.strategy.ProtectionPlans;
import io.drillbook.system.Refusal;
import io.drillbook.system.Refused;
import io.drillbook.system.Sha256;
import io.drillbook.topology.EnvironmentKey;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
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

	@Transactional(readOnly = true)
	Optional<RunbookOverview> overview(EnvironmentKey environment) {
		return this.plans.find(environment).map(this::overview);
	}

	private RunbookOverview overview(ProtectionPlan plan) {
		EnvironmentKey environment = plan.environment().key();
		RunbookWriter.Written written = RunbookWriter.write(plan, this.procedures);
		Map<String, RunbookDraft> drafts = new HashMap<>();
		this.drafts.findByEnvironmentKey(environment.value())
			.forEach((d) -> drafts.put(new RunbookKey(environment, d.getUnitKey(), d.getScenario()).local(), d));
		Map<String, RunbookVersion> latest = new LinkedHashMap<>();
		this.versions.findByEnvironmentKeyOrderByIdDesc(environment.value())
			.forEach((v) -> latest.putIfAbsent(v.runbookKey(), v));
		List<RunbookEntry> entries = new ArrayList<>();
		Map<String, List<RunbookFinding>> found = new HashMap<>();
		this.findings.findByEnvironmentKeyOrderById(environment.value())
			.forEach((f) -> found.computeIfAbsent(f.getRunbookKey() + " v" + f.getNumber(), (k) -> new ArrayList<>())
				.add(f));
		for (Runbook generated : written.runbooks()) {
			Optional<RunbookVersion> version = Optional.ofNullable(latest.remove(generated.key()));
			List<RunbookFinding> open = version
				.map((v) -> found.getOrDefault(v.runbookKey() + " v" + v.getNumber(), List.<RunbookFinding>of()))
				.orElse(List.of());
			entries.add(entry(generated, Optional.ofNullable(drafts.get(generated.key())), version, open));
		}
		return new RunbookOverview(plan, entries, written.unwritten(), List.copyOf(latest.values()));
	}

	private RunbookEntry entry(Runbook generated, Optional<RunbookDraft> draft, Optional<RunbookVersion> latest,
			List<RunbookFinding> findings) {
		DraftEdits edits = draft.map((d) -> JSON.readValue(d.getEdits(), DraftEdits.class)).orElse(DraftEdits.none());
		Runbook edited = edits.applyTo(generated);
		List<String> stale = latest.map((v) -> SourceChanges.between(content(v).sources(), generated.sources()))
			.orElse(List.of());
		return new RunbookEntry(edited, edits, draft.map((d) -> d.getRevision() + 1).orElse(0L), sha256(edited), latest,
				stale, edits.orphans(generated), findings);
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
			List<String> stale = overview(new EnvironmentKey(version.getEnvironmentKey()))
				.map((o) -> o.staleness(version))
				.orElse(List.of("the environment no longer exists"));
			return published(version, stale);
		});
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublishedRunbook> current(EnvironmentKey environment) {
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
	Optional<RunbookEntry> entry(RunbookKey key) {
		return overview(key.environment()).flatMap((o) -> o.entry(key.unit(), key.scenario()));
	}

	@Transactional(readOnly = true)
	List<RunbookVersion> versions(RunbookKey key) {
		return this.versions.findByEnvironmentKeyAndUnitKeyAndScenarioOrderByNumberDesc(key.environment().value(),
				key.unit(), key.scenario());
	}

	@Transactional(readOnly = true)
	Optional<RunbookVersion> version(RunbookKey key, int number) {
		return this.versions.findByEnvironmentKeyAndUnitKeyAndScenarioAndNumber(key.environment().value(), key.unit(),
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
	RunbookVersion publish(RunbookKey key, Sha256 reviewedSha256, String user) {
		ProtectionPlan plan = this.plans.find(key.environment())
			.orElseThrow(() -> Refusal.missing("There is no environment " + key.environment() + ".").refused());
		RunbookEntry entry = overview(plan).entry(key.unit(), key.scenario()).orElseThrow(Runbooks::noLongerCalledFor);
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
					entry.draftSha256().hex(), plan.environment().fingerprint(), plan.environment().revision(),
					plan.policyVersion(), this.procedures.version(), now, user));
		}
		catch (DataIntegrityViolationException ex) {
			throw Refusal.conflict("Someone else published version " + number + " a moment ago: review it.").refused();
		}
		this.events.publishEvent(new RunbookPublished(key.environment().value(), key.local(), number,
				entry.draftSha256().hex(), user, now));
		return version;
	}

	static Refused noLongerCalledFor() {
		return Refusal.missing("The plan no longer calls for this runbook.").refused();
	}

	static JsonMapper json() {
		return JSON;
	}

	static String canonical(Runbook runbook) {
		return JSON.writeValueAsString(runbook);
	}

	/** The SHA-256 a runbook is published, printed and checked with. */
	static Sha256 sha256(Runbook runbook) {
		return Sha256.of(canonical(runbook));
	}

}
