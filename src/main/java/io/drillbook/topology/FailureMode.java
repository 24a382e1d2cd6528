package io.drillbook.topology;

/**
 * A failure a component may have to survive; protection strategies differ in which of
 * these they cover.
 */
public enum FailureMode implements Coded {

	HOST_FAILURE("host-failure"), OS_FAILURE("os-failure"), APPLICATION_FAILURE("application-failure"),
	SITE_FAILURE("site-failure");

	private final String code;

	FailureMode(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
