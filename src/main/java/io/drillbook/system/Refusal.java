package io.drillbook.system;

/**
 * Why Drillbook does not do what was asked, in one shape for every module: what kind of
 * refusal it is, the field it concerns (empty when it concerns the request as a whole)
 * and a message that says what to do instead. The API answers it as a problem document
 * with the status of its kind; pages show it beside its field.
 *
 * @param kind what kind of refusal it is
 * @param field the field it concerns, as the form or request names it; empty for none
 * @param message what is wrong and what to do, without the field's name
 */
public record Refusal(Kind kind, String field, String message) {

	public Refusal {
		field = (field == null) ? "" : field;
	}

	/** Kinds of refusal, each answered with its own HTTP status. */
	public enum Kind {

		/** The input breaks a rule: 422. */
		INVALID(422),
		/** What the request names does not exist: 404. */
		MISSING(404),
		/** Someone else's change came first, or the state no longer allows it: 409. */
		CONFLICT(409),
		/** The person may not do this: 403. */
		FORBIDDEN(403);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return this.status;
		}

	}

	public static Refusal invalid(String field, String message) {
		return new Refusal(Kind.INVALID, field, message);
	}

	public static Refusal missing(String message) {
		return new Refusal(Kind.MISSING, "", message);
	}

	public static Refusal conflict(String message) {
		return new Refusal(Kind.CONFLICT, "", message);
	}

	public static Refusal forbidden(String message) {
		return new Refusal(Kind.FORBIDDEN, "", message);
	}

	/** The same refusal about a field inside another, such as {@code findings[2]}. */
	public Refusal within(String parent) {
		return new Refusal(this.kind, this.field.isEmpty() ? parent : parent + "." + this.field, this.message);
	}

	/** The refusal as one line: the field's name, if any, then the message. */
	public String text() {
		return this.field.isEmpty() ? this.message : this.field + ": " + this.message;
	}

	/** To be thrown where a decision cannot be returned. */
	public Refused refused() {
		return new Refused(this);
	}

}
