package io.drillbook.topology;

/**
 * What a component is; capabilities are features of the hypervisor clusters (VMotion,
 * DRS, HA) that depend on other components like any application does.
 */
public enum ComponentKind implements Coded {

	MANAGEMENT_SERVER("management-server", "Management server"), LICENSE_SERVER("license-server", "License server"),
	WEB_ACCESS("web-access", "Web access"), DATABASE("database", "Database"), APPLICATION("application", "Application"),
	CAPABILITY("capability", "Capability");

	private final String code;

	private final String title;

	ComponentKind(String code, String title) {
		this.code = code;
		this.title = title;
	}

	@Override
	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

}
