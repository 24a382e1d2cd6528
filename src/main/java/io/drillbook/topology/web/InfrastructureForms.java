package io.drillbook.topology.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.drillbook.topology.Cluster;
import io.drillbook.topology.Coded;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.FailoverCluster;
import io.drillbook.topology.Host;
import io.drillbook.topology.HostKind;
import io.drillbook.topology.Quorum;
import io.drillbook.topology.Site;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.EnvironmentSnapshot;

/**
 * The forms of the infrastructure and dependency pages, as posted: blank fields arrive
 * empty, and each form makes the element it describes for the topology to judge.
 */
final class InfrastructureForms {

	private InfrastructureForms() {
	}

	/**
	 * A new environment.
	 *
	 * @param key its key, which cannot change later
	 * @param name its name
	 * @param description what it is, optional
	 */
	record NewEnvironmentForm(String key, String name, String description) {

		NewEnvironmentForm {
			key = trimmed(key);
			name = trimmed(name);
			description = trimmed(description);
		}

		static NewEnvironmentForm blank() {
			return new NewEnvironmentForm("", "", "");
		}

	}

	/**
	 * A new name and description for an environment.
	 *
	 * @param revision the topology's revision the architect saw
	 * @param name its name
	 * @param description what it is, optional
	 */
	record DescriptionForm(long revision, String name, String description) {

		DescriptionForm {
			name = trimmed(name);
			description = trimmed(description);
		}

		static DescriptionForm of(EnvironmentSnapshot environment) {
			return new DescriptionForm(environment.revision(), environment.name(), environment.description());
		}

	}

	/**
	 * A site to add or change.
	 *
	 * @param revision the topology's revision the architect saw
	 * @param key the site's key
	 * @param name its name
	 * @param role its role's code; blank for primary
	 */
	record SiteForm(long revision, String key, String name, String role) {

		SiteForm {
			key = trimmed(key);
			name = trimmed(name);
			role = trimmed(role);
		}

		Site toSite() {
			return new Site(this.key, this.name, Coded.parse(SiteRole.class, this.role).orElse(SiteRole.PRIMARY));
		}

	}

	/**
	 * A cluster to add or change.
	 *
	 * @param revision the topology's revision the architect saw
	 * @param key the cluster's key
	 * @param name its name
	 * @param site the key of its site
	 * @param ha whether hypervisor HA is on; an unticked box sends nothing
	 * @param drs whether DRS is on
	 * @param sharedStorage whether its hosts share storage
	 * @param managedBy the key of the management server that manages it; blank for none
	 * @param admissionControl whether HA admission control is on
	 */
	record ClusterForm(long revision, String key, String name, String site, Boolean ha, Boolean drs,
			Boolean sharedStorage, String managedBy, Boolean admissionControl) {

		ClusterForm {
			ha = Boolean.TRUE.equals(ha);
			drs = Boolean.TRUE.equals(drs);
			sharedStorage = Boolean.TRUE.equals(sharedStorage);
			admissionControl = Boolean.TRUE.equals(admissionControl);
			key = trimmed(key);
			name = trimmed(name);
			site = trimmed(site);
			managedBy = trimmed(managedBy);
		}

		Cluster toCluster() {
			return new Cluster(this.key, this.name, this.site, this.ha, this.drs, this.sharedStorage,
					optional(this.managedBy), this.admissionControl);
		}

	}

	/**
	 * A host to add or change.
	 *
	 * @param revision the topology's revision the architect saw
	 * @param key the host's key
	 * @param name its name
	 * @param site the key of its site
	 * @param cluster the key of its cluster; blank for a host outside any cluster
	 * @param kind its kind's code; blank for a hypervisor
	 */
	record HostForm(long revision, String key, String name, String site, String cluster, String kind) {

		HostForm {
			key = trimmed(key);
			name = trimmed(name);
			site = trimmed(site);
			cluster = trimmed(cluster);
			kind = trimmed(kind);
		}

		Host toHost() {
			return new Host(this.key, this.name, this.site, optional(this.cluster),
					Coded.parse(HostKind.class, this.kind).orElse(HostKind.HYPERVISOR));
		}

	}

	/**
	 * A guest failover cluster to add or change. Components and nodes are written as keys
	 * separated by commas or spaces, as an architect copies them from the lists above.
	 *
	 * @param revision the topology's revision the architect saw
	 * @param key the failover cluster's key
	 * @param name its name
	 * @param runs the keys of the components it runs
	 * @param nodes the keys of the hosts its nodes run on
	 * @param quorum its quorum's code; blank for majority node set
	 * @param witnessShare the witness share's path; blank for none
	 * @param witnessSite the key of the site the witness share lives at
	 */
	record FailoverClusterForm(long revision, String key, String name, String runs, String nodes, String quorum,
			String witnessShare, String witnessSite) {

		FailoverClusterForm {
			key = trimmed(key);
			name = trimmed(name);
			runs = trimmed(runs);
			nodes = trimmed(nodes);
			quorum = trimmed(quorum);
			witnessShare = trimmed(witnessShare);
			witnessSite = trimmed(witnessSite);
		}

		FailoverCluster toFailoverCluster() {
			Optional<FailoverCluster.Witness> witness = (this.witnessShare.isEmpty() && this.witnessSite.isEmpty())
					? Optional.empty() : Optional.of(new FailoverCluster.Witness(this.witnessShare, this.witnessSite));
			return new FailoverCluster(this.key, this.name, keys(this.runs), keys(this.nodes),
					Coded.parse(Quorum.class, this.quorum).orElse(Quorum.MAJORITY_NODE_SET), witness);
		}

		private static List<String> keys(String written) {
			return Arrays.stream(written.split("[,\\s]+")).filter((k) -> !k.isEmpty()).toList();
		}

	}

	/**
	 * A dependency to add or change.
	 *
	 * @param revision the topology's revision the architect saw
	 * @param dependent the key of the component that needs the other
	 * @param dependsOn the key of the component it needs
	 * @param graceDays how long the dependent copes without it; empty for a hard
	 * dependency
	 */
	record DependencyForm(long revision, String dependent, String dependsOn, Integer graceDays) {

		DependencyForm {
			dependent = trimmed(dependent);
			dependsOn = trimmed(dependsOn);
		}

		/**
		 * What is wrong with the grace period, if anything; the topology judges the rest.
		 */
		Optional<String> problem() {
			return (this.graceDays != null && this.graceDays <= 0)
					? Optional.of("Grace days: at least 1; leave the field empty for a hard dependency.")
					: Optional.empty();
		}

		Dependency toDependency() {
			return new Dependency(this.dependent, this.dependsOn,
					Optional.ofNullable(this.graceDays).map(Duration::ofDays));
		}

	}

	private static String trimmed(String value) {
		return (value != null) ? value.trim() : "";
	}

	private static Optional<String> optional(String value) {
		return value.isEmpty() ? Optional.empty() : Optional.of(value);
	}

}
