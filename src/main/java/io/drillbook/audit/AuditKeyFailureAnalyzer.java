package io.drillbook.audit;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says, instead of a stack trace, that the audit key given cannot be used.
 */
class AuditKeyFailureAnalyzer extends AbstractFailureAnalyzer<AuditSeal.KeyRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AuditSeal.KeyRefused cause) {
		return new FailureAnalysis("The audit key cannot be used: " + cause.getMessage() + ".",
				"Set DRILLBOOK_AUDIT_KEY to a secret of at least " + AuditSeal.MIN_KEY_LENGTH
						+ " characters kept outside the database, or unset it to run without sealing"
						+ " (docs/configuration.md#audit-key).",
				cause);
	}

}
