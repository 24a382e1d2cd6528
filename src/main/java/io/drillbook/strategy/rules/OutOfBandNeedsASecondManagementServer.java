package io.drillbook.strategy.rules;

import java.util.List;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.ComponentKind;

/**
 * R6: out-of-band protection pairs two management servers in two HA clusters.
 */
final class OutOfBandNeedsASecondManagementServer implements Rule {

	@Override
	public String id() {
		return "R6";
	}

	@Override
	public String statement() {
		return "Out-of-band HA needs a second management-server instance and a second HA cluster, "
				+ "each instance managing the other's cluster.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		if (!unit.has(ComponentKind.MANAGEMENT_SERVER)) {
			return List.of(rulesOut(Strategy.HA_OUT_OF_BAND,
					"Out-of-band HA concerns management servers; " + unit.name() + " is not one."));
		}
		return List.of(unit.partnerManagementServer()
			.map((partner) -> explains(Strategy.HA_OUT_OF_BAND,
					unit.name() + " and " + partner + " run in two HA clusters and each manages the other's cluster."))
			.orElseGet(() -> rulesOut(Strategy.HA_OUT_OF_BAND, "There is no second management server in another "
					+ "HA cluster managing the cluster of " + unit.name() + " while it manages that one's.")));
	}

}
