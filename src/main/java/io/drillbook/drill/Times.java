package io.drillbook.drill;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as operators read them: UTC wall clock, and durations in hours, minutes and
 * seconds.
 */
public final class Times {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private Times() {
	}

	public static String clock(Instant instant) {
		return (instant == null) ? "" : CLOCK.format(instant);
	}

	public static String stamp(Instant instant) {
		return (instant == null) ? "" : STAMP.format(instant);
	}

	/** {@code 1 h 05 min}, {@code 12 min 30 s}, {@code 45 s}. */
	public static String duration(Duration duration) {
		long seconds = Math.max(0, duration.toSeconds());
		long hours = seconds / 3600;
		long minutes = (seconds % 3600) / 60;
		long rest = seconds % 60;
		if (hours > 0) {
			return String.format("%d h %02d min", hours, minutes);
		}
		if (minutes > 0) {
			return String.format("%d min %02d s", minutes, rest);
		}
		return rest + " s";
	}

}
