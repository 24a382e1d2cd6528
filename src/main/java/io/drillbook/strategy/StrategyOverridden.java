package io.drillbook.strategy;

import java.time.Instant;
import java.util.Optional;

/**
 * Published when an architect overrides a recommendation or withdraws an override.
 *
 * @param environment the environment's key
 * @param unit the leading component of the protection unit
 * @param layer local availability or site recovery
 * @param strategy the chosen strategy; empty when the override was withdrawn
 * @param justification why
 * @param by who
 * @param at when
 */
public record StrategyOverridden(String environment, String unit, Layer layer, Optional<Strategy> strategy,
		String justification, String by, Instant at) {

}
