package io.drillbook.strategy;

import java.security.Principal;
import java.util.Map;

import io.drillbook.topology.EnvironmentKey;
import io.drillbook.strategy.rules.Rules;
import io.drillbook.system.Refused;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The protection plan of an environment, the explanation of each unit, and the rules
 * reference.
 */
@Controller
class PlanController {

	private final Plans plans;

	private final Overrides overrides;

	private final Measurements measurements;

	PlanController(Plans plans, Overrides overrides, Measurements measurements) {
		this.measurements = measurements;
		this.plans = plans;
		this.overrides = overrides;
	}

	@GetMapping("/environments/{environment}/plan")
	String plan(@PathVariable EnvironmentKey environment, Model model) {
		Plans.PlannedEnvironment planned = planned(environment);
		model.addAttribute("environment", planned.environment());
		model.addAttribute("plan", planned.plan());
		model.addAttribute("nextSteps", NextStep.of(planned.environment().topology(), planned.plan()));
		model.addAttribute("overrides", this.overrides.standing(planned));
		model.addAttribute("contradicted",
				this.plans.find(environment).map(this.measurements::contradicted).orElse(Map.of()));
		return "strategy/plan";
	}

	@GetMapping("/environments/{environment}/plan/{component}")
	String explain(@PathVariable EnvironmentKey environment, @PathVariable String component, Model model) {
		return explain(planned(environment), component, model);
	}

	private String explain(Plans.PlannedEnvironment planned, String component, Model model) {
		EnvironmentKey environment = planned.environment().key();
		UnitPlan unit = planned.plan()
			.unitOf(component)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No protection unit with component " + component));
		model.addAttribute("environment", planned.environment());
		model.addAttribute("unit", unit);
		model.addAttribute("objective",
				UnitObjective.of(unit, planned.environment().topology(), this.plans.policy()).explanation());
		model.addAttribute("overrides", this.overrides.standing(planned));
		model.addAttribute("overrideHistory", this.overrides.history(environment, unit.key()));
		return "strategy/explanation";
	}

	/**
	 * An architect's choice of another eligible strategy for one layer of a unit.
	 *
	 * @param layer the layer decided
	 * @param strategy the strategy chosen
	 * @param justification why, in 20 to 2000 characters
	 */
	record OverrideForm(Layer layer, Strategy strategy, String justification) {

	}

	@PostMapping("/environments/{environment}/plan/{component}/override")
	String override(@PathVariable EnvironmentKey environment, @PathVariable String component,
			@ModelAttribute("override") OverrideForm form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors() || form.layer() == null || form.strategy() == null) {
			// The page always sends a layer and one of its strategies; anything else is
			// not from it.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "layer and strategy: choose one of the list");
		}
		Plans.PlannedEnvironment planned = planned(environment);
		String unit = planned.plan().unitOf(component).map(UnitPlan::key).orElse(component);
		try {
			this.overrides.decide(planned, unit, form.layer(), form.strategy(), form.justification(),
					principal.getName());
			redirect.addFlashAttribute("flashSuccess", "Recorded your decision: " + form.strategy().title() + ".");
			return "redirect:/environments/" + environment + "/plan/" + unit;
		}
		catch (Refused ex) {
			if (ex.refusal().field().isEmpty()) {
				model.addAttribute("flashError", "Not recorded: " + ex.getMessage());
			}
			else {
				errors.rejectValue(ex.refusal().field(), "refused", ex.refusal().message());
			}
			return explain(planned, unit, model);
		}
	}

	@PostMapping("/environments/{environment}/plan/{component}/override/withdraw")
	String withdraw(@PathVariable EnvironmentKey environment, @PathVariable String component, @RequestParam Layer layer,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.overrides.withdraw(environment, component, layer, principal.getName());
			redirect.addFlashAttribute("flashSuccess", "Withdrew the override; the recommendation applies again.");
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/environments/" + environment + "/plan/" + component;
	}

	@GetMapping("/rules")
	String rules(Model model) {
		model.addAttribute("rules", Rules.all());
		model.addAttribute("policy", this.plans.policy());
		return "strategy/rules";
	}

	private Plans.PlannedEnvironment planned(EnvironmentKey environment) {
		return this.plans.plan(environment)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No environment " + environment));
	}

}
