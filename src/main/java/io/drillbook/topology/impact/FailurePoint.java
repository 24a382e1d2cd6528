package io.drillbook.topology.impact;

import java.util.Optional;

import io.drillbook.topology.Coded;

/**
 * The element whose failure an impact analysis supposes.
 *
 * @param type site, cluster, host or component
 * @param key its key
 */
public record FailurePoint(ElementType type, String key) {

	/** Reads {@code type:key}, as the element picker sends it. */
	public static Optional<FailurePoint> parse(String element) {
		int colon = element.indexOf(':');
		if (colon < 1) {
			return Optional.empty();
		}
		return Coded.parse(ElementType.class, element.substring(0, colon))
			.map((type) -> new FailurePoint(type, element.substring(colon + 1)));
	}

}
