package io.drillbook.drill;

/**
 * An action on an execution that the rules do not allow, with a message that names the
 * field or says what to do instead.
 */
class ExecutionRefused extends RuntimeException {

	private final boolean conflict;

	private final boolean forbidden;

	ExecutionRefused(String message) {
		this(message, false);
	}

	ExecutionRefused(String message, boolean conflict) {
		this(message, conflict, false);
	}

	private ExecutionRefused(String message, boolean conflict, boolean forbidden) {
		super(message);
		this.conflict = conflict;
		this.forbidden = forbidden;
	}

	/** The person's roles or part in the execution do not allow the action. */
	static ExecutionRefused forbidden(String message) {
		return new ExecutionRefused(message, false, true);
	}

	public boolean isForbidden() {
		return this.forbidden;
	}

	/** Whether someone else's action came first, rather than the action being wrong. */
	public boolean isConflict() {
		return this.conflict;
	}

}
