package io.drillbook.topology;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.drillbook.topology.Topologies.virtualCenterEstate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TopologyDiagramTests {

	private final List<TopologyDiagram.Element> elements = TopologyDiagram.of(virtualCenterEstate().build());

	static Stream<Arguments> nesting() {
		return Stream.of(arguments("a cluster sits in its site", "cluster:prod", "site:hq", "cluster ha"),
				arguments("a hypervisor host sits in its cluster", "host:esx01", "cluster:prod", "host hypervisor"),
				arguments("a physical server sits in its site", "host:dbsrv01", "site:hq", "host physical"),
				arguments("a VM sits in its host", "component:vc", "host:esx01", "component management-server"),
				arguments("a capability sits in its cluster", "component:vmotion", "cluster:prod",
						"component capability"),
				arguments("a physical installation sits in its host", "component:vcdb", "host:dbsrv01",
						"component database"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nesting")
	void nestsEveryElementWhereItRuns(String scenario, String id, String parent, String classes) {
		TopologyDiagram.Element element = element(id);
		assertThat(element.group()).isEqualTo("nodes");
		assertThat(element.data()).containsEntry("parent", parent);
		assertThat(element.classes()).isEqualTo(classes);
	}

	@Test
	void sitesAreTheOutermostRegions() {
		assertThat(element("site:hq").data()).doesNotContainKey("parent");
		assertThat(element("site:dr").classes()).isEqualTo("site recovery");
	}

	@Test
	void dependenciesPointFromTheDependentToWhatItNeedsAndShowGracePeriods() {
		assertThat(element("dependency:vmotion -> vc").data())
			.containsAllEntriesOf(Map.of("source", "component:vmotion", "target", "component:vc", "label", ""));
		assertThat(element("dependency:vmotion -> vc").classes()).isEqualTo("hard");
		assertThat(element("dependency:vc -> license").data()).containsEntry("label", "14 d grace");
		assertThat(element("dependency:vc -> license").classes()).isEqualTo("grace");
	}

	@Test
	void aVmWhoseHostIsUnknownSitsInItsClusterAndAStandbyIsAnArrowToItsHost() {
		Topology topology = virtualCenterEstate()
			.replace("payroll", (c) -> c.withPlacement(Placement.vm("prod"), c.colocatedWith()))
			.replace("vc", (c) -> c.withStandby(Optional.of("standby01"), false))
			.build();
		List<TopologyDiagram.Element> drawn = TopologyDiagram.of(topology);

		assertThat(drawn).filteredOn((e) -> "component:payroll".equals(e.data().get("id")))
			.singleElement()
			.satisfies((e) -> assertThat(e.data()).containsEntry("parent", "cluster:prod"));
		assertThat(drawn).filteredOn((e) -> "standby:vc".equals(e.data().get("id"))).singleElement().satisfies((e) -> {
			assertThat(e.data())
				.containsAllEntriesOf(Map.of("source", "component:vc", "target", "host:standby01", "label", "standby"));
			assertThat(e.classes()).isEqualTo("standby");
		});
	}

	@Test
	void everyElementOfTheTopologyIsDrawnOnce() {
		Topology topology = GeneratedEstate.of(200);
		List<TopologyDiagram.Element> drawn = TopologyDiagram.of(topology);
		int expected = topology.sites().size() + topology.clusters().size() + topology.hosts().size()
				+ topology.components().size() + topology.dependencies().size()
				+ (int) topology.components().stream().filter((c) -> c.standbyHost().isPresent()).count();
		assertThat(drawn).hasSize(expected);
		assertThat(drawn.stream().map((e) -> e.data().get("id")).distinct()).hasSize(expected);
		assertThat(TopologyRules.check(topology)).isEmpty();
	}

	@Test
	void theVmsOfAVeryLargeEstateAreDrawnTogetherPerHostWithEveryDependencyCounted() {
		Topology topology = GeneratedEstate.of(TopologyDiagram.GROUPED_ESTATE + 200);
		List<TopologyDiagram.Element> drawn = TopologyDiagram.of(topology);

		List<TopologyDiagram.Element> groups = drawn.stream()
			.filter((e) -> e.data().get("id").startsWith("vms:"))
			.toList();
		assertThat(groups).isNotEmpty().allSatisfy((g) -> {
			assertThat(g.classes()).isEqualTo("component group");
			assertThat(g.data().get("parent")).isEqualTo("host:" + g.data().get("id").substring(4));
		});
		int grouped = groups.stream().mapToInt((g) -> g.data().get("keys").split("\n").length).sum();
		long single = drawn.stream().filter((e) -> e.data().get("id").startsWith("component:")).count();
		assertThat(grouped + single).isEqualTo(topology.components().size());
		assertThat(groups.get(0).data().get("label"))
			.isEqualTo(groups.get(0).data().get("keys").split("\n").length + " VMs");

		int drawnDependencies = drawn.stream()
			.filter((e) -> e.group().equals("edges") && !e.classes().equals("standby"))
			.mapToInt((e) -> {
				String label = e.data().get("label");
				return label.endsWith(" dependencies") ? Integer.parseInt(label.substring(0, label.indexOf(' '))) : 1;
			})
			.sum();
		// A dependency between two VMs drawn as the same node has no arrow to be.
		Map<String, String> groupOf = new java.util.HashMap<>();
		groups.forEach((g) -> java.util.Arrays.stream(g.data().get("keys").split("\n"))
			.forEach((key) -> groupOf.put(key, g.data().get("id"))));
		long inside = topology.dependenciesWithDerived()
			.stream()
			.filter((d) -> groupOf.containsKey(d.dependent())
					&& groupOf.get(d.dependent()).equals(groupOf.get(d.dependsOn())))
			.count();
		assertThat(drawnDependencies + inside).isEqualTo(topology.dependenciesWithDerived().size());
		assertThat(drawn.stream().map((e) -> e.data().get("id")).distinct()).hasSameSizeAs(drawn);
	}

	private TopologyDiagram.Element element(String id) {
		return this.elements.stream().filter((e) -> id.equals(e.data().get("id"))).findFirst().orElseThrow();
	}

}
