package io.drillbook.strategy.rules;

import java.util.List;
import java.util.Set;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.FailureMode;

/**
 * R13: the management server's data lives in its database, which is protected and
 * restored like any database.
 */
final class DatabasesUseTheirOwnClustering implements Rule {

	@Override
	public String id() {
		return "R13";
	}

	@Override
	public String statement() {
		return "The database is protected with the database's own standard clustering, "
				+ "and restored with its usual methods in a disaster.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		if (unit.kind() != ComponentKind.DATABASE) {
			return List.of(rulesOut(Strategy.DATABASE_CLUSTERING,
					"Database clustering protects databases; " + unit.name() + " is not one."));
		}
		return List.of(
				covers(Strategy.DATABASE_CLUSTERING,
						Set.of(FailureMode.HOST_FAILURE, FailureMode.OS_FAILURE, FailureMode.APPLICATION_FAILURE),
						unit.name() + " is protected with its database's standard clustering."),
				explains(Strategy.COLD_STANDBY, "In a disaster " + unit.name()
						+ " is restored with its usual backup and restore methods before the services that use it."),
				explains(Strategy.WARM_STANDBY, "In a disaster " + unit.name()
						+ " is restored with its usual methods, or its replica is activated, before the services."));
	}

}
