package io.drillbook.topology;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.drillbook.topology.Topologies.virtualCenterEstate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TopologyRulesTests {

	static FailoverCluster failoverCluster(List<String> runs, List<String> nodes, Quorum quorum,
			FailoverCluster.Witness witness) {
		return new FailoverCluster("vcdb-fc", "VCDB cluster", runs, nodes, quorum, Optional.ofNullable(witness));
	}

	@Test
	void aFailoverClusterOnTheHostsOfItsComponentsIsValid() {
		assertThat(TopologyRules.check(virtualCenterEstate()
			.add(failoverCluster(List.of("vcdb"), List.of("dbsrv01", "dbsrv02"), Quorum.MAJORITY_NODE_SET,
					new FailoverCluster.Witness("\\\\fs03\\w", "dr")))
			.add(new FailoverCluster("vc-fc", "VC cluster", List.of("vc", "license", "webaccess"),
					List.of("esx01", "esx02"), Quorum.MAJORITY_NODE_SET, Optional.empty()))
			.build())).isEmpty();
	}

	@Test
	void theReferenceEstateIsValid() {
		assertThat(TopologyRules.check(virtualCenterEstate().build())).isEmpty();
	}

	static Stream<Arguments> brokenTopologies() {
		return Stream.of(
				arguments("a VM in an unknown cluster",
						virtualCenterEstate().component("crm", "CRM", ComponentKind.APPLICATION, Placement.vm("nope"),
								Set.of()),
						"component crm", "placement.cluster", "unknown cluster 'nope'"),
				arguments("a VM on a cluster at no site",
						virtualCenterEstate().cluster("lost", "atlantis", true, true, true, null)
							.component("crm", "CRM", ComponentKind.APPLICATION, Placement.vm("lost"), Set.of()),
						"cluster lost", "site", "unknown site 'atlantis'"),
				arguments("a failover cluster with one node",
						virtualCenterEstate()
							.add(failoverCluster(List.of("vcdb"), List.of("dbsrv01"), Quorum.SHARED_DISK, null)),
						"failover cluster vcdb-fc", "nodes", "at least two nodes"),
				arguments("a failover cluster on an unknown host",
						virtualCenterEstate().add(failoverCluster(List.of("vcdb"), List.of("dbsrv01", "dbsrv09"),
								Quorum.SHARED_DISK, null)),
						"failover cluster vcdb-fc", "nodes", "unknown host 'dbsrv09'"),
				arguments("a failover cluster running a component that is on none of its nodes",
						virtualCenterEstate().add(failoverCluster(List.of("vcdb"), List.of("dbsrv02", "standby01"),
								Quorum.SHARED_DISK, null)),
						"failover cluster vcdb-fc", "runs", "none of the nodes' hosts"),
				arguments("a witness share with a shared-disk quorum",
						virtualCenterEstate().add(failoverCluster(List.of("vcdb"), List.of("dbsrv01", "dbsrv02"),
								Quorum.SHARED_DISK, new FailoverCluster.Witness("\\\\fs03\\w", "dr"))),
						"failover cluster vcdb-fc", "witness", "only a majority-node-set quorum"),
				arguments("a witness share at an unknown site",
						virtualCenterEstate().add(failoverCluster(List.of("vcdb"), List.of("dbsrv01", "dbsrv02"),
								Quorum.MAJORITY_NODE_SET, new FailoverCluster.Witness("\\\\fs03\\w", "moon"))),
						"failover cluster vcdb-fc", "witness.site", "unknown site 'moon'"),
				arguments("a component run by two failover clusters",
						virtualCenterEstate()
							.add(failoverCluster(List.of("vcdb"), List.of("dbsrv01", "dbsrv02"),
									Quorum.MAJORITY_NODE_SET, null))
							.add(new FailoverCluster("other-fc", "Other", List.of("vcdb"),
									List.of("dbsrv01", "dbsrv02"), Quorum.SHARED_DISK, Optional.empty())),
						"failover cluster other-fc", "runs", "already run by failover cluster 'vcdb-fc'"),
				arguments("a failover cluster running a capability",
						virtualCenterEstate()
							.add(failoverCluster(List.of("drs"), List.of("esx01", "esx02"), Quorum.SHARED_DISK, null)),
						"failover cluster vcdb-fc", "runs", "capability"),
				arguments("a dependency cycle", virtualCenterEstate().hard("vcdb", "webaccess"),
						"dependency vc -> vcdb -> webaccess -> vc", "dependsOn", "cycle"),
				arguments("a database that may lose more data than its dependent allows",
						virtualCenterEstate().replace("vcdb",
								(c) -> c.withObjectives(c.tier(), c.rto(), Duration.ofHours(24))),
						"component vcdb", "rpo", "larger than allowed"),
				arguments("co-located components on different servers",
						virtualCenterEstate().component("reports", "Reports", ComponentKind.APPLICATION,
								Placement.vm("prod"), Set.of("vc")),
						"component reports", "colocatedWith", "runs elsewhere"),
				arguments("a key used twice",
						virtualCenterEstate().component("vc", "Second VC", ComponentKind.MANAGEMENT_SERVER,
								Placement.vm("prod"), Set.of()),
						"component vc", "key", "used twice"),
				arguments("a physical server in a cluster",
						virtualCenterEstate().hypervisor("esx09", "hq", "prod").replaceHost("esx09", HostKind.PHYSICAL),
						"host esx09", "cluster", "physical server"),
				arguments("a host whose cluster stands at another site",
						virtualCenterEstate().hypervisor("esx09", "dr", "prod"), "host esx09", "site",
						"cluster 'prod' is at site 'hq'"),
				arguments("a capability that is not provided by a cluster",
						virtualCenterEstate().component("ft", "Fault tolerance", ComponentKind.CAPABILITY,
								Placement.physical("dbsrv01"), Set.of()),
						"component ft", "placement.kind", "provided by a cluster"),
				arguments("an application placed as a cluster capability",
						virtualCenterEstate().component("crm", "CRM", ComponentKind.APPLICATION,
								Placement.capabilityOf("prod"), Set.of()),
						"component crm", "placement.kind", "only a capability"),
				arguments("a cluster managed by a database",
						virtualCenterEstate().cluster("test", "hq", true, false, true, "vcdb"), "cluster test",
						"managedBy", "not a management-server"),
				arguments("a component on a hypervisor host as if physical",
						virtualCenterEstate().component("crm", "CRM", ComponentKind.APPLICATION,
								Placement.physical("esx01"), Set.of()),
						"component crm", "placement.host", "is a hypervisor"),
				arguments("a VM pinned to a host of another cluster",
						virtualCenterEstate().cluster("test", "hq", true, false, true, null)
							.component("crm", "CRM", ComponentKind.APPLICATION, Placement.vmOn("test", "esx01"),
									Set.of()),
						"component crm", "placement.host", "not in cluster 'test'"),
				arguments("a dependency on an unknown component", virtualCenterEstate().hard("payroll", "ledger"),
						"dependency payroll -> ledger", "dependsOn", "unknown component 'ledger'"),
				arguments("a standby on an unknown host",
						virtualCenterEstate().replace("payroll", (c) -> standby(c, "ghost")), "component payroll",
						"standbyHost", "unknown host 'ghost'"),
				arguments("a standby at the primary site",
						virtualCenterEstate().replace("payroll", (c) -> standby(c, "esx02")), "component payroll",
						"standbyHost", "not at a recovery site"));
	}

	@Test
	void aStandbyAtTheRecoverySiteIsValid() {
		Topologies estate = virtualCenterEstate().hypervisor("esx11", "dr", null)
			.replace("payroll", (c) -> standby(c, "esx11"));

		assertThat(TopologyRules.check(estate.build())).isEmpty();
	}

	private static Component standby(Component c, String host) {
		return c.withStandby(Optional.of(host), c.standbyCanTakeOverIp());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenTopologies")
	void namesTheElementAndFieldAtFault(String scenario, Topologies topology, String location, String field,
			String message) {
		List<Problem> problems = TopologyRules.check(topology.build());

		assertThat(problems).anySatisfy((problem) -> {
			assertThat(problem.location()).isEqualTo(location);
			assertThat(problem.field()).isEqualTo(field);
			assertThat(problem.message()).contains(message);
		});
	}

}
