package io.drillbook.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.drillbook.strategy.Strategy;

/**
 * Says in words what changed between the sources a runbook version was made from and the
 * sources it would be made from now.
 */
final class SourceChanges {

	private SourceChanges() {
	}

	static List<String> between(Map<String, String> published, Map<String, String> current) {
		List<String> changes = new ArrayList<>();
		TreeSet<String> references = new TreeSet<>(published.keySet());
		references.addAll(current.keySet());
		for (String reference : references) {
			String was = published.get(reference);
			String is = current.get(reference);
			if (was != null && was.equals(is)) {
				continue;
			}
			changes.add(describe(reference, was, is));
		}
		return changes;
	}

	private static String describe(String reference, String was, String is) {
		int colon = reference.indexOf(':');
		String type = (colon < 0) ? reference : reference.substring(0, colon);
		String key = (colon < 0) ? "" : reference.substring(colon + 1);
		return switch (type) {
			case "plan" -> "the strategy for " + key + " failure changed from " + strategy(was) + " to " + strategy(is);
			case "policy" -> "the policy of " + key.replace("tier", "tier ") + " changed";
			case "procedures" ->
				version(was).equals(version(is)) ? "the procedure catalog changed (still version " + version(is) + ")"
						: "the procedure catalog changed from version " + version(was) + " to version " + version(is);
			default -> type + " " + key.replace("->", " → ")
					+ ((was == null) ? " was added" : (is == null) ? " was removed" : " changed");
		};
	}

	private static String strategy(String value) {
		if (value == null) {
			return "none";
		}
		String[] parts = value.split(" ");
		String title = Strategy.valueOf(parts[0]).title();
		return (parts.length > 1) ? title + " (an override)" : title;
	}

	private static String version(String value) {
		return (value == null) ? "none" : value.split(" ")[0];
	}

}
