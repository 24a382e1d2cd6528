package io.drillbook.drill;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.drillbook.system.Refusal;

/**
 * The start page's form. Its fields carry the names the rules use when they refuse one
 * ({@code target}, {@code outageDeclaredAt}, {@code participants}), so that a refusal is
 * shown beside its field; everything arrives as text, so that the form comes back as it
 * was typed.
 *
 * @param environment the environment whose runbooks are offered
 * @param runbook the id of the published version to follow
 * @param kind drill or real failover
 * @param scope what fails
 * @param target which one
 * @param scenario the scenario in words
 * @param outageDeclaredAt when the outage was declared, UTC, as the date-time field sends
 * it; empty for now
 * @param participants the rows of participants, blank ones included
 */
record StartForm(String environment, String runbook, String kind, String scope, String target, String scenario,
		String outageDeclaredAt, List<Participation> participants) {

	static final int ROWS = 4;

	StartForm {
		environment = (environment == null) ? "" : environment;
		List<Participation> rows = new ArrayList<>((participants != null) ? participants : List.of());
		while (rows.size() < ROWS) {
			rows.add(new Participation("", "observer"));
		}
		participants = rows;
	}

	static StartForm of(String environment) {
		return new StartForm(environment, "", ExecutionKind.DRILL.name(), FailureScope.values()[0].name(), "", "", "",
				List.of());
	}

	/**
	 * What cannot even be read: a choice that is none of the options, a time that is no
	 * time.
	 */
	List<Refusal> unreadable() {
		List<Refusal> problems = new ArrayList<>();
		if (runbookId().isEmpty()) {
			problems.add(Refusal.invalid("runbook", "choose a published runbook version."));
		}
		if (FormChoice.of(ExecutionKind.class, this.kind).isEmpty()) {
			problems.add(Refusal.invalid("kind", "choose drill or real failover."));
		}
		if (FormChoice.of(FailureScope.class, this.scope).isEmpty()) {
			problems
				.add(Refusal.invalid("scope", "say what fails: a host, the management server, a component or a site."));
		}
		if (!blank(this.outageDeclaredAt) && declared().isEmpty()) {
			problems.add(Refusal.invalid("outageDeclaredAt", "a date and time such as 2026-11-25T03:10."));
		}
		return problems;
	}

	/** The request, once {@link #unreadable()} found nothing. */
	StartRequest request() {
		Map<String, String> chosen = new LinkedHashMap<>();
		for (Participation row : this.participants) {
			if (!blank(row.username())) {
				chosen.put(row.username(), blank(row.role()) ? "observer" : row.role());
			}
		}
		return new StartRequest(runbookId().orElseThrow(), FormChoice.of(ExecutionKind.class, this.kind).orElseThrow(),
				FormChoice.of(FailureScope.class, this.scope).orElseThrow(), this.target, this.scenario, declared(),
				chosen);
	}

	private Optional<Long> runbookId() {
		try {
			return Optional.of(Long.parseLong(String.valueOf(this.runbook).strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	// The field sends the browser's local date and time without a zone; the page says it
	// is UTC.
	private Optional<Instant> declared() {
		try {
			return blank(this.outageDeclaredAt) ? Optional.empty()
					: Optional.of(LocalDateTime.parse(this.outageDeclaredAt.strip()).toInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * One row of participants.
	 *
	 * @param username who, or empty for nobody
	 * @param role their role in the runbook, or observer
	 */
	record Participation(String username, String role) {

	}

}
