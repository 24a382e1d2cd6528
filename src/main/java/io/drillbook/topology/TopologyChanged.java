package io.drillbook.topology;

import java.time.Instant;
import java.util.List;

/**
 * Published whenever an environment's topology is created, changed or removed; the
 * fingerprint tells later modules whether what they derived from it is stale.
 *
 * @param environment the environment's key
 * @param fingerprint the new content fingerprint; empty when the environment was removed
 * @param revision the environment's revision after the change
 * @param changedBy who made the change
 * @param changedAt when, by the server's clock
 * @param changes the elements created, changed or removed
 */
public record TopologyChanged(String environment, String fingerprint, long revision, String changedBy,
		Instant changedAt, List<ElementChange> changes) {

	public TopologyChanged {
		changes = List.copyOf(changes);
	}

}
