package io.drillbook.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceTests {

	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	private static final Duration QUARTER = Duration.ofDays(91);

	@ParameterizedTest(name = "last success {0} days ago: {1}")
	@CsvSource(textBlock = """
			0,   CURRENT
			76,  CURRENT
			77,  DUE_SOON
			90,  DUE_SOON
			91,  DUE_SOON
			92,  OVERDUE
			400, OVERDUE
			""")
	void dueSoonAndOverdueAtTheirBoundaries(long daysAgo, Compliance.Standing expected) {
		Compliance.Due due = Compliance.due(Optional.of(NOW.minus(Duration.ofDays(daysAgo))), QUARTER, NOW);

		assertThat(due.standing()).isEqualTo(expected);
		assertThat(due.nextDue()).contains(NOW.minus(Duration.ofDays(daysAgo)).plus(QUARTER));
	}

	@Test
	void aSecondPastTheDueDateIsOverdueAndTheDueDateItselfIsNot() {
		Instant last = NOW.minus(QUARTER);

		assertThat(Compliance.due(Optional.of(last), QUARTER, NOW).standing()).isEqualTo(Compliance.Standing.DUE_SOON);
		assertThat(Compliance.due(Optional.of(last.minusSeconds(1)), QUARTER, NOW).standing())
			.isEqualTo(Compliance.Standing.OVERDUE);
		assertThat(
				Compliance.due(Optional.of(NOW.minus(QUARTER).plus(Compliance.DUE_SOON).plusSeconds(1)), QUARTER, NOW)
					.standing())
			.isEqualTo(Compliance.Standing.CURRENT);
	}

	@Test
	void aUnitNeverDrilledIsOverdue() {
		Compliance.Due due = Compliance.due(Optional.empty(), QUARTER, NOW);

		assertThat(due.standing()).isEqualTo(Compliance.Standing.OVERDUE);
		assertThat(due.nextDue()).isEmpty();
	}

}
