package io.drillbook.strategy;

import io.drillbook.topology.EnvironmentKey;
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

	private final Overrides overrides;

	PlanApiController(Plans plans, Overrides overrides) {
		this.plans = plans;
		this.overrides = overrides;
	}

	/**
	 * An override over JSON.
	 *
	 * @param unit the leading component of the unit
	 * @param layer the layer
	 * @param strategy the chosen strategy
	 * @param justification why
	 * @param decidedBy who
	 * @param decidedAt when
	 * @param premiseHolds whether the strategy is still eligible
	 * @param factsChanged whether topology or policy changed since
	 * @param risks the risks the architect accepted: failures left uncovered, the
	 * shortfall on the RTO
	 */
	record OverrideView(String unit, Layer layer, Strategy strategy, String justification, String decidedBy,
			java.time.Instant decidedAt, boolean premiseHolds, boolean factsChanged, java.util.List<String> risks) {

	}

	@GetMapping("/api/v1/environments/{environment}/overrides")
	@Operation(summary = "The architects' active overrides, each checked against the current plan")
	java.util.List<OverrideView> overrides(@PathVariable EnvironmentKey environment) {
		Plans.PlannedEnvironment planned = this.plans.plan(environment)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No environment " + environment));
		return this.overrides.standing(planned)
			.values()
			.stream()
			.map((s) -> new OverrideView(s.override().getUnitKey(), s.override().getLayer(), s.override().getStrategy(),
					s.override().getJustification(), s.override().getCreatedBy(), s.override().getCreatedAt(),
					s.premiseHolds(), s.factsChanged(), s.risks()))
			.toList();
	}

	@GetMapping("/api/v1/environments/{environment}/plan")
	@Operation(summary = "Every protection unit with each strategy considered, the recommendation, gaps and reasons")
	Plan plan(@PathVariable EnvironmentKey environment) {
		return this.plans.plan(environment)
			.map(Plans.PlannedEnvironment::plan)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No environment " + environment));
	}

}
