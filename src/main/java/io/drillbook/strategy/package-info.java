/**
 * The protection strategy of each component, chosen by explainable rules from the
 * topology and the policy (RTO and RPO per tier), overrides with their reasons,
 * protection plans and the recovery times drills measured. Uses the topology and the
 * shared helpers of system.
 */
@ApplicationModule(displayName = "Strategy", allowedDependencies = { "topology", "topology :: impact", "system" })
package io.drillbook.strategy;

import org.springframework.modulith.ApplicationModule;
