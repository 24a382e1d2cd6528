package io.drillbook.topology;

import java.util.List;
import java.util.Optional;

/**
 * How other modules read environments.
 */
public interface EnvironmentCatalog {

	/** Every environment's name and size, without loading topologies. */
	List<EnvironmentSummary> summaries();

	/** One environment, when it exists. */
	Optional<EnvironmentSnapshot> find(EnvironmentKey key);

}
