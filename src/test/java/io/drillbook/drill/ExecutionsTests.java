package io.drillbook.drill;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.drillbook.DrillbookTest;
import io.drillbook.system.Refusal;
import io.drillbook.system.Refused;
import io.drillbook.system.Sha256;
import io.drillbook.identity.Role;
import io.drillbook.identity.TestAccounts;
import io.drillbook.runbook.PublishedSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@DrillbookTest
class ExecutionsTests {

	static final Actor OLGA = new Actor("olga", Set.of(Role.OPERATOR));

	static final Actor OSCAR = new Actor("otto", Set.of(Role.OPERATOR));

	static final Actor ARI = new Actor("arne", Set.of(Role.ARCHITECT));

	@Autowired
	ApplicationContext context;

	@Autowired
	Executions executions;

	@Autowired
	ExecutionRepository repository;

	@Autowired
	FindingRepository findings;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void people() {
		TestAccounts.ensure(this.context, "olga", "olga-password-12", Role.OPERATOR);
		TestAccounts.ensure(this.context, "otto", "otto-password-12", Role.OPERATOR);
	}

	@Test
	void aDrillRunsFromDeclarationToSignOffAndMeasuresRecovery() {
		long version = PublishedSamples.virtualCenter(this.context, "dr-happy", "vc", "site");
		Instant declared = Instant.now().minusSeconds(600);
		Execution execution = this.executions
			.start(new StartRequest(version, ExecutionKind.DRILL, FailureScope.SITE, "Headquarters data centre",
					"HQ lost power", Optional.of(declared), Map.of("otto", "virtualization-admin")), OLGA);

		assertThat(execution.getState()).isEqualTo(ExecutionState.RUNNING);
		assertThat(execution.getSteps()).extracting(StepRecord::getStepKey)
			.startsWith("declare/declare-outage")
			.doesNotContain("license-grace/license-may-wait");
		assertThat(execution.getRtoMinutes()).isEqualTo(240);
		assertThat(execution.getParticipants()).extracting(Participant::getUsername).contains("olga", "otto");

		for (StepRecord step : steps(execution)) {
			if (step.getStepKey().startsWith("management-network")) {
				act(execution, step, StepAction.SKIP, "The hosts connected at once.", OLGA);
			}
			else {
				act(execution, step, StepAction.START, null, OLGA);
				act(execution, step, StepAction.COMPLETE, null, OLGA);
			}
		}
		Execution done = this.repository.findById(execution.getId()).orElseThrow();
		assertThat(done.recoveryTime()).hasValueSatisfying((t) -> assertThat(t.toMinutes()).isBetween(9L, 11L));
		assertThat(done.rtoMet()).contains(true);

		String skipped = "management-network/ports";
		this.executions.close(execution.getId(), Outcome.SUCCESS, "Recovered well within the RTO.",
				List.of(new NewFinding("findings[1]", skipped, "Port checks were never tried.",
						"Test the ports next time.", "otto", LocalDate.now(ZoneOffset.UTC).plusDays(30))),
				OLGA);
		assertThatThrownBy(() -> this.executions.signOff(execution.getId(), "Looks right.", OSCAR))
			.isInstanceOf(Refused.class)
			.hasMessageContaining("You took part");
		Execution signed = this.executions.signOff(execution.getId(), "Checked the timeline.", ARI);

		assertThat(signed.getState()).isEqualTo(ExecutionState.SIGNED_OFF);
		assertThat(signed.getSignedOffBy()).isEqualTo("arne");
		assertThat(this.findings.findByExecutionIdOrderById(execution.getId())).singleElement()
			.satisfies((f) -> assertThat(f.getState()).isEqualTo(FindingState.OPEN));
		assertThat(this.jdbc.queryForObject("select recovery_minutes from recovery_measurement where execution_id = ?",
				Long.class, execution.getId()))
			.isBetween(9L, 11L);
		assertThat(this.jdbc.queryForObject("select step_key from runbook_finding where execution_id = ?", String.class,
				execution.getId()))
			.isEqualTo(skipped);
	}

