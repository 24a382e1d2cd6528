package io.drillbook.drill;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.drillbook.identity.Role;
import io.drillbook.runbook.Section;
import io.drillbook.runbook.Step;
import io.drillbook.strategy.Layer;
import io.drillbook.strategy.Strategy;
import io.drillbook.system.Refusal;
import io.drillbook.system.Refused;
import io.drillbook.topology.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rules of an execution, without Spring or a database: what {@link Execution},
 * {@link StepRecord} and {@link Finding} refuse, as which kind, about which field.
 */
class ExecutionTests {

	static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

	static final Actor OLGA = new Actor("olga", Set.of(Role.OPERATOR));

	static final Actor OTTO = new Actor("otto", Set.of(Role.OPERATOR));

	static final Actor ARI = new Actor("ari", Set.of(Role.ARCHITECT));

	static final Actor AUDREY = new Actor("audrey", Set.of(Role.AUDITOR));

	static final Set<String> PEOPLE = Set.of("olga", "otto", "ari", "audrey");

	static final Set<String> ROLES = Set.of("vi-admin", "dba", "observer");

	static final Execution.Followed RUNBOOK = new Execution.Followed("hq", 7, "vc/site", "VirtualCenter: site loss", 1,
			"vc", Layer.SITE, Strategy.COLD_STANDBY, Tier.of(1), 60);

