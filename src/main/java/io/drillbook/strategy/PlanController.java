package io.drillbook.strategy;

import io.drillbook.strategy.rules.Rules;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The protection plan of an environment, the explanation of each unit, and the rules
 * reference.
 */
@Controller
class PlanController {

	private final Plans plans;

	PlanController(Plans plans) {
		this.plans = plans;
	}

	@GetMapping("/environments/{environment}/plan")
	String plan(@PathVariable String environment, Model model) {
		Plans.PlannedEnvironment planned = planned(environment);
		model.addAttribute("environment", planned.environment());
		model.addAttribute("plan", planned.plan());
		return "strategy/plan";
	}

	@GetMapping("/environments/{environment}/plan/{component}")
	String explain(@PathVariable String environment, @PathVariable String component, Model model) {
		Plans.PlannedEnvironment planned = planned(environment);
		UnitPlan unit = planned.plan()
			.unitOf(component)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No protection unit with component " + component));
		model.addAttribute("environment", planned.environment());
		model.addAttribute("unit", unit);
		return "strategy/explanation";
	}

	@GetMapping("/rules")
	String rules(Model model) {
		model.addAttribute("rules", Rules.all());
		model.addAttribute("policy", this.plans.policy());
		return "strategy/rules";
	}

	private Plans.PlannedEnvironment planned(String environment) {
		return this.plans.plan(environment)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No environment " + environment));
	}

}
