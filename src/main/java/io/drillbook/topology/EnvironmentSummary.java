package io.drillbook.topology;

import java.time.Instant;

/**
 * An environment in a list: no topology, only what identifies it.
 *
 * @param key key
 * @param name name
 * @param description description
 * @param updatedAt last change
 * @param updatedBy who made it
 * @param components how many components it has
 */
public record EnvironmentSummary(String key, String name, String description, Instant updatedAt, String updatedBy,
		Integer components) {

}
