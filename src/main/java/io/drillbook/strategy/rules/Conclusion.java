package io.drillbook.strategy.rules;

import java.util.Optional;
import java.util.Set;

import io.drillbook.strategy.Reason;
import io.drillbook.strategy.Strategy;
import io.drillbook.topology.FailureMode;

/**
 * What one rule concludes about one strategy for one unit, or about the unit itself.
 *
 * @param strategy the strategy concerned; empty for the unit as a whole
 * @param effect what it does to the assessment
 * @param failures for {@link Effect#COVERS}, the failures covered
 * @param reason the rule and its statement for this unit
 */
public record Conclusion(Optional<Strategy> strategy, Effect effect, Set<FailureMode> failures, Reason reason) {

	public Conclusion {
		failures = Set.copyOf(failures);
	}

}
