package io.drillbook.topology.rvtools;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class BackupTimesTests {

	static Stream<Arguments> attributes() {
		return Stream.of(arguments("2026-11-30 02:15:07", "2026-11-30T02:15:07Z"),
				arguments("2026-11-30T02:15:07+01:00", "2026-11-30T01:15:07Z"),
				arguments("Last backup: [11/30/2026 2:15:07 AM], job: [Daily SQL]", "2026-11-30T02:15:07Z"),
				arguments("11/30/2026 2:15 PM", "2026-11-30T14:15:00Z"),
				arguments("12/30/2026 12:05:00 AM", "2026-12-30T00:05:00Z"),
				arguments("30/11/2026 14:15", "2026-11-30T14:15:00Z"),
				arguments("Sicherung: 30.11.2026 02:15:07", "2026-11-30T02:15:07Z"),
				arguments("46356.09375", "2026-11-30T02:15:00Z"), arguments("never", null),
				arguments("31/02/2026 10:00", null), arguments("", null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("attributes")
	void takesTheFirstDateAndTimeInTheAttribute(String attribute, String expected) {
		assertThat(BackupTimes.parse(attribute)).isEqualTo(Optional.ofNullable(expected).map(Instant::parse));
	}

}
