package io.drillbook.topology;

import java.util.Objects;

/**
 * The key that names an environment where a page asks a service or one module asks
 * another, so that it cannot be mistaken for the key of a unit, a component or a host.
 * Records and events keep it as text. Whether a key is well formed is a rule of the
 * topology ({@link TopologyRules#KEY}); a key that is not, blank included, names no
 * environment.
 *
 * @param value the key as written, such as {@code virtualcenter}
 */
public record EnvironmentKey(String value) {

	public EnvironmentKey {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
