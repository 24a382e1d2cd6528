package io.drillbook.audit;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.drillbook.drill.DrillActivity;
import io.drillbook.identity.AccountActivity;
import io.drillbook.runbook.RunbookBundleExported;
import io.drillbook.runbook.RunbookEdited;
import io.drillbook.runbook.RunbookExported;
import io.drillbook.runbook.RunbookFindingReported;
import io.drillbook.runbook.RunbookPublished;
import io.drillbook.strategy.PolicyChanged;
import io.drillbook.strategy.RecoveryMeasured;
import io.drillbook.strategy.StrategyOverridden;
import io.drillbook.topology.ElementChange;
import io.drillbook.topology.EnvironmentExported;
import io.drillbook.topology.TopologyChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns every event the modules publish into an audit entry, in the transaction of the
 * change: a change that is not audited is not made.
 */
@Component
class AuditTrail {

	private final AuditLog log;

	AuditTrail(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AccountActivity event) {
		this.log.append(new AuditRecord(event.at(), event.by(), "ACCOUNT_" + event.activity().name(), "account",
				event.username(), null, null, null, event.detail()));
	}

	@EventListener
	void on(TopologyChanged event) {
		Map<String, Long> counts = new TreeMap<>(event.changes()
			.stream()
			.collect(Collectors.groupingBy((c) -> c.action().name().toLowerCase(Locale.ROOT), Collectors.counting())));
		String elements = event.changes()
			.stream()
			.limit(20)
			.map((c) -> c.type() + " " + c.key() + " " + c.action().name().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining("; "));
		String before = (event.changes().size() == 1) ? value(event.changes().get(0), true) : null;
		String after = (event.changes().size() == 1) ? value(event.changes().get(0), false) : null;
		this.log.append(new AuditRecord(event.changedAt(), event.changedBy(),
				event.fingerprint().isEmpty() ? "ENVIRONMENT_REMOVED" : "TOPOLOGY_CHANGED", "environment",
				event.environment(), event.environment(), before, after,
				"revision " + event.revision() + ", fingerprint " + event.fingerprint() + ", " + counts
						+ (elements.isEmpty() ? "" : ": " + elements)
						+ (event.changes().size() > 20 ? " and " + (event.changes().size() - 20) + " more" : "")));
	}

	@EventListener
	void on(PolicyChanged event) {
		this.log.append(new AuditRecord(event.changedAt(), event.changedBy(), "POLICY_CHANGED", "policy",
				"version " + event.version(), null, "version " + (event.version() - 1), "version " + event.version(),
				event.note()));
	}

	@EventListener
	void on(StrategyOverridden event) {
		this.log.append(new AuditRecord(event.at(), event.by(),
				event.strategy().isPresent() ? "STRATEGY_OVERRIDDEN" : "OVERRIDE_WITHDRAWN", "unit",
				event.unit() + "/" + event.layer().name(), event.environment(), null,
				event.strategy().map(Enum::name).orElse(null), event.justification()));
	}

	@EventListener
	void on(RecoveryMeasured event) {
		this.log.append(new AuditRecord(event.measuredAt(), "drillbook", "RECOVERY_MEASURED", "execution",
				String.valueOf(event.execution()), event.environment(), null, event.recoveryMinutes() + " min",
				event.strategy().name() + " for " + event.unit() + ", tier " + event.tier() + ", RTO "
						+ event.rtoMinutes() + " min"));
	}

	@EventListener
	void on(RunbookPublished event) {
		this.log.append(new AuditRecord(event.publishedAt(), event.publishedBy(), "RUNBOOK_PUBLISHED", "runbook",
				event.runbook() + " v" + event.number(), event.environment(), null, event.sha256(), ""));
	}

	@EventListener
	void on(RunbookBundleExported event) {
		this.log.append(new AuditRecord(event.exportedAt(), event.exportedBy(), "RUNBOOK_BUNDLE_EXPORTED", "bundle",
				event.sha256(), event.environment(), null, null, String.join(", ", event.versions())));
	}

	@EventListener
	void on(RunbookFindingReported event) {
		this.log.append(new AuditRecord(event.reportedAt(), "drillbook", "RUNBOOK_FINDING_REPORTED", "runbook",
				event.runbook() + " v" + event.number(), event.environment(), null, null, "step " + event.stepKey()
						+ " " + event.stepOutcome() + " in execution " + event.execution() + ": " + event.finding()));
	}

	@EventListener
	void on(DrillActivity event) {
		this.log.append(new AuditRecord(event.at(), event.by(), "DRILL_" + event.activity().name(), "execution",
				String.valueOf(event.execution()), event.environment(), null, null,
				event.subject() + (event.detail().isEmpty() ? "" : ": " + event.detail())));
	}

	@EventListener
	void on(EnvironmentExported event) {
		this.log.append(new AuditRecord(event.at(), event.by(), "ENVIRONMENT_EXPORTED", "environment",
				event.environment(), event.environment(), null, event.fingerprint(), event.notation()));
	}

	@EventListener
	void on(RunbookEdited event) {
		this.log.append(new AuditRecord(event.at(), event.by(), "RUNBOOK_EDITED", "runbook", event.runbook(),
				event.environment(), event.before(), event.after(), ""));
	}

	@EventListener
	void on(RunbookExported event) {
		this.log.append(new AuditRecord(event.at(), event.by(), "RUNBOOK_EXPORTED", "runbook",
				event.runbook() + " v" + event.number(), event.environment(), null, null, event.form()));
	}

	@EventListener
	void on(EvidencePackExported event) {
		this.log.append(new AuditRecord(event.at(), event.by(), "EVIDENCE_PACK_EXPORTED", "evidence-pack",
				event.sha256(), event.environment(), null, null, event.scope()));
	}

	private static String value(ElementChange change, boolean before) {
		return (before ? change.before() : change.after()).map(String::valueOf).orElse(null);
	}

}
