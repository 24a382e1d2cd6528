package io.drillbook.topology;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.drillbook.topology.Topologies.virtualCenterEstate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DerivedDependenciesTests {

	// The reference estate without the two dependencies an architect had to write by
	// hand.
	static Topology unwritten() {
		return virtualCenterEstate().build().withoutDependency("vmotion", "vc").withoutDependency("drs", "vc");
	}

	static Topology withProd(Topology topology, UnaryOperator<Cluster> change) {
		return topology.withCluster(change.apply(topology.cluster("prod").orElseThrow()));
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				arguments("written by hand: nothing is derived again", virtualCenterEstate().build(), List.of()),
				arguments("not written, DRS on: VMotion and DRS need the server", unwritten(),
						List.of("vmotion -> vc", "drs -> vc")),
				arguments("not written, DRS off: only VMotion",
						withProd(unwritten(),
								(c) -> new Cluster(c.key(), c.name(), c.site(), c.haEnabled(), false, c.sharedStorage(),
										c.managedBy())),
						List.of("vmotion -> vc")),
				arguments("a cluster no management server manages: nothing to derive",
						withProd(unwritten(),
								(c) -> new Cluster(c.key(), c.name(), c.site(), c.haEnabled(), c.drsEnabled(),
										c.sharedStorage(), Optional.empty())),
						List.of()),
				arguments("a capability named by its product", unwritten().withoutComponent("vmotion")
					.withComponent(Component
						.of("migration", "Live migration", ComponentKind.CAPABILITY, Placement.capabilityOf("prod"))
						.withRelease("vSphere vMotion", "", ""))
					.withoutComponent("drs"), List.of("migration -> vc")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void capabilitiesTheManagementServerDrivesNeedIt(String name, Topology topology, List<String> expected) {
		assertThat(DerivedDependencies.of(topology))
			.extracting((d) -> d.dependency().dependent() + " -> " + d.dependency().dependsOn())
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(DerivedDependencies.of(topology)).allSatisfy((d) -> {
			assertThat(d.dependency().isHard()).isTrue();
			assertThat(d.reason()).contains("Cluster prod", "VirtualCenter");
		});
	}

	@Test
	void haRunsOnTheHostsAloneAndIsNeverDerived() {
		assertThat(DerivedDependencies.of(unwritten())).noneMatch((d) -> d.dependency().dependent().equals("ha"));
	}

	@Test
	void theDerivedCountWhereFailuresTravelAndAreNotWrittenTwice() {
		assertThat(unwritten().dependenciesWithDerived()).contains(Dependency.hard("vmotion", "vc"),
				Dependency.hard("drs", "vc"));
		assertThat(virtualCenterEstate().build().dependenciesWithDerived())
			.containsExactlyElementsOf(virtualCenterEstate().build().dependencies());
	}

}
