package io.drillbook.topology;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an inventory reports of a VM: what vSphere is set to do for it, which the rules
 * read to judge HA and cold standby and the runbooks to reconnect its networks, and how
 * its administrators filed it, which objectives can be assigned by.
 *
 * @param restartPriority the VM's HA restart priority
 * @param faultTolerance whether vSphere Fault Tolerance runs a secondary copy of the VM
 * @param networks the port groups the VM's network adapters connect to
 * @param drsRules the names of the DRS rules (affinity, anti-affinity, VM to host) the VM
 * is in
 * @param lastBackup when the VM was last backed up, as the backup product recorded it on
 * the VM
 * @param folder the VM's folder, such as {@code /Production/Finance}; empty when unknown
 * @param resourcePool the VM's resource pool; empty when unknown
 * @param annotation the VM's notes; empty when none
 * @param attributes the VM's custom attributes that have a value, by name
 * @param biosUuid the VM's BIOS (SMBIOS) UUID, which a CMDB knows the server by; empty
 * when unknown
 */
public record VmFacts(RestartPriority restartPriority, boolean faultTolerance, List<String> networks,
		List<String> drsRules, Optional<Instant> lastBackup, String folder, String resourcePool, String annotation,
		Map<String, String> attributes, String biosUuid) {

	/** What a VM has when nothing is known: HA's defaults, no networks, no backup. */
	public static final VmFacts NONE = new VmFacts(RestartPriority.CLUSTER_DEFAULT, false, List.of(), List.of(),
			Optional.empty());

	public VmFacts {
		networks = List.copyOf(networks);
		drsRules = List.copyOf(drsRules);
		attributes = Map.copyOf(attributes);
	}

	/** What vSphere is set to do, with nothing known of how the VM is filed. */
	public VmFacts(RestartPriority restartPriority, boolean faultTolerance, List<String> networks,
			List<String> drsRules, Optional<Instant> lastBackup) {
		this(restartPriority, faultTolerance, networks, drsRules, lastBackup, "", "", "", Map.of(), "");
	}

	public VmFacts withFiling(String folder, String resourcePool, String annotation, Map<String, String> attributes) {
		return new VmFacts(this.restartPriority, this.faultTolerance, this.networks, this.drsRules, this.lastBackup,
				folder, resourcePool, annotation, attributes, this.biosUuid);
	}

	public VmFacts withBiosUuid(String biosUuid) {
		return new VmFacts(this.restartPriority, this.faultTolerance, this.networks, this.drsRules, this.lastBackup,
				this.folder, this.resourcePool, this.annotation, this.attributes, biosUuid);
	}

	/** The custom attributes in name order, as files and pages show them. */
	public Map<String, String> sortedAttributes() {
		return new TreeMap<>(this.attributes);
	}

	public boolean isNone() {
		return equals(NONE);
	}

}
