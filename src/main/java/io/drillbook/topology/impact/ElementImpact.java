package io.drillbook.topology.impact;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.drillbook.topology.ComponentKind;

/**
 * What a supposed failure does to one element, and why.
 *
 * @param type host or component
 * @param key the element's key
 * @param name the element's name
 * @param componentKind for a component, its kind
 * @param outcome what happens to it
 * @param after for a failure after a grace period, how long it keeps working
 * @param deadline for a failure after a grace period, the moment it stops
 * @param path the chain of elements from the failure to this one, by name
 * @param reason the explanation in words
 */
public record ElementImpact(ElementType type, String key, String name, Optional<ComponentKind> componentKind,
		ImpactOutcome outcome, Optional<Duration> after, Optional<Instant> deadline, List<String> path, String reason) {

	public ElementImpact {
		path = List.copyOf(path);
	}

}
