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
 * @param admissionControl whether HA admission control keeps enough capacity free to
 * restart the VMs of a failed host
 */
public record Cluster(String key, String name, String site, boolean haEnabled, boolean drsEnabled,
		boolean sharedStorage, Optional<String> managedBy, boolean admissionControl) {

	/** A cluster with HA admission control on, as vSphere sets it up. */
	public Cluster(String key, String name, String site, boolean haEnabled, boolean drsEnabled, boolean sharedStorage,
			Optional<String> managedBy) {
		this(key, name, site, haEnabled, drsEnabled, sharedStorage, managedBy, true);
	}

	public Cluster withManagedBy(Optional<String> managedBy) {
		return new Cluster(this.key, this.name, this.site, this.haEnabled, this.drsEnabled, this.sharedStorage,
				managedBy, this.admissionControl);
	}

}
