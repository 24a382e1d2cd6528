package io.drillbook.identity;

/**
 * What a person may do in Drillbook; a person can hold several roles.
 */
public enum Role {

	/** Manages user accounts and roles. */
	ADMIN("Administrator", "Manages user accounts and their roles."),

	/** Plans topology, protection strategies and runbooks. */
	ARCHITECT("Architect", "Describes environments, chooses protection strategies and publishes runbooks."),

	/** Executes runbooks in drills and real failovers. */
	OPERATOR("Operator", "Executes runbooks during drills and real failovers, step by step."),

	/** Reads everything, changes nothing, exports evidence. */
	AUDITOR("Auditor", "Reviews the history of drills and exports evidence; changes nothing.");

	private final String title;

	private final String duty;

	Role(String title, String duty) {
		this.title = title;
		this.duty = duty;
	}

	public String title() {
		return this.title;
	}

	public String duty() {
		return this.duty;
	}

	/** The authority Spring Security checks for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
