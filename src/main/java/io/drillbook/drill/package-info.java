/**
 * Drills and real failovers as they happen: executions of published runbooks, every step
 * action, note and evidence file written at once, closing, findings, four-eyes sign-off
 * and corrections. Uses the runbooks it follows, the topology and strategy they come
 * from, the people of identity and the shared text checks of system.
 */
@ApplicationModule(displayName = "Drill",
		allowedDependencies = { "topology", "strategy", "runbook", "identity", "system" })
package io.drillbook.drill;

import org.springframework.modulith.ApplicationModule;
