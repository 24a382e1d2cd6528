package io.drillbook.drill;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.drillbook.system.Refusal;

/**
 * The close form of an execution page: the outcome, a summary and up to three findings,
 * each a row whose fields are named {@code findings[0].dueOn} and so on, the names the
 * rules use when they refuse one. Everything arrives as text, so that a form with a wrong
 * date is still shown again as it was typed, with the problem beside the field.
 *
 * @param outcome how it went, as the radio buttons send it
 * @param summary what happened, in a few words
 * @param findings the rows of findings, blank ones included
 */
record CloseForm(String outcome, String summary, List<Row> findings) {

	static final int ROWS = 3;

	CloseForm {
		List<Row> rows = new ArrayList<>((findings != null) ? findings : List.of());
		while (rows.size() < ROWS) {
			rows.add(new Row("", "", "", "", ""));
		}
		findings = rows;
	}

	static CloseForm empty() {
		return new CloseForm("", "", List.of());
	}

	/** What cannot even be read: an outcome not chosen, a due date that is no date. */
	List<Refusal> unreadable() {
		List<Refusal> problems = new ArrayList<>();
		if (chosen().isEmpty()) {
			problems.add(Refusal.invalid("outcome", "choose success, partial or failed."));
		}
		for (int i = 0; i < this.findings.size(); i++) {
			Row row = this.findings.get(i);
			if (!row.blank() && row.due().isEmpty()) {
				problems.add(Refusal.invalid("findings[" + i + "].dueOn", "a date such as 2026-12-31."));
			}
		}
		return problems;
	}

	Optional<Outcome> chosen() {
		return FormChoice.of(Outcome.class, this.outcome);
	}

	/**
	 * The findings written in, each named by its row, which blank rows before it do not
	 * shift.
	 */
	List<NewFinding> written() {
		List<NewFinding> written = new ArrayList<>();
		for (int i = 0; i < this.findings.size(); i++) {
			Row row = this.findings.get(i);
			if (!row.blank()) {
				written.add(new NewFinding("findings[" + i + "]", row.step(), row.description(), row.action(),
						row.owner(), row.due().orElse(null)));
			}
		}
		return written;
	}

	/**
	 * One finding as the form sends it.
	 *
	 * @param step the step it concerns; empty for the execution as a whole
	 * @param description what went wrong
	 * @param action the follow-up action
	 * @param owner who does it
	 * @param dueOn by when, as the date field sends it
	 */
	record Row(String step, String description, String action, String owner, String dueOn) {

		boolean blank() {
			return this.description == null || this.description.isBlank();
		}

		Optional<LocalDate> due() {
			try {
				return Optional.of(LocalDate.parse(String.valueOf(this.dueOn).strip()));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		}

	}

}
