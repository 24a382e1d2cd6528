package io.drillbook.topology;

/**
 * Someone else changed the environment after this edit was started; saving it would
 * silently undo their work.
 */
public class StaleEdit extends RuntimeException {

	public StaleEdit(String environment) {
		super("Someone else changed " + environment + " while you were editing. Reload to see their change, "
				+ "then make yours again.");
	}

}
