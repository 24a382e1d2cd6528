package io.drillbook.strategy.rules;

import java.util.List;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.ComponentKind;

/**
 * R6: out-of-band protection runs a management server on an HA cluster another instance
 * manages; the report's pattern pairs two instances, each managing the other's cluster.
 */
final class OutOfBandNeedsASecondManagementServer implements Rule {

	@Override
	public String id() {
		return "R6";
	}

	@Override
	public String statement() {
		return "Out-of-band HA runs a management server on an HA cluster that another instance manages; "
				+ "paired, each instance manages the other's cluster.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		if (!unit.has(ComponentKind.MANAGEMENT_SERVER)) {
			return List.of(rulesOut(Strategy.HA_OUT_OF_BAND,
					"Out-of-band HA concerns management servers; " + unit.name() + " is not one."));
		}
		if (!unit.isVirtual()) {
			return List.of();
		}
		String cluster = unit.placement().target();
		if (unit.managesOwnCluster()) {
			return List.of(rulesOut(Strategy.HA_OUT_OF_BAND,
					unit.name() + " manages cluster " + cluster + ", which it runs on: that is in-band."));
		}
		if (unit.partnerManagementServer().isPresent()) {
			return List.of(explains(Strategy.HA_OUT_OF_BAND, unit.name() + " and "
					+ unit.partnerManagementServer().get() + " run in two HA clusters and each manages the other's."));
		}
		return unit.otherManager()
			.map((other) -> List.of(
					explains(Strategy.HA_OUT_OF_BAND,
							unit.name() + " runs on cluster " + cluster + ", which " + other + " manages."),
					requires(Strategy.HA_OUT_OF_BAND, "Pair them: let " + unit.name() + " manage the HA cluster "
							+ other
							+ " runs on, so that whichever instance fails, the other still manages its cluster.")))
			.orElseGet(() -> List.of(rulesOut(Strategy.HA_OUT_OF_BAND, "Cluster " + cluster + " does not say which "
					+ "management server manages it (managedBy), so out-of-band cannot be told from in-band.")));
	}

}
