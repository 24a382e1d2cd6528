package io.drillbook.drill;

import java.time.Instant;
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
		Executions.Actor operator = new Executions.Actor("test-operator", Set.of(Role.OPERATOR));
		Execution execution = executions.start(new Executions.StartRequest(version, ExecutionKind.DRILL,
				FailureScope.SITE, "Headquarters data centre", "", Optional.of(declared), Map.of()), operator);
		for (StepRecord step : execution.getSteps()) {
			executions.act(execution.getId(), step.getId(), StepAction.COMPLETE, step.getVersion(), null, operator);
			if (step.isRestoresService()) {
				break;
			}
		}
		executions.close(execution.getId(), Outcome.SUCCESS, "Service restored.", List.of(), operator);
		return execution.getId();
	}

	/** Signs a closed execution off as a second operator who took no part in it. */
	public static void signedOff(ApplicationContext context, long execution, String username) {
		context.getBean(Executions.class)
			.signOff(execution, "Checked the record.", new Executions.Actor(username, Set.of(Role.OPERATOR)));
	}

}
