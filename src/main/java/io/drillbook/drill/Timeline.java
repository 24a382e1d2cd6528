package io.drillbook.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The Gantt chart of an execution as SVG, drawn on the server: one bar per step from its
 * start to its end, the declared outage, the return of service and the RTO deadline. The
 * SVG uses presentation attributes only, so that the pages' Content-Security-Policy
 * holds.
 */
final class Timeline {

	private static final int LABEL = 150;

	private static final int WIDTH = 760;

	private static final int ROW = 22;

	private static final int TOP = 40;

	private Timeline() {
	}

	// Kept whole: one SVG written top to bottom, each part placed on the scale worked out
	// at its start.
	static String svg(Execution execution, Instant now) {
		List<StepRecord> steps = execution.getSteps();
		Instant start = execution.getOutageDeclaredAt();
		Instant deadline = start.plus(execution.rto());
		Instant end = latest(execution, now);
		if (end.isBefore(deadline)) {
			end = deadline;
		}
		double span = Math.max(60, Duration.between(start, end).toSeconds());
		double scale = (WIDTH - LABEL - 10) / span;
		int height = TOP + steps.size() * ROW + 20;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" "
						+ "aria-labelledby=\"timeline-title\" font-family=\"sans-serif\" font-size=\"11\">",
				WIDTH, height));
		svg.append("<title id=\"timeline-title\">Timeline of the execution: ")
			.append(steps.stream().filter((s) -> s.getState().finished()).count())
			.append(" of ")
			.append(steps.size())
			.append(" steps finished</title>");
		marker(svg, x(start, start, scale), height, "#6c757d", "outage " + Times.clock(start), 0);
		marker(svg, x(start, deadline, scale), height, "#dc3545", "RTO " + Times.clock(deadline), 1);
		execution.recoveredAt()
			.ifPresent(
					(at) -> marker(svg, x(start, at, scale), height, "#198754", "service back " + Times.clock(at), 2));
		int y = TOP;
		for (StepRecord step : steps) {
			svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" fill=\"#212529\">%s</text>", y + 14,
					escape(step.getPosition() + ". " + abbreviate(step.getInstruction(), 24))));
			Instant from = (step.getStartedAt() != null) ? step.getStartedAt() : step.getFinishedAt();
			if (from != null) {
				Instant to = (step.getFinishedAt() != null) ? step.getFinishedAt() : now;
				double x1 = x(start, from, scale);
				double width = Math.max(3, x(start, to, scale) - x1);
				svg.append(String.format(Locale.ROOT,
						"<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" rx=\"2\" fill=\"%s\"><title>%s</title></rect>",
						x1, y + 3, width, colour(step), escape(describe(step))));
			}
			y += ROW;
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static Instant latest(Execution execution, Instant now) {
		Instant latest = execution.getOutageDeclaredAt();
		for (StepRecord step : execution.getSteps()) {
			for (Instant at : new Instant[] { step.getStartedAt(), step.getFinishedAt() }) {
				if (at != null && at.isAfter(latest)) {
					latest = at;
				}
			}
		}
		return execution.isRunning() && now.isAfter(latest) ? now : latest;
	}

	private static double x(Instant start, Instant at, double scale) {
		return LABEL + Math.max(0, Duration.between(start, at).toSeconds()) * scale;
	}

	private static void marker(StringBuilder svg, double x, int height, String colour, String label, int row) {
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>", x,
				TOP - 4, x, height - 8, colour));
		svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"%s\" text-anchor=\"middle\">%s</text>",
				Math.min(Math.max(x, LABEL + 40), WIDTH - 60), 10 + row * 11, colour, escape(label)));
	}

	private static String colour(StepRecord step) {
		return switch (step.getState()) {
			case DONE -> step.overran() ? "#fd7e14" : "#198754";
			case RUNNING -> "#0d6efd";
			case SKIPPED -> "#adb5bd";
			case FAILED -> "#dc3545";
			case PENDING -> "#dee2e6";
		};
	}

	private static String describe(StepRecord step) {
		String took = step.duration().map(Times::duration).orElse("");
		return "Step " + step.getPosition() + ", " + step.getState().name().toLowerCase(Locale.ROOT)
				+ (took.isEmpty() ? "" : ", took " + took) + ", expected " + step.getExpectedMinutes() + " min";
	}

	private static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
