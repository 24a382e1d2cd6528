package io.drillbook.runbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.drillbook.strategy.ProtectionPlan;
import io.drillbook.strategy.UnitPlan;
import io.drillbook.topology.Durations;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drillbook's own disaster-recovery runbook in {@code docs/runbooks/drillbook.md} is what
 * Drillbook writes from {@code db/samples/drillbook.yaml}. The test fails when the two
 * drift apart; run it with {@code -Ddrillbook.docs.write=true} to write the file anew.
 */
class DrillbookOwnRunbooksTests {

	private static final Path DOCUMENT = Path.of("docs", "runbooks", "drillbook.md");

	@Test
	void theDocumentedRunbookIsTheOneDrillbookWrites() throws IOException {
		String written = document();
		if (Boolean.getBoolean("drillbook.docs.write")) {
			Files.writeString(DOCUMENT, written, StandardCharsets.UTF_8);
		}

		assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
			.as("docs/runbooks/drillbook.md is out of date; rerun with -Ddrillbook.docs.write=true")
			.isEqualTo(written);
		assertThat(written).contains("standby copy of Drillbook database on pg11.dc2.example.org",
				"SPRING_DATASOURCE_URL", "Confirm that Drillbook database is available again at pg11.dc2.example.org");
	}

	private static String document() {
		Procedures procedures = Sample.procedures();
		ProtectionPlan plan = Sample.planned("drillbook.yaml");
		RunbookWriter.Written written = RunbookWriter.write(plan, procedures);
		RunbookDocuments documents = new RunbookDocuments(new TemplateEngine(), procedures,
				Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), (event) -> {
					// this document is written for the repository, not exported from a
					// portal
				});
		Map<String, String> names = plan.plan()
			.units()
			.stream()
			.collect(Collectors.toMap(UnitPlan::key, UnitPlan::name));
		StringBuilder md = new StringBuilder();
		md.append("# Drillbook's own disaster-recovery runbooks\n\n");
		md.append("Drillbook wrote these runbooks from `db/samples/drillbook.yaml`, the description of a Drillbook ")
			.append("deployment (a PostgreSQL database, two application instances, a reverse proxy and their ")
			.append("configuration), with the default policy and procedure catalog version ")
			.append(procedures.version())
			.append(". To change them, change that file and run ")
			.append("`./mvnw test -Dtest=DrillbookOwnRunbooksTests -Ddrillbook.docs.write=true`; to adapt them to ")
			.append("your deployment, import the file with your own host names and publish the runbooks in Drillbook.\n\n");
		md.append("Recover in this order; each runbook says what must be back before it.\n\n");
		for (Runbook runbook : written.runbooks()) {
			md.append("- [").append(runbook.title()).append("](#").append(anchor(runbook.title())).append(")\n");
		}
		for (RunbookWriter.Unwritten unwritten : written.unwritten()) {
			md.append("- no runbook for ")
				.append(unwritten.unitName())
				.append(", ")
				.append(unwritten.scenario().title())
				.append(": ")
				.append(unwritten.reason())
				.append('\n');
		}
		for (Runbook runbook : written.runbooks()) {
			RunbookDocuments.Printable doc = new RunbookDocuments.Printable(RunbookView.of(runbook, procedures),
					plan.environment().name(), "generated from the sample, not published",
					Runbooks.sha256(runbook).hex(), "", Durations.words(Duration.ofMinutes(runbook.rtoMinutes())),
					runbook.recoverFirst().stream().map(names::get).toList(), List.of());
			md.append('\n').append(documents.markdown(doc).replaceAll("(?m)^#", "##"));
		}
		return md.toString().replaceAll("\n{3,}", "\n\n");
	}

	private static String anchor(String title) {
		return title.toLowerCase().replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
	}

}
