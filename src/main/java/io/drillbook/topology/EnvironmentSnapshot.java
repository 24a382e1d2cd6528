package io.drillbook.topology;

import java.time.Instant;

/**
 * An environment as other modules see it: its topology at one revision.
 *
 * @param key the environment's key
 * @param name its name
 * @param description free text
 * @param topology the topology
 * @param fingerprint SHA-256 of the topology's canonical form
 * @param revision increases with every change
 * @param updatedAt when it last changed
 * @param updatedBy who changed it last
 */
public record EnvironmentSnapshot(EnvironmentKey key, String name, String description, Topology topology,
		String fingerprint, long revision, Instant updatedAt, String updatedBy) {

}
