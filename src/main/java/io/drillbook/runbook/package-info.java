/**
 * Runbooks written from the plan for each unit and failure, their drafts, edits,
 * published versions, exports and the findings drills report on their steps. Uses the
 * topology, the strategy and the shared text checks of system.
 */
@ApplicationModule(displayName = "Runbook", allowedDependencies = { "topology", "strategy", "system" })
package io.drillbook.runbook;

import org.springframework.modulith.ApplicationModule;
