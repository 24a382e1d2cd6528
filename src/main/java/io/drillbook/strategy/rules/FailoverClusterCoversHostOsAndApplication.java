package io.drillbook.strategy.rules;

import java.util.List;
import java.util.Set;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.FailureMode;

/**
 * R10: the surviving node takes over whatever stopped the other one.
 */
final class FailoverClusterCoversHostOsAndApplication implements Rule {

	@Override
	public String id() {
		return "R10";
	}

	@Override
	public String statement() {
		return "A failover cluster protects against host, OS and application failure.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		return List.of(covers(Strategy.FAILOVER_CLUSTER,
				Set.of(FailureMode.HOST_FAILURE, FailureMode.OS_FAILURE, FailureMode.APPLICATION_FAILURE),
				"The other node takes over " + unit.name() + " when a host, its OS or the application fails."));
	}

}
