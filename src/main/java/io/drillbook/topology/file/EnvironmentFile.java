package io.drillbook.topology.file;

import java.util.List;
import java.util.Map;

/**
 * The documented file format of an environment, in YAML or JSON (see
 * {@code docs/environment-format.md}). Every value is kept as written so that mistakes
 * are reported by field rather than rejected by the parser.
 *
 * @param format the format version, {@value #FORMAT}
 * @param environment key, name and description
 * @param sites the sites
 * @param clusters the clusters
 * @param hosts the hosts
 * @param components the components
 * @param dependencies the dependencies
 * @param failoverClusters the guest failover clusters; absent rather than empty when
 * there are none, so that files written before they could be declared keep their bytes
 */
public record EnvironmentFile(String format, Header environment, List<SiteEntry> sites, List<ClusterEntry> clusters,
		List<HostEntry> hosts, List<ComponentEntry> components, List<DependencyEntry> dependencies,
		List<FailoverClusterEntry> failoverClusters) {

	/** The format this version of Drillbook writes and reads. */
	public static final String FORMAT = "drillbook-environment/1";

	public EnvironmentFile {
		sites = (sites != null) ? sites : List.of();
		clusters = (clusters != null) ? clusters : List.of();
		hosts = (hosts != null) ? hosts : List.of();
		components = (components != null) ? components : List.of();
		dependencies = (dependencies != null) ? dependencies : List.of();
		failoverClusters = (failoverClusters != null && !failoverClusters.isEmpty()) ? failoverClusters : null;
	}

	/** The failover clusters, none when the file declares none. */
	public List<FailoverClusterEntry> failoverClusterEntries() {
		return (this.failoverClusters != null) ? this.failoverClusters : List.of();
	}

	/**
	 * What the environment is called.
	 *
	 * @param key its key in URLs and the API
	 * @param name a readable name
	 * @param description free text
	 */
	public record Header(String key, String name, String description) {

	}

	/**
	 * A site as written in a file.
	 *
	 * @param key key
	 * @param name name
	 * @param role primary or recovery
	 */
	public record SiteEntry(String key, String name, String role) {

	}

	/**
	 * A cluster as written in a file.
	 *
	 * @param key key
	 * @param name name
	 * @param site site key
	 * @param ha HA enabled
	 * @param drs DRS enabled
	 * @param sharedStorage storage shared by all hosts
	 * @param managedBy management-server component key
	 * @param admissionControl HA admission control; absent means on
	 */
	public record ClusterEntry(String key, String name, String site, Boolean ha, Boolean drs, Boolean sharedStorage,
			String managedBy, Boolean admissionControl) {

	}

	/**
	 * A host as written in a file.
	 *
	 * @param key key
	 * @param name name
	 * @param site site key
	 * @param cluster cluster key, for a hypervisor in a cluster
	 * @param kind hypervisor or physical
	 */
	public record HostEntry(String key, String name, String site, String cluster, String kind) {

	}

	/**
	 * A placement as written in a file.
	 *
	 * @param kind vm, physical or cluster
	 * @param cluster the cluster, for vm and cluster
	 * @param host the host: required for physical, optional for vm
	 */
	public record PlacementEntry(String kind, String cluster, String host) {

	}

	/**
	 * A component as written in a file.
	 *
	 * @param key key
	 * @param name name
	 * @param kind kind code
	 * @param product product
	 * @param version version
	 * @param patchLevel patch level
	 * @param placement placement
	 * @param colocatedWith keys of co-located components
	 * @param tier tier 1 to 4
	 * @param rto recovery-time objective, such as {@code 4h}
	 * @param rpo recovery-point objective, such as {@code 15m}
	 * @param mustSurvive failure codes
	 * @param stateFiles state files
	 * @param standbyCanTakeOverIp whether a standby can take over the IP address
	 * @param standbyHost the key of the host set aside for a standby
	 * @param vm what vSphere is set to do for the VM; absent when nothing is known
	 * @param objectivesPending true while tier, RTO, RPO and failures to survive are the
	 * defaults an inventory import gave; absent once someone decided them
	 */
	public record ComponentEntry(String key, String name, String kind, String product, String version,
			String patchLevel, PlacementEntry placement, List<String> colocatedWith, Integer tier, String rto,
			String rpo, List<String> mustSurvive, List<String> stateFiles, Boolean standbyCanTakeOverIp,
			String standbyHost, VmEntry vm, Boolean objectivesPending) {

	}

	/**
	 * A VM's vSphere settings as written in a file.
	 *
	 * @param restartPriority HA restart priority code; absent means the cluster's default
	 * @param faultTolerance whether vSphere Fault Tolerance protects the VM
	 * @param networks port groups
	 * @param drsRules names of the DRS rules the VM is in
	 * @param lastBackup when it was last backed up, ISO-8601 such as
	 * {@code 2026-11-30T02:15:00Z}
	 * @param folder its folder
	 * @param resourcePool its resource pool
	 * @param annotation its notes
	 * @param attributes its custom attributes by name
	 * @param biosUuid its BIOS UUID
	 */
	public record VmEntry(String restartPriority, Boolean faultTolerance, List<String> networks, List<String> drsRules,
			String lastBackup, String folder, String resourcePool, String annotation, Map<String, String> attributes,
			String biosUuid) {

	}

	/**
	 * A dependency as written in a file.
	 *
	 * @param dependent the component that needs the other
	 * @param dependsOn the component it needs
	 * @param graceDays days the dependent keeps working without it; absent for hard
	 */
	public record DependencyEntry(String dependent, String dependsOn, Integer graceDays) {

	}

	/**
	 * A guest failover cluster as written in a file.
	 *
	 * @param key key
	 * @param name name
	 * @param runs keys of the components it runs
	 * @param nodes keys of the hosts its nodes run on
	 * @param quorum majority-node-set or shared-disk
	 * @param witness the witness share of a majority-node-set quorum
	 */
	public record FailoverClusterEntry(String key, String name, List<String> runs, List<String> nodes, String quorum,
			WitnessEntry witness) {

	}

	/**
	 * A witness share as written in a file.
	 *
	 * @param share the share's path
	 * @param site the key of the site it lives at
	 */
	public record WitnessEntry(String share, String site) {

	}

}