	@ParameterizedTest(name = "{0} a {1} step is refused")
	@CsvSource(textBlock = """
			START,    DONE
			COMPLETE, DONE
			COMPLETE, SKIPPED
			SKIP,     FAILED
			FAIL,     DONE
			START,    RUNNING
			""")
	void stepsMoveOnlyAlongTheirTransitions(StepAction action, StepState state) {
		assertThat(action.refusal(state, "because")).isPresent();
	}

	@ParameterizedTest(name = "{0} from {1} gives {2}")
	@CsvSource(textBlock = """
			START,    PENDING, RUNNING
			START,    FAILED,  RUNNING
			COMPLETE, PENDING, DONE
			COMPLETE, RUNNING, DONE
			SKIP,     PENDING, SKIPPED
			SKIP,     RUNNING, SKIPPED
			FAIL,     RUNNING, FAILED
			FAIL,     PENDING, FAILED
			""")
	void allowedTransitions(StepAction action, StepState from, StepState to) {
		assertThat(action.refusal(from, "because")).isEmpty();
		assertThat(action.to()).isEqualTo(to);
	}

	@Test
	void anActionSentAgainAfterItsAnswerWasLostIsAnsweredOnceAndRecordedOnce() {
		Execution execution = started("dr-resent");
		StepRecord first = steps(execution).get(0);
		long before = this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'DRILL_STEP_COMPLETED' and environment_key = 'dr-resent'",
				Long.class);

		StepRecord done = this.executions.act(execution.getId(), first.getId(), StepAction.COMPLETE, first.getVersion(),
				null, OLGA);
		StepRecord again = this.executions.act(execution.getId(), first.getId(), StepAction.COMPLETE,
				first.getVersion(), null, OLGA);

