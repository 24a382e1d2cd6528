package io.drillbook.drill;

/**
 * How an execution ended.
 */
public enum Outcome {

	SUCCESS("Success"), PARTIAL("Partial"), FAILED("Failed");

	private final String title;

	Outcome(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
