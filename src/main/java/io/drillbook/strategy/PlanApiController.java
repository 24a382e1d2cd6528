package io.drillbook.strategy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The protection plan over JSON, with the same decisions and reasons as the pages.
 */
@RestController
@Tag(name = "Strategy", description = "Protection plans chosen by explainable rules")
class PlanApiController {

	private final Plans plans;

	PlanApiController(Plans plans) {
		this.plans = plans;
	}

	@GetMapping("/api/v1/environments/{environment}/plan")
	@Operation(summary = "Every protection unit with each strategy considered, the recommendation, gaps and reasons")
	Plan plan(@PathVariable String environment) {
		return this.plans.plan(environment)
			.map(Plans.PlannedEnvironment::plan)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No environment " + environment));
	}

}
