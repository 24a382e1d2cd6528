package io.drillbook.runbook;

/**
 * An edit or publication that cannot be made, with a message for the architect that names
 * the field at fault.
 */
public class RunbookEditRefused extends RuntimeException {

	public RunbookEditRefused(String message) {
		super(message);
	}

}
