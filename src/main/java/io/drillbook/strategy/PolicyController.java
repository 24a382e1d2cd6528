package io.drillbook.strategy;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import io.drillbook.system.FieldErrors;
import io.drillbook.system.Refusal;
import io.drillbook.topology.Tier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy page: everyone reads the current version and its history; architects save a
 * new version.
 */
@Controller
class PolicyController {

	private final Policies policies;

	private final Measurements measurements;

	PolicyController(Policies policies, Measurements measurements) {
		this.policies = policies;
		this.measurements = measurements;
	}

	@GetMapping("/policy")
	String policy(Model model) {
		Policies.Versioned current = this.policies.current();
		model.addAttribute("form", PolicyForm.of(current.version(), current.policy()));
		return show(model);
	}

	@PostMapping("/policy")
	String save(@ModelAttribute("form") PolicyForm form, BindingResult errors, Principal principal, Model model,
			RedirectAttributes redirect) {
		PolicyForm.Reading reading = form.read();
		List<PolicyProblem> problems = new ArrayList<>(reading.problems());
		if (problems.isEmpty() && !errors.hasErrors()) {
			try {
				Policies.Versioned saved = this.policies.save(reading.policy(),
						(form.basedOn() != null) ? form.basedOn() : -1, form.note(), principal.getName());
				redirect.addFlashAttribute("flashSuccess", "Saved version " + saved.version() + " of the policy.");
				return "redirect:/policy";
			}
			catch (PolicyRejected ex) {
				problems.addAll(ex.problems());
			}
		}
		problems.forEach((problem) -> FieldErrors.add(Refusal.invalid(problem.field(), problem.message()), errors));
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("strategies", Strategy.values());
		model.addAttribute("tiers", Tier.ALL);
		model.addAttribute("history", this.policies.history());
		model.addAttribute("measured", this.measurements.byStrategyAndTier(this.policies.current().policy()));
		return "strategy/policy";
	}

}
