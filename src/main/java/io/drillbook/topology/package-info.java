/**
 * Environments as architects describe them: sites, clusters, hosts, VMs and components
 * with their dependencies, their change history, imports (environment files, RVTools) and
 * the impact analysis of a failure. Uses no other module.
 */
@ApplicationModule(displayName = "Topology", allowedDependencies = {})
package io.drillbook.topology;

import org.springframework.modulith.ApplicationModule;
