/**
 * What auditors review: the append-only, hash-chained and sealed audit log fed by every
 * module's events, the history of executions against their recovery-time targets, the
 * compliance board and evidence packs. Reads from every domain module, and no module uses
 * it.
 */
@ApplicationModule(displayName = "Audit",
		allowedDependencies = { "topology", "strategy", "runbook", "drill", "identity", "system" })
package io.drillbook.audit;

import org.springframework.modulith.ApplicationModule;
