package io.drillbook.runbook;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import io.drillbook.strategy.ProtectionPlans;
import io.drillbook.system.Refusal;
import io.drillbook.topology.EnvironmentKey;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The architects' edits to runbook drafts: each is judged against the draft as it stands,
 * refused when someone else changed it first, kept as the list of edits over the
 * generated runbook and audited with the edits before and after.
 */
@Service
@Transactional
class RunbookDrafts {

	private final Runbooks runbooks;

	private final ProtectionPlans plans;

	private final RunbookDraftRepository drafts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RunbookDrafts(Runbooks runbooks, ProtectionPlans plans, RunbookDraftRepository drafts,
			ApplicationEventPublisher events, Clock clock) {
		this.runbooks = runbooks;
		this.plans = plans;
		this.drafts = drafts;
		this.events = events;
		this.clock = clock;
	}

	RunbookEntry move(RunbookKey key, long revision, String step, boolean up, String user) {
		return edit(key, revision, user, (entry) -> entry.edits().move(entry.draft(), step, up));
	}

	RunbookEntry changeText(RunbookKey key, long revision, String step, String instruction, String check, String user) {
		return edit(key, revision, user, (entry) -> entry.edits().edit(generated(entry), step, instruction, check));
	}

	RunbookEntry addStep(RunbookKey key, long revision, NewStep step, String user) {
		Set<String> roles = this.runbooks.procedures()
			.roles()
			.stream()
			.map(Procedures.RunbookRole::key)
			.collect(Collectors.toSet());
		return edit(key, revision, user, (entry) -> entry.edits().add(entry.draft(), step, roles));
	}

	RunbookEntry revert(RunbookKey key, long revision, String step, String user) {
		return edit(key, revision, user, (entry) -> entry.edits().revert(step));
	}

	private interface Edit {

		DraftEdits apply(RunbookEntry entry);

	}

	private RunbookEntry edit(RunbookKey key, long revision, String user, Edit edit) {
		RunbookEntry entry = this.runbooks.entry(key).orElseThrow(Runbooks::noLongerCalledFor);
		if (entry.draftRevision() != revision) {
			throw Refusal
				.conflict("Someone else changed this runbook since you opened it: look at their change and try again.")
				.refused();
		}
		DraftEdits changed = edit.apply(entry);
		RunbookDraft draft = this.drafts
			.findByEnvironmentKeyAndUnitKeyAndScenario(key.environment().value(), key.unit(), key.scenario())
			.orElseGet(() -> new RunbookDraft(key.environment().value(), key.unit(), key.scenario()));
		String before = (draft.getEdits() != null) ? draft.getEdits()
				: Runbooks.json().writeValueAsString(DraftEdits.none());
		Instant now = this.clock.instant();
		draft.change(Runbooks.json().writeValueAsString(changed), now, user);
		try {
			this.drafts.saveAndFlush(draft);
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw Refusal
				.conflict("Someone else changed this runbook at the same moment: look at their change and try again.")
				.refused();
		}
		this.events.publishEvent(
				new RunbookEdited(key.environment().value(), key.local(), before, draft.getEdits(), user, now));
		return this.runbooks.entry(key).orElseThrow();
	}

	// The runbook as generated, without edits: edits are judged against it.
	private Runbook generated(RunbookEntry entry) {
		return this.plans.find(new EnvironmentKey(entry.draft().environment()))
			.map((plan) -> RunbookWriter.write(plan, this.runbooks.procedures()))
			.flatMap((written) -> written.runbook(entry.draft().unit(), entry.draft().scenario()))
			.orElseThrow(Runbooks::noLongerCalledFor);
	}

}
