package io.drillbook.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.drillbook.DrillbookTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has landed is never edited: an installation that ran it keeps its
 * checksum in Flyway's history and would refuse to start on the edited file. The
 * checksums of the landed migrations are kept in {@code db/landed-migrations.txt}; a
 * change to the schema is a new migration, recorded there when it lands.
 */
@DrillbookTest
class LandedMigrationsTests {

	static final Path LANDED = Path.of("db", "landed-migrations.txt");

	@Autowired
	Flyway flyway;

	@Test
	void noLandedMigrationChangedAndEveryMigrationIsRecorded() throws IOException {
		Map<String, String> landed = new LinkedHashMap<>();
		for (String line : Files.readAllLines(LANDED, StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] fields = line.trim().split("\\s+");
				landed.put(fields[0], line.trim());
			}
		}
		List<String> problems = new ArrayList<>();
		for (MigrationInfo migration : this.flyway.info().all()) {
			String recorded = line(migration);
			String previous = landed.remove(migration.getScript());
			if (previous == null) {
				problems.add(migration.getScript() + " is not recorded: add '" + recorded + "' to " + LANDED);
			}
			else if (!previous.equals(recorded)) {
				problems.add(migration.getScript() + " was changed after it landed (recorded '" + previous + "', now '"
						+ recorded + "'): undo the change and write a new migration");
			}
		}
		landed.keySet().forEach((script) -> problems.add(script + " landed but is gone: migrations are never removed"));
		assertThat(problems).isEmpty();
	}

	private static String line(MigrationInfo migration) {
		return migration.getScript() + " " + migration.getChecksum();
	}

}
