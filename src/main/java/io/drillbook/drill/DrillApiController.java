package io.drillbook.drill;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.drillbook.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Drills and failovers over JSON, under the same rules as the pages.
 */
@RestController
@Tag(name = "Drills", description = "Executions of published runbooks, step by step")
class DrillApiController {

	private final Executions executions;

	DrillApiController(Executions executions) {
		this.executions = executions;
	}

	/**
	 * A request to start.
	 *
	 * @param runbookVersionId the published version to follow
	 * @param kind DRILL or FAILOVER
	 * @param scope HOST, MANAGEMENT_SERVER, COMPONENT or SITE
	 * @param target the element that fails
	 * @param scenario the scenario in words
	 * @param outageDeclaredAt when the outage was declared; absent for now
	 * @param participants username to role
	 */
	record StartBody(long runbookVersionId, ExecutionKind kind, FailureScope scope, String target, String scenario,
			Instant outageDeclaredAt, Map<String, String> participants) {

	}

	/**
	 * An action on a step.
	 *
	 * @param action START, COMPLETE, SKIP or FAIL
	 * @param version the step's version as last read
	 * @param text the reason for skipping or what failed
	 */
	record ActBody(StepAction action, long version, String text) {

	}

	/**
	 * A request to close.
	 *
	 * @param outcome SUCCESS, PARTIAL or FAILED
	 * @param summary a summary
	 * @param findings findings with their follow-up
	 */
	record CloseBody(Outcome outcome, String summary, List<FindingBody> findings) {

	}

	/**
	 * A finding.
	 *
	 * @param stepKey the step concerned, or absent
	 * @param description what went wrong
	 * @param action the follow-up action
	 * @param owner who does it
	 * @param dueOn by when
	 */
	record FindingBody(String stepKey, String description, String action, String owner, LocalDate dueOn) {

	}

	/**
	 * A sign-off.
	 *
	 * @param note a note
	 */
	record SignOffBody(String note) {

	}

	/**
	 * An execution as JSON.
	 *
	 * @param id its id
	 * @param environment the environment's key
	 * @param runbook the runbook's key
	 * @param runbookVersion the version followed
	 * @param kind drill or failover
	 * @param state running, closed or signed off
	 * @param outcome the outcome once closed
	 * @param outageDeclaredAt when the outage was declared
	 * @param recoveredAt when service came back
	 * @param recoveryMinutes the recovery time
	 * @param rtoMinutes the RTO
	 * @param rtoMet whether recovery met the RTO
	 * @param stamp changes with every recorded action
	 * @param steps the steps
	 * @param signedOffBy who signed it off
	 */
	record ExecutionJson(long id, String environment, String runbook, int runbookVersion, ExecutionKind kind,
			ExecutionState state, Outcome outcome, Instant outageDeclaredAt, Instant recoveredAt, Long recoveryMinutes,
			long rtoMinutes, Boolean rtoMet, String stamp, List<StepJson> steps, String signedOffBy) {

		static ExecutionJson of(ExecutionView view) {
			Execution e = view.execution();
			String stamp = view.stamp();
			return new ExecutionJson(e.getId(), e.getEnvironmentKey(), e.getRunbookKey(), e.getRunbookNumber(),
					e.getKind(), e.getState(), e.getOutcome(), e.getOutageDeclaredAt(), e.recoveredAt().orElse(null),
					e.recoveryTime().map((t) -> t.toMinutes()).orElse(null), e.getRtoMinutes(), e.rtoMet().orElse(null),
					stamp, e.getSteps().stream().map((s) -> StepJson.of(s, view.notesOf(s).size())).toList(),
					e.getSignedOffBy());
		}

	}

