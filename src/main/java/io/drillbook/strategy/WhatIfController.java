package io.drillbook.strategy;

import java.time.Clock;

import io.drillbook.system.Refusal;
import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.impact.FailurePoint;
import io.drillbook.topology.impact.Impact;
import io.drillbook.topology.impact.ImpactAnalysis;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the protection plan does about a failure, beside what the failure does: the
 * what-if page loads it, and it stands on its own as a page.
 */
@Controller
class WhatIfController {

	private final Plans plans;

	private final Clock clock;

	WhatIfController(Plans plans, Clock clock) {
		this.plans = plans;
		this.clock = clock;
	}

	@GetMapping("/environments/{environment}/plan/what-if")
	String whatIf(@PathVariable EnvironmentKey environment, @RequestParam String element, Model model) {
		ProtectionPlan protection = this.plans.find(environment)
			.orElseThrow(() -> Refusal.missing("No " + "environment '" + environment + "'").refused());
		FailurePoint failure = FailurePoint.parse(element)
			.orElseThrow(
					() -> Refusal.invalid("element", "write the element as type:key, such as component:vc").refused());
		Impact impact;
		try {
			impact = ImpactAnalysis.whatIf(protection.environment().topology(), failure, this.clock.instant());
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.missing(ex.getMessage() + " in " + environment).refused();
		}
		model.addAttribute("environment", protection.environment());
		model.addAttribute("element", element);
		model.addAttribute("recoveries", WhatIf.of(impact, protection, protection.environment().topology()));
		return "strategy/what-if";
	}

}
