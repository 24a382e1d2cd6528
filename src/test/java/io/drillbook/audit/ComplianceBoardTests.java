package io.drillbook.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import io.drillbook.DrillbookTest;
import io.drillbook.drill.DrillTestData;
import io.drillbook.runbook.PublishedSamples;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@DrillbookTest
class ComplianceBoardTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ComplianceBoard board;

	@Test
	void aSuccessCountsOnlyOnceSignedOffAndOnlyForTheScenarioItRehearsed() {
		long version = PublishedSamples.virtualCenter(this.context, "audit-board", "vcdb", "site");
		Instant declared = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
		long drill = DrillTestData.recovered(this.context, version, declared);
		Instant dayBefore = declared.minus(1, ChronoUnit.DAYS);
		long earlier = DrillTestData.recovered(this.context, version, dayBefore);

		ComplianceBoard.Row waiting = row();
		assertThat(waiting.due().standing()).isEqualTo(Compliance.Standing.OVERDUE);
		assertThat(waiting.due().lastSuccess()).isEmpty();
		assertThat(waiting.awaitingSignOff()).contains(declared);
		assertThat(waiting.recoveries()).extracting(ComplianceBoard.Point::execution).containsExactly(earlier, drill);
		assertThat(waiting.chart()).contains("<title>" + dayBefore.toString().substring(0, 10) + ": ");

		long local = PublishedSamples.publish(this.context, "audit-board", "vcdb", "local");
		long hostFailure = DrillTestData.recovered(this.context, local, declared);
		DrillTestData.signedOff(this.context, hostFailure, "sigrid");
		assertThat(row("vcdb/local").due().standing()).isEqualTo(Compliance.Standing.CURRENT);
		assertThat(row("vcdb/local").recoveries()).extracting(ComplianceBoard.Point::execution)
			.containsExactly(hostFailure);
		assertThat(row().due().standing()).as("a host failure drill proves nothing of the site failure")
			.isEqualTo(Compliance.Standing.OVERDUE);

		DrillTestData.signedOff(this.context, earlier, "sigrid");
		assertThat(row().due().lastSuccess()).contains(dayBefore);
		assertThat(row().awaitingSignOff()).contains(declared);

		DrillTestData.signedOff(this.context, drill, "sigrid");

		ComplianceBoard.Row signed = row();
		assertThat(signed.due().standing()).isEqualTo(Compliance.Standing.CURRENT);
		assertThat(signed.due().lastSuccess()).contains(declared);
		assertThat(signed.due().nextDue()).contains(declared.plus(signed.every()));
		assertThat(signed.awaitingSignOff()).isEmpty();
	}

	private ComplianceBoard.Row row() {
		return row("vcdb/site");
	}

	private ComplianceBoard.Row row(String runbook) {
		return this.board.rows(Optional.of("audit-board"))
			.stream()
			.filter((r) -> r.runbook().equals(runbook))
			.findFirst()
			.orElseThrow();
	}

}
