package io.drillbook.runbook;

import java.util.List;
import java.util.Map;

import io.drillbook.strategy.Strategy;

/**
 * The steps that recover one protection unit from one kind of failure, written for the
 * estate it belongs to.
 *
 * @param environment the environment's key
 * @param unit the key of the unit's leading component
 * @param unitName the unit's name
 * @param components the keys of the unit's components
 * @param scenario the failure it answers
 * @param strategy the strategy it carries out
 * @param justification an architect's justification when the strategy overrides the
 * recommendation; empty otherwise
 * @param rtoMinutes the recovery-time objective that counts for the unit
 * @param recoverFirst the units that must be back before this one, in recovery order
 * @param steps the steps, section by section
 * @param sources what it was made from: the canonical form's hash of every topology
 * element, plan choice, policy tier and procedure catalog it used, by reference
 */
public record Runbook(String environment, String unit, String unitName, List<String> components, Scenario scenario,
		Strategy strategy, String justification, long rtoMinutes, List<String> recoverFirst, List<Step> steps,
		Map<String, String> sources) {

	public Runbook {
		components = List.copyOf(components);
		recoverFirst = List.copyOf(recoverFirst);
		steps = List.copyOf(steps);
		sources = Map.copyOf(sources);
	}

	/** How the runbook is addressed within its environment, such as {@code vc/site}. */
	public String key() {
		return this.unit + "/" + this.scenario.code();
	}

	public String title() {
		return this.unitName + ": " + this.scenario.title() + " (" + this.strategy.title() + ")";
	}

	Runbook withSteps(List<Step> steps) {
		return new Runbook(this.environment, this.unit, this.unitName, this.components, this.scenario, this.strategy,
				this.justification, this.rtoMinutes, this.recoverFirst, steps, this.sources);
	}

}
