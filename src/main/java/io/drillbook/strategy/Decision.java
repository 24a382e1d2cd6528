package io.drillbook.strategy;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one layer for one protection unit: everything considered, the
 * recommendation and why, and what no strategy covers.
 *
 * @param layer local availability or site recovery
 * @param required whether the unit needs this layer at all
 * @param assessments every strategy of the layer, eligible or not
 * @param recommended the recommended strategy, when one fits
 * @param why the reasons for the recommendation, or for having none
 * @param gaps requirements no eligible strategy meets
 */
public record Decision(Layer layer, boolean required, List<Assessment> assessments, Optional<Strategy> recommended,
		List<Reason> why, List<Reason> gaps) {

	public Decision {
		assessments = List.copyOf(assessments);
		why = List.copyOf(why);
		gaps = List.copyOf(gaps);
	}

	public Optional<Assessment> assessment(Strategy strategy) {
		return this.assessments.stream().filter((a) -> a.strategy() == strategy).findFirst();
	}

}
