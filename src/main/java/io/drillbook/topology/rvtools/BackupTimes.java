package io.drillbook.topology.rvtools;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time of a VM's last backup from the custom attribute a backup product wrote
 * on it. Products write it in their own words around the time ("Last backup: 11/30/2026
 * 2:15:00 AM, job: Daily"), so the first date and time in the text is taken; one without
 * an offset is taken as UTC.
 */
final class BackupTimes {

	private static final Pattern ISO = Pattern.compile(
			"(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");

	/** Month first as in the United States, unless the first number cannot be a month. */
	private static final Pattern SLASHED = Pattern
		.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?");

	/** Day first, as written in most of Europe. */
	private static final Pattern DOTTED = Pattern
		.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

	/** A date cell of a workbook: days since 1899-12-30, the fraction being the time. */
	private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");

	private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

	private BackupTimes() {
	}

	static Optional<Instant> parse(String text) {
		String value = text.trim();
		try {
			if (SERIAL.matcher(value).matches()) {
				double days = Double.parseDouble(value);
				long seconds = Math.round((days - Math.floor(days)) * 86_400);
				return Optional.of(SERIAL_EPOCH.plusDays((long) days)
					.atStartOfDay()
					.plus(Duration.ofSeconds(seconds))
					.toInstant(ZoneOffset.UTC));
			}
			Matcher iso = ISO.matcher(value);
			if (iso.find()) {
				LocalDateTime time = time(number(iso, 1), number(iso, 2), number(iso, 3), number(iso, 4),
						number(iso, 5), number(iso, 6));
				ZoneOffset offset = (iso.group(7) == null || iso.group(7).equals("Z")) ? ZoneOffset.UTC
						: ZoneOffset.of(iso.group(7).length() == 5
								? iso.group(7).substring(0, 3) + ":" + iso.group(7).substring(3) : iso.group(7));
				return Optional.of(time.toInstant(offset));
			}
			Matcher slashed = SLASHED.matcher(value);
			if (slashed.find()) {
				int first = number(slashed, 1);
				int second = number(slashed, 2);
				int hour = number(slashed, 4);
				String half = slashed.group(7);
				if (half != null) {
					hour = (hour % 12) + (half.equalsIgnoreCase("pm") ? 12 : 0);
				}
				boolean dayFirst = first > 12;
				return Optional.of(time(number(slashed, 3), dayFirst ? second : first, dayFirst ? first : second, hour,
						number(slashed, 5), number(slashed, 6))
					.toInstant(ZoneOffset.UTC));
			}
			Matcher dotted = DOTTED.matcher(value);
			if (dotted.find()) {
				return Optional.of(time(number(dotted, 3), number(dotted, 2), number(dotted, 1), number(dotted, 4),
						number(dotted, 5), number(dotted, 6))
					.toInstant(ZoneOffset.UTC));
			}
		}
		catch (DateTimeException | NumberFormatException ex) {
			// 31/02/2026 and the like: no time can be told.
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static LocalDateTime time(int year, int month, int day, int hour, int minute, int second) {
		return LocalDateTime.of(year, month, day, hour, minute, second);
	}

	private static int number(Matcher matcher, int group) {
		return (matcher.group(group) != null) ? Integer.parseInt(matcher.group(group)) : 0;
	}

}
