/**
 * Environments as architects describe them: sites, clusters, hosts, VMs and components
 * with their dependencies, their change history, imports (environment files, RVTools) and
 * the impact analysis of a failure. Uses only the shared helpers of system.
 */
@ApplicationModule(displayName = "Topology", allowedDependencies = "system")
package io.drillbook.topology;

import org.springframework.modulith.ApplicationModule;
