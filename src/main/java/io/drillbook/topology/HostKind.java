package io.drillbook.topology;

/**
 * A hypervisor host runs VMs, usually in a cluster; a physical server runs software
 * directly.
 */
public enum HostKind implements Coded {

	HYPERVISOR("hypervisor"), PHYSICAL("physical");

	private final String code;

	HostKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
