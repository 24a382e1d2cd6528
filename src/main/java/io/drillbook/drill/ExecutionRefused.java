package io.drillbook.drill;

/**
 * An action on an execution that the rules do not allow, with a message that names the
 * field or says what to do instead.
 */
public class ExecutionRefused extends RuntimeException {

	private final boolean conflict;

	ExecutionRefused(String message) {
		this(message, false);
	}

	ExecutionRefused(String message, boolean conflict) {
		super(message);
		this.conflict = conflict;
	}

	/** Whether someone else's action came first, rather than the action being wrong. */
	public boolean isConflict() {
		return this.conflict;
	}

}
