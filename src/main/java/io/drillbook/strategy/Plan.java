package io.drillbook.strategy;

import java.util.List;
import java.util.Optional;

/**
 * How every protection unit of an environment should be protected, and why.
 *
 * @param units one plan per protection unit, in the order of their leading component's
 * key
 */
public record Plan(List<UnitPlan> units) {

	public Plan {
		units = List.copyOf(units);
	}

	public Optional<UnitPlan> unitOf(String component) {
		return this.units.stream().filter((u) -> u.components().contains(component)).findFirst();
	}

	/** The units whose requirements no eligible strategy meets. */
	public List<UnitPlan> gaps() {
		return this.units.stream().filter(UnitPlan::hasGaps).toList();
	}

}