	/**
	 * A step as JSON.
	 *
	 * @param id its id, to act on it
	 * @param position its number
	 * @param key its key in the runbook
	 * @param instruction what to do
	 * @param check how to know it worked
	 * @param state its state
	 * @param version send it back with the next action
	 * @param restoresService whether it restores service
	 * @param expectedMinutes the expected duration
	 * @param startedAt when it was started
	 * @param startedBy by whom
	 * @param finishedAt when it was finished
	 * @param finishedBy by whom
	 * @param reason why it was skipped, or what failed
	 * @param notes how many notes were written on it; absent where a step stands alone
	 */
	record StepJson(long id, int position, String key, String instruction, String check, StepState state, long version,
			boolean restoresService, int expectedMinutes, Instant startedAt, String startedBy, Instant finishedAt,
			String finishedBy, String reason, Integer notes) {

		static StepJson of(StepRecord s, Integer notes) {
			return new StepJson(s.getId(), s.getPosition(), s.getStepKey(), s.getInstruction(), s.getCheckText(),
					s.getState(), s.getVersion(), s.isRestoresService(), s.getExpectedMinutes(), s.getStartedAt(),
					s.getStartedBy(), s.getFinishedAt(), s.getFinishedBy(), s.getReason(), notes);
		}

	}

	@PostMapping("/api/v1/drills")
	@Operation(summary = "Start a drill or a failover of a published runbook version")
	ResponseEntity<ExecutionJson> start(@RequestBody StartBody body, Authentication authentication) {
		Execution execution = this.executions.start(
				new StartRequest(body.runbookVersionId(), body.kind(), body.scope(), body.target(), body.scenario(),
						Optional.ofNullable(body.outageDeclaredAt()),
						(body.participants() != null) ? body.participants() : Map.of()),
				DrillController.actor(authentication));
		return ResponseEntity.status(HttpStatus.CREATED).body(state(execution.getId()));
	}

	@GetMapping("/api/v1/drills/{id}")
	@Operation(summary = "An execution with every step's state, times and version")
	ExecutionJson read(@PathVariable long id) {
		return state(id);
	}

	@PostMapping("/api/v1/drills/{id}/steps/{step}")
	@Operation(summary = "Start, complete, skip or fail a step; 409 when someone acted on it since you read it")
	StepJson act(@PathVariable long id, @PathVariable long step, @RequestBody ActBody body,
			Authentication authentication) {
		if (body.action() == null) {
			throw Refusal.invalid("action", "START, COMPLETE, SKIP or FAIL.").refused();
		}
		return StepJson.of(this.executions.act(id, step, body.action(), body.version(), body.text(),
				DrillController.actor(authentication)), null);
	}

	/**
	 * A note.
	 *
	 * @param text the note
	 */
	record NoteBody(String text) {

	}

	@PostMapping("/api/v1/drills/{id}/steps/{step}/notes")
	@Operation(summary = "Write a note on a step")
	ResponseEntity<Map<String, Object>> note(@PathVariable long id, @PathVariable long step, @RequestBody NoteBody body,
			Authentication authentication) {
		StepNote note = this.executions.note(id, step, (body != null) ? body.text() : "",
				DrillController.actor(authentication));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("id", note.getId(), "writtenAt", note.getWrittenAt(), "writtenBy", note.getWrittenBy()));
	}

	@PostMapping("/api/v1/drills/{id}/close")
	@Operation(summary = "Close with an outcome and findings; the record changes no more")
	ExecutionJson close(@PathVariable long id, @RequestBody CloseBody body, Authentication authentication) {
		if (body == null) {
			throw Refusal.invalid("outcome", "send an outcome.").refused();
		}
		List<NewFinding> findings = new ArrayList<>();
		List<FindingBody> sent = (body.findings() != null) ? body.findings() : List.of();
		for (int i = 0; i < sent.size(); i++) {
			FindingBody f = sent.get(i);
			if (f == null) {
				throw Refusal.invalid("findings[" + i + "]", "send a finding, not null.").refused();
			}
			findings.add(new NewFinding("findings[" + i + "]", f.stepKey(), f.description(), f.action(), f.owner(),
					f.dueOn()));
		}
		this.executions.close(id, body.outcome(), body.summary(), findings, DrillController.actor(authentication));
		return state(id);
	}

	@PostMapping("/api/v1/drills/{id}/sign-off")
	@Operation(summary = "Sign off a closed execution: a second person who took no part")
	ExecutionJson signOff(@PathVariable long id, @RequestBody(required = false) SignOffBody body,
			Authentication authentication) {
		this.executions.signOff(id, (body != null) ? body.note() : "", DrillController.actor(authentication));
		return state(id);
	}

	private ExecutionJson state(long id) {
		return this.executions.view(id)
			.map(ExecutionJson::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No execution " + id));
	}

}
