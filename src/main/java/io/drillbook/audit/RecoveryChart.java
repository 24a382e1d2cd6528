package io.drillbook.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A unit's measured recovery times over time against its RTO, as a small SVG drawn on the
 * server with presentation attributes only.
 */
final class RecoveryChart {

	private static final int WIDTH = 220;

	private static final int HEIGHT = 48;

	private RecoveryChart() {
	}

	static String svg(List<ComplianceBoard.Point> points, long rtoMinutes) {
		StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">",
				WIDTH, HEIGHT, WIDTH, HEIGHT));
		long max = Math.max(rtoMinutes, points.stream().mapToLong(ComplianceBoard.Point::minutes).max().orElse(0));
		double scale = (HEIGHT - 8) / (double) Math.max(1, max);
		long met = points.stream().filter((p) -> p.minutes() <= rtoMinutes).count();
		svg.append("<title>")
			.append(points.isEmpty() ? "No recovery measured yet"
					: points.size() + " recoveries measured, " + met + " within the RTO of " + rtoMinutes + " min")
			.append("</title>");
		double rtoY = HEIGHT - 4 - rtoMinutes * scale;
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dc3545\" stroke-dasharray=\"3 2\"/>", rtoY,
				WIDTH, rtoY));
		double step = (points.size() > 1) ? (WIDTH - 10) / (double) (points.size() - 1) : 0;
		for (int i = 0; i < points.size(); i++) {
			ComplianceBoard.Point p = points.get(i);
			double x = 5 + i * step;
			double y = HEIGHT - 4 - p.minutes() * scale;
			boolean within = p.minutes() <= rtoMinutes;
			svg.append(String.format(Locale.ROOT,
					"<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s: %d min, %s</title></circle>", x, y,
					within ? "#198754" : "#dc3545",
					DateTimeFormatter.ISO_LOCAL_DATE.format(p.at().atOffset(ZoneOffset.UTC)), p.minutes(),
					within ? "met" : "missed"));
		}
		return svg.append("</svg>").toString();
	}

}
