package io.drillbook.runbook;

import io.drillbook.topology.EnvironmentKey;

import java.util.List;
import java.util.Optional;

/**
 * How other modules read published runbooks: only published versions are followed in
 * drills and failovers.
 */
public interface RunbookCatalog {

	/** A published version by its id. */
	Optional<PublishedRunbook> published(long versionId);

	/**
	 * The newest published version of every runbook the plan still calls for, in recovery
	 * order.
	 */
	List<PublishedRunbook> current(EnvironmentKey environment);

	/** The roles runbook steps are assigned to. */
	List<Procedures.RunbookRole> roles();

}