	static StartRequest request(Consumer<Map<String, Object>> change) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", ExecutionKind.DRILL);
		fields.put("scope", FailureScope.SITE);
		fields.put("target", "Headquarters");
		fields.put("scenario", "");
		fields.put("declared", Optional.empty());
		fields.put("participants", Map.of("otto", "dba"));
		change.accept(fields);
		@SuppressWarnings("unchecked")
		StartRequest request = new StartRequest(7, (ExecutionKind) fields.get("kind"),
				(FailureScope) fields.get("scope"), (String) fields.get("target"), (String) fields.get("scenario"),
				(Optional<Instant>) fields.get("declared"), (Map<String, String>) fields.get("participants"));
		return request;
	}

	// Three steps, the second restoring service; ids as the database would give them.
	static Execution started() {
		List<Step> steps = List.of(step("declare", false), step("standby/start", true), step("validate", false));
		Execution execution = Execution.start(RUNBOOK, request((f) -> {
		}), steps, PEOPLE, ROLES, OLGA, NOW);
		identify(execution, 1L);
		long id = 10;
		for (StepRecord step : execution.getSteps()) {
			identify(step, id++);
		}
		return execution;
	}

	static Step step(String key, boolean restores) {
		return new Step(key, Section.FAILOVER, false, "vi-admin", 5, "Do " + key + ".", "Check " + key + ".", "", "",
				"", restores, null);
	}

	static void identify(Object entity, long id) {
		try {
			Field field = entity.getClass().getDeclaredField("id");
			field.setAccessible(true);
			field.set(entity, id);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Execution closed() {
		Execution execution = started();
		execution.close(Outcome.PARTIAL, "", List.of(), PEOPLE, OLGA, NOW.plusSeconds(60));
		return execution;
	}

	static NewFinding finding(String owner, LocalDate due) {
		return new NewFinding("findings[0]", "", "Ports were never tested.", "Test them.", owner, due);
	}

	interface Move {

		void on(Execution execution);

	}

	static Arguments refused(String what, Execution execution, Move move, Refusal.Kind kind, String field,
			String message) {
		return Arguments.of(what, execution, move, kind, field, message);
	}

	static Stream<Arguments> refusals() {
		LocalDate today = LocalDate.of(2026, 11, 30);
		return Stream.of(refused("an auditor starts a drill", null, (e) -> Execution.start(RUNBOOK, request((f) -> {
		}), List.of(), PEOPLE, ROLES, AUDREY, NOW), Refusal.Kind.FORBIDDEN, "", "Only operators may start"),
				refused("no kind", null,
						(e) -> Execution.start(RUNBOOK, request((f) -> f.put("kind", null)), List.of(), PEOPLE, ROLES,
								OLGA, NOW),
						Refusal.Kind.INVALID, "kind", "choose drill or real failover"),
				refused("a blank target", null,
						(e) -> Execution.start(RUNBOOK, request((f) -> f.put("target", "  ")), List.of(), PEOPLE, ROLES,
								OLGA, NOW),
						Refusal.Kind.INVALID, "target", "write 1 to 200 characters"),
				refused("an outage declared in the future", null,
						(e) -> Execution.start(RUNBOOK,
								request((f) -> f.put("declared", Optional.of(NOW.plusSeconds(3600)))), List.of(),
								PEOPLE, ROLES, OLGA, NOW),
						Refusal.Kind.INVALID, "outageDeclaredAt", "cannot be declared in the future"),
				refused("an outage declared eight days ago", null,
						(e) -> Execution.start(RUNBOOK,
								request((f) -> f.put("declared", Optional.of(NOW.minusSeconds(8 * 86400)))), List.of(),
								PEOPLE, ROLES, OLGA, NOW),
						Refusal.Kind.INVALID, "outageDeclaredAt", "at most 7 days ago"),
				refused("a participant who cannot sign in", null,
						(e) -> Execution.start(RUNBOOK, request((f) -> f.put("participants", Map.of("eve", "dba"))),
								List.of(), PEOPLE, ROLES, OLGA, NOW),
						Refusal.Kind.INVALID, "participants", "nobody called 'eve'"),
				refused("a role the runbook does not have", null,
						(e) -> Execution.start(RUNBOOK, request((f) -> f.put("participants", Map.of("otto", "chef"))),
								List.of(), PEOPLE, ROLES, OLGA, NOW),
						Refusal.Kind.INVALID, "participants", "'chef' is not a role of this runbook"),
				refused("an auditor completes a step", started(),
						(e) -> e.act(10, StepAction.COMPLETE, 0, null, AUDREY, NOW), Refusal.Kind.FORBIDDEN, "",
						"Only operators may act on steps"),
				refused("a step of another execution", started(),
						(e) -> e.act(99, StepAction.COMPLETE, 0, null, OLGA, NOW), Refusal.Kind.INVALID, "step",
						"not a step of this execution"),
				refused("a skip without a reason", started(), (e) -> e.act(10, StepAction.SKIP, 0, " ", OLGA, NOW),
						Refusal.Kind.INVALID, "", "Step 1: reason: say why the step is skipped"),
				refused("a note with control characters", started(),
						(e) -> e.act(10, StepAction.START, 0, "bell\u0007", OLGA, NOW), Refusal.Kind.INVALID, "note",
						"remove the control characters"),
				refused("a completed step completed again", started(), (e) -> {
					e.act(10, StepAction.COMPLETE, 0, null, OLGA, NOW);
					bump(e.getSteps().get(0));
					e.act(10, StepAction.COMPLETE, 1, null, OLGA, NOW);
				}, Refusal.Kind.INVALID, "", "Step 1: a done step cannot be completed"),
				refused("an action on a step someone else changed since", started(), (e) -> {
					e.act(10, StepAction.START, 0, null, OTTO, NOW);
					bump(e.getSteps().get(0));
					e.act(10, StepAction.COMPLETE, 0, null, OLGA, NOW);
				}, Refusal.Kind.CONFLICT, "", "Step 1 was started by otto"),
				refused("a note on a closed execution", closed(), (e) -> e.note(10, "late", OLGA, NOW),
						Refusal.Kind.CONFLICT, "", "nothing can be added to it"),
				refused("a file that is not evidence", started(),
						(e) -> e.attach(Optional.empty(), "tool.exe", new byte[] { 'M', 'Z', 0, 0 }, OLGA, NOW),
						Refusal.Kind.INVALID, "file", "attach a PNG, JPEG"),
				refused("success before service is restored", started(),
						(e) -> e.close(Outcome.SUCCESS, "", List.of(), PEOPLE, OLGA, NOW), Refusal.Kind.INVALID,
						"outcome", "success needs the step that restores service"),
				refused("a finding owned by nobody who can sign in", started(),
						(e) -> e.close(Outcome.PARTIAL, "", List.of(finding("eve", today)), PEOPLE, OLGA, NOW),
						Refusal.Kind.INVALID, "findings[0].owner", "choose a person who can sign in"),
				refused("a finding due yesterday", started(),
						(e) -> e.close(Outcome.PARTIAL, "", List.of(finding("otto", today.minusDays(1))), PEOPLE, OLGA,
								NOW),
						Refusal.Kind.INVALID, "findings[0].dueOn", "a date from today on"),
				refused("a sign-off while it runs", started(), (e) -> e.signOff("", false, ARI, NOW),
						Refusal.Kind.INVALID, "", "Close the execution before signing it off"),
				refused("a sign-off by someone who took part", closed(), (e) -> e.signOff("", true, OTTO, NOW),
						Refusal.Kind.FORBIDDEN, "", "You took part in this execution"),
				refused("a sign-off by an auditor", closed(), (e) -> e.signOff("", false, AUDREY, NOW),
						Refusal.Kind.FORBIDDEN, "", "Only an operator or an architect may sign off"),
				refused("a second sign-off", closed(), (e) -> {
					e.signOff("", false, ARI, NOW);
					e.signOff("", false, OTTO, NOW);
				}, Refusal.Kind.INVALID, "", "It was signed off already by ari"),
				refused("a correction while it runs", started(), (e) -> e.correct(Optional.empty(), "x", ARI, NOW),
						Refusal.Kind.INVALID, "", "still running"));
	}

	// What saving someone else's action does to the row's version.
	static void bump(StepRecord step) {
		try {
			Field field = StepRecord.class.getDeclaredField("version");
			field.setAccessible(true);
			field.set(step, step.getVersion() + 1);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	void refuses(String what, Execution execution, Move move, Refusal.Kind kind, String field, String message) {
		Refused refused = catchThrowableOfType(Refused.class, () -> move.on(execution));

		assertThat(refused).as(what + " is refused").isNotNull();
		assertThat(refused.refusal().kind()).isEqualTo(kind);
		assertThat(refused.refusal().field()).isEqualTo(field);
		assertThat(refused.refusal().message()).contains(message);
	}

	@Test
	void theSamePersonsActionSentAgainIsRecognisedAndChangesNothing() {
		Execution execution = started();
		execution.act(10, StepAction.START, 0, null, OLGA, NOW);
		bump(execution.getSteps().get(0));

		Execution.Acted again = execution.act(10, StepAction.START, 0, null, OLGA, NOW.plusSeconds(5));

		assertThat(again.repeated()).isTrue();
		assertThat(again.step().getStartedAt()).isEqualTo(NOW);
	}

	@Test
	void textThatComesWithAStartIsANoteAndAFailureKeepsItsReason() {
		Execution execution = started();

		assertThat(execution.act(10, StepAction.START, 0, "  on my way ", OLGA, NOW).note()).contains("on my way");
		assertThat(execution.act(11, StepAction.FAIL, 0, " the disk is gone ", OLGA, NOW).reason())
			.isEqualTo("the disk is gone");
	}

	@Test
	void closingKeepsTheFindingsAndEndsTheRun() {
		Execution execution = started();
		execution.act(11, StepAction.COMPLETE, 0, null, OLGA, NOW.plusSeconds(600));

		List<Finding> findings = execution.close(Outcome.SUCCESS, " Recovered. ",
				List.of(finding("otto", LocalDate.of(2026, 12, 31))), PEOPLE, OLGA, NOW.plusSeconds(900));

		assertThat(execution.isRunning()).isFalse();
		assertThat(execution.getSummary()).isEqualTo("Recovered.");
		assertThat(execution.recoveryTime()).hasValueSatisfying((t) -> assertThat(t.toMinutes()).isEqualTo(10));
		assertThat(findings).singleElement().satisfies((f) -> assertThat(f.getOwner()).isEqualTo("otto"));
	}

	@Test
	void aFindingIsDoneOnceByItsOwnerOrAReviewer() {
		Finding finding = new Finding(1, null, "Ports.", "Test them.", "audrey", LocalDate.of(2026, 12, 31), NOW,
				"olga");
		Actor stranger = new Actor("eve", Set.of(Role.AUDITOR));

		assertThat(catchThrowableOfType(Refused.class, () -> finding.done(stranger, NOW)).refusal().kind())
			.isEqualTo(Refusal.Kind.FORBIDDEN);
		finding.done(AUDREY, NOW);
		assertThat(catchThrowableOfType(Refused.class, () -> finding.done(OLGA, NOW)).refusal().kind())
			.isEqualTo(Refusal.Kind.CONFLICT);
	}

}
