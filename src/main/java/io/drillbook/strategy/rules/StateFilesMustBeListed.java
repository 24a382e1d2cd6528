package io.drillbook.strategy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;

/**
 * R17: a management server keeps almost everything in its database; what little it keeps
 * locally must be on the plan, or the standby starts without it.
 */
final class StateFilesMustBeListed implements Rule {

	@Override
	public String id() {
		return "R17";
	}

	@Override
	public String statement() {
		return "The management server is almost stateless: its plan must list its state files (SSL certificate, "
				+ "configuration file, upgrade files); the license server's plan must list the license file.";
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		for (Component member : unit.members()) {
			if (member.kind() == ComponentKind.MANAGEMENT_SERVER) {
				findings.add(member.stateFiles().isEmpty()
						? requires(null,
								member.name() + " lists no state files; record its SSL certificate, "
										+ "configuration file and upgrade files so a standby can be restored.")
						: explains(null, "State files of " + member.name() + ": "
								+ String.join(", ", member.stateFiles()) + "; everything else is in its database."));
			}
			if (member.kind() == ComponentKind.LICENSE_SERVER) {
				boolean licenseFile = member.stateFiles()
					.stream()
					.anyMatch((file) -> file.toLowerCase(Locale.ROOT).contains("licen"));
				findings
					.add(licenseFile
							? explains(null,
									"State file of " + member.name() + ": " + String.join(", ", member.stateFiles())
											+ ".")
							: requires(null, member.name() + " lists no license file; record it so a standby can serve "
									+ "licenses."));
			}
		}
		return findings;
	}

}
