package io.drillbook.topology;

/**
 * The kinds of element in a topology that can fail.
 */
enum ElementType implements Coded {

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
