package io.drillbook.drill;

/**
 * Which failure an execution simulates, or answers.
 */
enum FailureScope {

	HOST("A host"), MANAGEMENT_SERVER("The management server"), COMPONENT("A component"), SITE("A whole site");

	private final String title;

	FailureScope(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
