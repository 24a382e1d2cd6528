package io.drillbook.runbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What differs between two versions of a runbook, step by step: steps match by key, so a
 * regenerated step is recognised however its text changed.
 *
 * @param changes added, removed, changed and moved steps, in the newer version's order
 * with removed steps last
 * @param unchanged how many steps are the same in both
 */
record RunbookDiff(List<Change> changes, int unchanged) {

	public RunbookDiff {
		changes = List.copyOf(changes);
	}

	/**
	 * One step that differs.
	 *
	 * @param kind added, removed, changed or moved
	 * @param key the step's key
	 * @param before the step in the older version
	 * @param after the step in the newer version
	 * @param fields what changed: section, role, minutes, instruction, check, or origin
	 * when an architect edited or wrote it
	 */
	public record Change(Kind kind, String key, Optional<Step> before, Optional<Step> after, List<String> fields) {

		public Change {
			fields = List.copyOf(fields);
		}

		/** The step as it is now, or as it was when removed. */
		public Step step() {
			return this.after.or(() -> this.before).orElseThrow();
		}

		/** Whether an architect's hand shows in the change. */
		public boolean byArchitect() {
			return this.after.map((s) -> s.origin() != Origin.GENERATED).orElse(false)
					|| this.before.map((s) -> s.origin() == Origin.CUSTOM).orElse(false);
		}

	}

	public enum Kind {

		ADDED, REMOVED, CHANGED, MOVED

	}

	public static RunbookDiff between(List<Step> older, List<Step> newer) {
		Map<String, Step> before = new HashMap<>();
		older.forEach((s) -> before.put(s.key(), s));
		Map<String, Step> after = new HashMap<>();
		newer.forEach((s) -> after.put(s.key(), s));
		List<String> olderCommon = older.stream().map(Step::key).filter(after::containsKey).toList();
		List<String> newerCommon = newer.stream().map(Step::key).filter(before::containsKey).toList();
		List<Change> changes = new ArrayList<>();
		int unchanged = 0;
		for (Step step : newer) {
			Step previous = before.get(step.key());
			if (previous == null) {
				changes.add(new Change(Kind.ADDED, step.key(), Optional.empty(), Optional.of(step), List.of()));
				continue;
			}
			List<String> fields = fields(previous, step);
			if (!fields.isEmpty()) {
				changes.add(new Change(Kind.CHANGED, step.key(), Optional.of(previous), Optional.of(step), fields));
			}
			else if (olderCommon.indexOf(step.key()) != newerCommon.indexOf(step.key())) {
				changes.add(new Change(Kind.MOVED, step.key(), Optional.of(previous), Optional.of(step), List.of()));
			}
			else {
				unchanged++;
			}
		}
		for (Step step : older) {
			if (!after.containsKey(step.key())) {
				changes.add(new Change(Kind.REMOVED, step.key(), Optional.of(step), Optional.empty(), List.of()));
			}
		}
		return new RunbookDiff(changes, unchanged);
	}

	private static List<String> fields(Step a, Step b) {
		List<String> fields = new ArrayList<>();
		if (a.section() != b.section()) {
			fields.add("section");
		}
		if (a.note() != b.note()) {
			fields.add("kind");
		}
		if (!a.role().equals(b.role())) {
			fields.add("role");
		}
		if (a.minutes() != b.minutes()) {
			fields.add("minutes");
		}
		if (!a.instruction().equals(b.instruction())) {
			fields.add("instruction");
		}
		if (!a.check().equals(b.check())) {
			fields.add("check");
		}
		if (!a.why().equals(b.why())) {
			fields.add("why");
		}
		if (!a.rule().equals(b.rule())) {
			fields.add("rule");
		}
		if (a.restoresService() != b.restoresService()) {
			fields.add("restores service");
		}
		if (a.origin() != b.origin()) {
			fields.add("origin");
		}
		return fields;
	}

}
