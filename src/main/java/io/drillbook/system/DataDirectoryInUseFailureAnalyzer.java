package io.drillbook.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says, instead of a stack trace, why the portal did not start when another Drillbook
 * already runs on the same embedded data directory, and what to do.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryLock.DataDirectoryInUse> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryLock.DataDirectoryInUse cause) {
		return new FailureAnalysis(cause.getMessage() + ". Two servers on the same files would corrupt them.",
				"Stop the other Drillbook first, or give this one a directory of its own with "
						+ "--drillbook.embedded-postgres.data-directory=<path> "
						+ "(DRILLBOOK_EMBEDDEDPOSTGRES_DATADIRECTORY).",
				cause);
	}

}
