package io.drillbook.topology.web;

import java.time.Clock;

import io.drillbook.topology.EnvironmentKey;
import io.drillbook.topology.EnvironmentSnapshot;
import io.drillbook.topology.Environments;

import io.drillbook.topology.impact.FailurePoint;
import io.drillbook.topology.impact.ImpactAnalysis;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "What if this fails?": pick a site, cluster, host or component and see what stops at
 * once, what stops after a grace period, and what keeps running.
 */
@Controller
class ImpactController {

	private final Environments environments;

	private final Clock clock;

	ImpactController(Environments environments, Clock clock) {
		this.environments = environments;
		this.clock = clock;
	}

	@GetMapping("/environments/{environment}/impact")
	String impact(@PathVariable EnvironmentKey environment, @RequestParam(defaultValue = "") String element,
			Model model) {
		EnvironmentSnapshot snapshot = this.environments.require(environment);
		model.addAttribute("environment", snapshot);
		model.addAttribute("element", element);
		FailurePoint.parse(element).ifPresent((point) -> {
			try {
				model.addAttribute("impact", ImpactAnalysis.whatIf(snapshot.topology(), point, this.clock.instant()));
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("flashError", ex.getMessage() + " in this environment.");
			}
		});
		return "topology/impact";
	}

}
