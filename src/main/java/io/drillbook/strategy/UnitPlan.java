package io.drillbook.strategy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.drillbook.topology.FailureMode;

/**
 * The plan for one protection unit: a component, or components co-located on one server
 * and protected together.
 *
 * @param components the keys of the unit's components, the leading one first
 * @param name a readable name for the unit
 * @param mustSurvive the failures any member must survive
 * @param effectiveRto the recovery time that counts, after grace periods
 * @param stateFiles the files a standby needs, from every member
 * @param local the local-availability decision
 * @param site the site-recovery decision
 * @param notes reasons that concern the unit as a whole
 */
public record UnitPlan(List<String> components, String name, Set<FailureMode> mustSurvive, Duration effectiveRto,
		List<String> stateFiles, Decision local, Decision site, List<Reason> notes) {

	public UnitPlan {
		components = List.copyOf(components);
		mustSurvive = Set.copyOf(mustSurvive);
		stateFiles = List.copyOf(stateFiles);
		notes = List.copyOf(notes);
	}

	public String key() {
		return this.components.get(0);
	}

	public boolean hasGaps() {
		return !this.local.gaps().isEmpty() || !this.site.gaps().isEmpty();
	}

}
