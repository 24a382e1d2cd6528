package io.drillbook.runbook;

import java.util.List;
import java.util.Optional;

import io.drillbook.strategy.ProtectionPlan;
import io.drillbook.strategy.UnitPlan;

/**
 * Every runbook of an environment as it stands.
 *
 * @param plan the plan they were written from
 * @param entries one per runbook the plan calls for, in recovery order
 * @param unwritten units that need a runbook and get none
 * @param retired runbooks published once that the plan no longer calls for
 */
record RunbookOverview(ProtectionPlan plan, List<RunbookEntry> entries, List<RunbookWriter.Unwritten> unwritten,
		List<RunbookVersion> retired) {

	public Optional<RunbookEntry> entry(String unit, Scenario scenario) {
		return this.entries.stream()
			.filter((e) -> e.draft().unit().equals(unit) && e.draft().scenario() == scenario)
			.findFirst();
	}

	public List<RunbookEntry> entries(Scenario scenario) {
		return this.entries.stream().filter((e) -> e.draft().scenario() == scenario).toList();
	}

	public String unitName(String unit) {
		return this.plan.plan()
			.units()
			.stream()
			.filter((u) -> u.key().equals(unit))
			.findFirst()
			.map(UnitPlan::name)
			.orElse(unit);
	}

	/**
	 * Why a version should not be followed as it is: empty when it is the newest version
	 * and nothing it was made from changed.
	 */
	public List<String> staleness(RunbookVersion version) {
		Optional<RunbookEntry> entry = entry(version.getUnitKey(), version.getScenario());
		if (entry.isEmpty()) {
			return List.of("the plan no longer calls for this runbook");
		}
		if (!entry.get().latest().map((l) -> l.getId().equals(version.getId())).orElse(false)) {
			return List.of("version " + version.getNumber() + " is not the newest version");
		}
		return entry.get().staleBecause();
	}

	public long stale() {
		return this.entries.stream().filter(RunbookEntry::stale).count() + this.retired.size();
	}

}
