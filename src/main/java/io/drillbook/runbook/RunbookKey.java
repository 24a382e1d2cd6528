package io.drillbook.runbook;

import io.drillbook.system.Refusal;
import io.drillbook.topology.EnvironmentKey;

/**
 * Names one runbook: the environment, the unit it recovers and the failure it answers.
 *
 * @param environment the environment's key
 * @param unit the recovery unit's key
 * @param scenario the failure
 */
record RunbookKey(EnvironmentKey environment, String unit, Scenario scenario) {

	/**
	 * The key as the address of a runbook page gives it; an unknown scenario is missing.
	 */
	static RunbookKey of(EnvironmentKey environment, String unit, String scenario) {
		return new RunbookKey(environment, unit, Scenario.parse(scenario)
			.orElseThrow(() -> Refusal.missing("There is no scenario " + scenario + ".").refused()));
	}

	/**
	 * Within its environment, as runbooks, versions and findings are keyed:
	 * {@code vc/site}.
	 */
	String local() {
		return this.unit + "/" + this.scenario.code();
	}

	String page() {
		return "/environments/" + this.environment + "/runbooks/" + local();
	}

}
