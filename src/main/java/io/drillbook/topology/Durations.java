package io.drillbook.topology;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes objectives the way architects write them: {@code 15m}, {@code 4h},
 * {@code 2d}, or ISO-8601 such as {@code PT4H}.
 */
public final class Durations {

	private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*(m|min|h|d)");

	private Durations() {
	}

	public static Optional<Duration> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = text.trim();
		Matcher matcher = SHORT.matcher(value);
		if (matcher.matches()) {
			long amount = Long.parseLong(matcher.group(1));
			return Optional.of(switch (matcher.group(2)) {
				case "d" -> Duration.ofDays(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofMinutes(amount);
			});
		}
		try {
			return Optional.of(Duration.parse(value));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** For sentences: {@code 14 d}, {@code 4 h}, {@code 30 min}. */
	public static String words(Duration duration) {
		if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
			return duration.toDays() + " d";
		}
		if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
			return duration.toHours() + " h";
		}
		return duration.toMinutes() + " min";
	}

	public static String format(Duration duration) {
		if (!duration.isZero() && duration.equals(Duration.ofDays(duration.toDays()))) {
			return duration.toDays() + "d";
		}
		if (!duration.isZero() && duration.equals(Duration.ofHours(duration.toHours()))) {
			return duration.toHours() + "h";
		}
		if (duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
			return duration.toMinutes() + "m";
		}
		return duration.toString();
	}

}
