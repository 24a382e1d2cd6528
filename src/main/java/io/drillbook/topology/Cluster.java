package io.drillbook.topology;

import java.util.Optional;

/**
 * A cluster of hypervisor hosts at one site.
 *
 * @param key the cluster's key, unique in its environment
 * @param name a readable name
 * @param site the key of the site it stands at
 * @param haEnabled whether hypervisor HA restarts VMs of a failed host
 * @param drsEnabled whether DRS balances VMs across the hosts
 * @param sharedStorage whether every host sees the same storage, which HA needs
 * @param managedBy the management-server component that manages it, if any
 */
public record Cluster(String key, String name, String site, boolean haEnabled, boolean drsEnabled,
		boolean sharedStorage, Optional<String> managedBy) {

}
