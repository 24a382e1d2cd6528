package io.drillbook.strategy.rules;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.drillbook.strategy.Strategy;
import io.drillbook.topology.Component;
import io.drillbook.topology.Durations;

/**
 * R22: a cold standby starts from a restore, so what it recovers is the last backup: the
 * recovery point available is that backup's time, and the RPO holds only while backups
 * run at least as often.
 */
final class ColdStandbyRestoresTheLastBackup implements Rule {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	@Override
	public String id() {
		return "R22";
	}

	@Override
	public String statement() {
		return "A cold standby recovers the last backup: its recovery point is that backup's time.";
	}

	@Override
	public String source() {
		return BACKUP;
	}

	@Override
	public List<Conclusion> evaluate(UnitFacts unit) {
		List<Conclusion> findings = new ArrayList<>();
		for (Component member : unit.members()) {
			member.vm()
				.lastBackup()
				.ifPresent((time) -> findings.add(explains(Strategy.COLD_STANDBY,
						"The last backup of " + member.name() + " was taken " + WHEN.format(time)
								+ ", as recorded on the VM: a cold standby restores to that point, so its RPO of "
								+ Durations.format(member.rpo())
								+ " holds only while a backup runs at least that often.")));
		}
		return findings;
	}

}
