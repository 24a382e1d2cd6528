package io.drillbook.drill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.drillbook.identity.Role;

import org.springframework.context.ApplicationContext;

/**
 * Closed drills for the tests of the modules that read their history.
 */
public final class DrillTestData {

	private DrillTestData() {
	}

	/**
	 * A drill of a published version, declared at the given moment, whose steps up to the
	 * one that restores service are completed now, closed as a success.
	 * @return the execution's id
	 */
	public static long recovered(ApplicationContext context, long version, Instant declared) {
		Executions executions = context.getBean(Executions.class);
		Actor operator = new Actor("test-operator", Set.of(Role.OPERATOR));
		Execution execution = executions.start(new StartRequest(version, ExecutionKind.DRILL, FailureScope.SITE,
				"Headquarters data centre", "", Optional.of(declared), Map.of()), operator);
		for (StepRecord step : execution.getSteps()) {
			executions.act(execution.getId(), step.getId(), StepAction.COMPLETE, step.getVersion(), null, operator);
			if (step.isRestoresService()) {
				break;
			}
		}
		executions.close(execution.getId(), Outcome.SUCCESS, "Service restored.", List.of(), operator);
		return execution.getId();
	}

	/**
	 * A drill of a published version that the operator started now and that is still
	 * running.
	 * @return the execution's id
	 */
	public static long running(ApplicationContext context, long version, String operator) {
		return context.getBean(Executions.class)
			.start(new StartRequest(version, ExecutionKind.DRILL, FailureScope.SITE, "Headquarters data centre", "",
					Optional.empty(), Map.of()), actor(operator))
			.getId();
	}

	/**
	 * A drill that the operator ran and closed as partial with one finding whose
	 * follow-up action the owner must carry out within a month.
	 * @return the execution's id
	 */
	public static long closedWithFollowUp(ApplicationContext context, long version, String operator, String owner,
			String action) {
		Executions executions = context.getBean(Executions.class);
		long id = running(context, version, operator);
		executions.close(
				id, Outcome.PARTIAL, "Service back late.", List.of(new NewFinding("findings[1]", null,
						"The restore took too long.", action, owner, LocalDate.now(ZoneOffset.UTC).plusMonths(1))),
				actor(operator));
		return id;
	}

	private static Actor actor(String operator) {
		return new Actor(operator, Set.of(Role.OPERATOR));
	}

	/** Signs a closed execution off as a second operator who took no part in it. */
	public static void signedOff(ApplicationContext context, long execution, String username) {
		context.getBean(Executions.class)
			.signOff(execution, "Checked the record.", new Actor(username, Set.of(Role.OPERATOR)));
	}

}
