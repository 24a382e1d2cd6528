package io.drillbook.runbook;

/**
 * An edit or publication that cannot be made, with a message for the architect that names
 * the field at fault, and whether it was refused because someone changed the runbook
 * meanwhile or because what it names does not exist.
 */
class RunbookEditRefused extends RuntimeException {

	/** Why it was refused, so that the API can answer with the matching status. */
	public enum Reason {

		/** What was sent is not a valid edit. */
		INVALID,

		/** The runbook changed since it was read. */
		CONFLICT,

		/** What it names does not exist. */
		MISSING

	}

	private final Reason reason;

	public RunbookEditRefused(String message) {
		this(Reason.INVALID, message);
	}

	public RunbookEditRefused(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
