package io.drillbook.topology.impact;

import io.drillbook.topology.Coded;

/**
 * The kinds of element in a topology that can fail.
 */
public enum ElementType implements Coded {

	SITE("site"), CLUSTER("cluster"), HOST("host"), COMPONENT("component");

	private final String code;

	ElementType(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
