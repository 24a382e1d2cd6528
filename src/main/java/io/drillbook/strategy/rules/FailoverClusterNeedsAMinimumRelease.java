package io.drillbook.strategy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.drillbook.strategy.ProductMinimum;
import io.drillbook.strategy.Strategy;
import io.drillbook.topology.Component;

/**
 * R7: some products support a failover cluster only from a given release; the minimums
 * are policy data.
 */
final class FailoverClusterNeedsAMinimumRelease implements Rule {

	private static final Pattern NUMBER = Pattern.compile("(\\d+)");

	@Override
	public String id() {
		return "R7";
	}

	@Override
	public String statement() {
		return "A failover cluster needs a product release that supports it: VirtualCenter 2.0.2 patch 2 or later "
				+ "(further products are listed in the policy).";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		for (Component member : unit.members()) {
			for (ProductMinimum minimum : unit.minimums()) {
				if (minimum.strategy() == Strategy.FAILOVER_CLUSTER
						&& minimum.product().equalsIgnoreCase(member.product().trim())) {
					String release = member.version()
							+ (member.patchLevel().isBlank() ? "" : " " + member.patchLevel());
					String needed = minimum.product() + " " + minimum.minimumVersion() + " patch "
							+ minimum.minimumPatch();
					findings.add(atLeast(member.version(), patch(member.patchLevel()), minimum)
							? explains(Strategy.FAILOVER_CLUSTER,
									member.name() + " is " + release.trim() + "; a failover cluster needs " + needed
											+ " or later.")
							: rulesOut(Strategy.FAILOVER_CLUSTER, member.name() + " is " + release.trim()
									+ "; a failover cluster needs " + needed + " or later."));
				}
			}
		}
		return findings;
	}

	static boolean atLeast(String version, int patch, ProductMinimum minimum) {
		int comparison = compareVersions(version, minimum.minimumVersion());
		return comparison > 0 || (comparison == 0 && patch >= minimum.minimumPatch());
	}

	// Compares dotted versions number by number, so that 2.0.10 is later than 2.0.9.
	static int compareVersions(String left, String right) {
		String[] a = left.trim().split("\\.");
		String[] b = right.trim().split("\\.");
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			int x = (i < a.length) ? number(a[i]) : 0;
			int y = (i < b.length) ? number(b[i]) : 0;
			if (x != y) {
				return Integer.compare(x, y);
			}
		}
		return 0;
	}

	static int patch(String patchLevel) {
		return number(patchLevel.toLowerCase(Locale.ROOT));
	}

	private static int number(String text) {
		Matcher matcher = NUMBER.matcher(text);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

}