		assertThat(again.getVersion()).isEqualTo(done.getVersion());
		assertThat(step(first.getId()).getVersion()).isEqualTo(first.getVersion() + 1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'DRILL_STEP_COMPLETED' and environment_key = 'dr-resent'",
				Long.class))
			.isEqualTo(before + 1);
		assertThatThrownBy(() -> this.executions.act(execution.getId(), first.getId(), StepAction.COMPLETE,
				first.getVersion(), null, OSCAR))
			.as("someone else sending the same action came second")
			.isInstanceOf(Refused.class)
			.hasMessageContaining("completed by olga");
		assertThatThrownBy(() -> this.executions.act(execution.getId(), first.getId(), StepAction.START,
				first.getVersion(), null, OLGA))
			.as("another action is no repetition")
			.hasMessageContaining("your action was not applied");
	}

	@Test
	void whatComesWithStartingOrCompletingAStepIsKeptAsANote() {
		Execution execution = started("dr-note-with-action");
		StepRecord first = steps(execution).get(0);

		StepRecord done = this.executions.act(execution.getId(), first.getId(), StepAction.COMPLETE, first.getVersion(),
				"  The bridge line took ten minutes to open.  ", OLGA);

		assertThat(done.getReason()).isNull();
		ExecutionView view = this.executions.view(execution.getId()).orElseThrow();
		assertThat(view.notesOf(done)).singleElement().satisfies((note) -> {
			assertThat(note.getText()).isEqualTo("The bridge line took ten minutes to open.");
			assertThat(note.getWrittenBy()).isEqualTo("olga");
			assertThat(note.getWrittenAt()).isCloseTo(done.getFinishedAt(), within(1, ChronoUnit.MILLIS));
		});
	}

	@Test
	void skippingNeedsAReasonAndFailingANote() {
		Execution execution = started("dr-text");
		StepRecord first = steps(execution).get(0);

		assertThatThrownBy(() -> act(execution, first, StepAction.SKIP, " ", OLGA))
			.hasMessage("Step 1: reason: say why the step is skipped.");
		assertThatThrownBy(() -> act(execution, first, StepAction.FAIL, null, OLGA))
			.hasMessage("Step 1: note: say what failed.");
		assertThat(step(first.getId()).getState()).isEqualTo(StepState.PENDING);
	}

	@Test
	void onlyOperatorsActAndNothingIsAddedToAClosedExecution() {
		Execution execution = started("dr-closed");
		StepRecord first = steps(execution).get(0);

		assertThatThrownBy(() -> act(execution, first, StepAction.COMPLETE, null, ARI))
			.hasMessage("Only operators may act on steps.");
		assertThatThrownBy(() -> this.executions.close(execution.getId(), Outcome.SUCCESS, "", List.of(), OLGA))
			.hasMessageContaining("success needs the step that restores service");
		this.executions.note(execution.getId(), first.getId(), "Watching from the bridge.",
				new Actor("nora", Set.of(Role.OPERATOR)));
		this.executions.attach(execution.getId(), Optional.empty(), "bridge.log",
				"bridge opened\n".getBytes(StandardCharsets.UTF_8), new Actor("ezra", Set.of(Role.OPERATOR)));
		this.executions.close(execution.getId(), Outcome.FAILED, "Aborted.", List.of(), OLGA);

		assertThatThrownBy(() -> act(execution, first, StepAction.COMPLETE, null, OLGA)).isInstanceOf(Refused.class)
			.hasMessageContaining("closed by olga");
		assertThatThrownBy(() -> this.executions.note(execution.getId(), first.getId(), "late", OLGA))
			.hasMessageContaining("closed by olga");
		assertThatThrownBy(() -> this.executions.signOff(execution.getId(), "", OLGA))
			.hasMessageContaining("You took part");
		assertThatThrownBy(() -> this.executions.signOff(execution.getId(), "", OSCAR)).as("otto is a participant")
			.hasMessageContaining("You took part");
		assertThatThrownBy(
				() -> this.executions.signOff(execution.getId(), "", new Actor("nora", Set.of(Role.OPERATOR))))
			.as("nora wrote a note")
			.hasMessageContaining("You took part");
		assertThatThrownBy(
				() -> this.executions.signOff(execution.getId(), "", new Actor("ezra", Set.of(Role.OPERATOR))))
			.as("ezra attached evidence")
			.hasMessageContaining("You took part");
		Correction correction = this.executions.correct(execution.getId(), Optional.of(first.getId()),
				"The outage was declared at 02:55, not at the time recorded.", ARI);
		assertThat(correction.getStepRecordId()).isEqualTo(first.getId());
	}

	@Test
	void theDatabaseItselfRefusesToChangeAClosedExecution() {
		Execution execution = started("dr-trigger");
		this.executions.close(execution.getId(), Outcome.FAILED, "Aborted.", List.of(), OLGA);

		assertThatThrownBy(() -> this.jdbc.update("update step_record set state = 'DONE' where execution_id = ?",
				execution.getId()))
			.hasMessageContaining("is closed");
		assertThatThrownBy(
				() -> this.jdbc.update("update execution set outcome = 'SUCCESS' where id = ?", execution.getId()))
			.hasMessageContaining("is closed");
		assertThatThrownBy(() -> this.jdbc.update("delete from execution where id = ?", execution.getId()))
			.hasMessageContaining("never deleted");
	}

	@Test
	void whoeverActedOnAStepBeforeItWasRestartedCannotSignOff() {
		Execution execution = started("dr-restart");
		StepRecord first = steps(execution).get(0);
		Actor ivy = new Actor("ivy", Set.of(Role.OPERATOR));

		act(execution, first, StepAction.FAIL, "The bridge line was down.", ivy);
		act(execution, first, StepAction.START, null, OLGA);
		act(execution, first, StepAction.COMPLETE, null, OLGA);
		this.executions.close(execution.getId(), Outcome.FAILED, "Stopped.", List.of(), OLGA);

		assertThatThrownBy(() -> this.executions.signOff(execution.getId(), "", ivy))
			.hasMessageContaining("You took part");
		assertThatThrownBy(() -> this.executions.note(execution.getId(), first.getId(), "a\u0000b", OLGA))
			.hasMessageContaining("closed");
	}

	@Test
	void textWithControlCharactersIsRefusedWithTheField() {
		Execution execution = started("dr-control");
		StepRecord first = steps(execution).get(0);

		assertThatThrownBy(() -> this.executions.note(execution.getId(), first.getId(), "a\u0000b", OLGA))
			.hasMessage("note: remove the control characters.");
	}

	@Test
	void theDatabaseKeepsEveryPartOfAClosedRecord() {
		Execution closed = started("dr-frozen");
		Execution running = started("dr-open");
		this.executions.close(
				closed.getId(), Outcome.FAILED, "Aborted.", List.of(new NewFinding("findings[1]", "",
						"Nobody answered.", "Fix the call list.", "olga", LocalDate.now(ZoneOffset.UTC).plusDays(7))),
				OLGA);
		this.executions.correct(closed.getId(), Optional.empty(), "The bridge was opened late.", ARI);

		assertThatThrownBy(() -> this.jdbc.update("update step_record set execution_id = ? where execution_id = ?",
				running.getId(), closed.getId()))
			.hasMessageContaining("is closed");
		assertThatThrownBy(() -> this.jdbc.update(
				"update execution set state = 'SIGNED_OFF', signed_off_by = 'x', rto_minutes = 99999 where id = ?",
				closed.getId()))
			.hasMessageContaining("is closed");
		assertThatThrownBy(
				() -> this.jdbc.update("update finding set description = 'x' where execution_id = ?", closed.getId()))
			.hasMessageContaining("keeps what it said");
		assertThatThrownBy(
				() -> this.jdbc.update("delete from execution_correction where execution_id = ?", closed.getId()))
			.hasMessageContaining("never changed or removed");
		assertThat(this.jdbc.update(
				"update execution set state = 'SIGNED_OFF', signed_off_by = 'x', signed_off_at = now() where id = ?",
				closed.getId()))
			.isOne();
	}

	@Test
	void anOutageCannotBeDeclaredInTheFutureAndParticipantsMustExist() {
		long version = PublishedSamples.virtualCenter(this.context, "dr-start", "vc", "site");

		assertThatThrownBy(() -> this.executions.start(new StartRequest(version, ExecutionKind.DRILL, FailureScope.SITE,
				"HQ", "", Optional.of(Instant.now().plusSeconds(3600)), Map.of()), OLGA))
			.hasMessageContaining("outageDeclaredAt");
		assertThatThrownBy(() -> this.executions.start(new StartRequest(version, ExecutionKind.DRILL, FailureScope.SITE,
				"HQ", "", Optional.empty(), Map.of("nobody", "observer")), OLGA))
			.hasMessageContaining("participants: nobody called 'nobody'");
		assertThatThrownBy(() -> this.executions.start(new StartRequest(version, ExecutionKind.DRILL, FailureScope.SITE,
				"HQ", "", Optional.empty(), Map.of("otto", "janitor")), OLGA))
			.hasMessageContaining("'janitor' is not a role of this runbook");
		assertThatThrownBy(() -> this.executions.start(
				new StartRequest(version, ExecutionKind.DRILL, FailureScope.SITE, "HQ", "", Optional.empty(), Map.of()),
				ARI))
			.hasMessage("Only operators may start a drill or a failover.");
	}

	@Test
	void twoOperatorsCompletingOneStepGetOneResultAndTheOtherAConflict() throws Exception {
		Execution execution = started("dr-race");
		StepRecord first = steps(execution).get(0);
		List<Callable<String>> attempts = new ArrayList<>();
		for (Actor actor : List.of(OLGA, OSCAR)) {
			attempts.add(() -> {
				try {
					this.executions.act(execution.getId(), first.getId(), StepAction.COMPLETE, first.getVersion(), null,
							actor);
					return "won:" + actor.username();
				}
				catch (Refused ex) {
					return (ex.refusal().kind() == Refusal.Kind.CONFLICT ? "conflict:" : "refused:") + ex.getMessage();
				}
			});
		}
		List<String> outcomes = atOnce(attempts);

		assertThat(outcomes).filteredOn((o) -> o.startsWith("won:")).hasSize(1);
		assertThat(outcomes).filteredOn((o) -> o.startsWith("conflict:"))
			.singleElement()
			.satisfies((o) -> assertThat(o).contains("your action was not applied"));
		String winner = outcomes.stream().filter((o) -> o.startsWith("won:")).findFirst().orElseThrow().substring(4);
		StepRecord stored = step(first.getId());
		assertThat(stored.getState()).isEqualTo(StepState.DONE);
		assertThat(stored.getFinishedBy()).isEqualTo(winner);
		assertThat(stored.getVersion()).isEqualTo(first.getVersion() + 1);
	}

	@Test
	void theSameActionSentTwiceAtOnceByOnePersonIsAppliedOnceAndAnsweredTwice() throws Exception {
		Execution execution = started("dr-twice");
		StepRecord first = steps(execution).get(0);
		Callable<StepRecord> start = () -> this.executions.act(execution.getId(), first.getId(), StepAction.START,
				first.getVersion(), null, OLGA);
		List<StepRecord> answered = atOnce(List.of(start, start));

		StepRecord stored = step(first.getId());
		assertThat(stored.getVersion()).as("applied once").isEqualTo(first.getVersion() + 1);
		assertThat(stored.getStartedBy()).isEqualTo("olga");
		assertThat(answered).as("both answers carry the one start")
			.extracting(StepRecord::getStartedAt)
			.containsOnly(stored.getStartedAt());
	}

	// The live view redraws only when the stamp changes, so a stamp read after content
	// that someone changed in between would hide that change from every watcher.
	@Test
	void aViewsStampAlwaysDescribesTheContentItCameWith() throws Exception {
		Execution execution = started("dr-live-stamp");
		StepRecord first = steps(execution).get(0);
		ExecutorService writer = Executors.newSingleThreadExecutor();
		Future<?> notes = writer.submit(() -> {
			for (int i = 0; i < 600; i++) {
				this.executions.note(execution.getId(), first.getId(), "Reading " + i, OLGA);
			}
		});
		Map<String, Integer> noteCountByStamp = new HashMap<>();
		while (!notes.isDone()) {
			ExecutionView view = this.executions.view(execution.getId()).orElseThrow();
			int count = view.notesOf(first).size();
			Integer earlier = noteCountByStamp.putIfAbsent(view.stamp(), count);
			assertThat(earlier).as("notes drawn with stamp %s", view.stamp()).isIn(null, count);
		}
		notes.get();
		writer.shutdown();
		assertThat(noteCountByStamp).hasSizeGreaterThan(2);
	}

	@Test
	void evidenceIsCheckedForSizeAndType() {
		Execution execution = started("dr-evidence");
		StepRecord first = steps(execution).get(0);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

		EvidenceSummary saved = this.executions.attach(execution.getId(), Optional.of(first.getId()),
				"../../screen.png", png, OLGA);

		assertThat(saved.contentType()).isEqualTo("image/png");
		assertThat(saved.fileName()).isEqualTo(".._.._screen.png");
		assertThat(saved.sha256()).isEqualTo(Sha256.of(png).hex());
		assertThatThrownBy(() -> this.executions.attach(execution.getId(), Optional.empty(), "tool.exe",
				new byte[] { 'M', 'Z', 0, 0, 1 }, OLGA))
			.hasMessageContaining("attach a PNG, JPEG");
		assertThatThrownBy(() -> this.executions.attach(execution.getId(), Optional.empty(), "big.log",
				new byte[Execution.MAX_EVIDENCE_BYTES + 1], OLGA))
			.hasMessageContaining("at most 10 MB");
	}

	private Execution started(String environment) {
		long version = PublishedSamples.virtualCenter(this.context, environment, "vc", "site");
		return this.executions.start(new StartRequest(version, ExecutionKind.DRILL, FailureScope.SITE,
				"Headquarters data centre", "", Optional.empty(), Map.of("otto", "observer")), OLGA);
	}

	private List<StepRecord> steps(Execution execution) {
		return this.repository.findById(execution.getId()).orElseThrow().getSteps();
	}

	private StepRecord step(long id) {
		return this.context.getBean(StepRecordRepository.class).findById(id).orElseThrow();
	}

	private void act(Execution execution, StepRecord step, StepAction action, String text, Actor actor) {
		long version = step(step.getId()).getVersion();
		this.executions.act(execution.getId(), step.getId(), action, version, text, actor);
	}

	/**
	 * Runs the attempts at one moment, each on a thread of its own; their results in
	 * order.
	 */
	private static <T> List<T> atOnce(List<Callable<T>> attempts) throws Exception {
		CountDownLatch ready = new CountDownLatch(attempts.size());
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
		try {
			List<Future<T>> results = new ArrayList<>();
			for (Callable<T> attempt : attempts) {
				results.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return attempt.call();
				}));
			}
			ready.await();
			go.countDown();
			List<T> outcomes = new ArrayList<>();
			for (Future<T> result : results) {
				outcomes.add(result.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdown();
		}
	}

}
