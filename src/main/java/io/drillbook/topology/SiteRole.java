package io.drillbook.topology;

/**
 * Whether a site runs the services normally or takes over when the primary is lost.
 */
public enum SiteRole implements Coded {

	PRIMARY("primary"), RECOVERY("recovery");

	private final String code;

	SiteRole(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
