package io.drillbook.topology.cmdb;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.drillbook.topology.Cluster;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.Placement;
import io.drillbook.topology.Problem;
import io.drillbook.topology.Site;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Tier;
import io.drillbook.topology.Topology;
import io.drillbook.topology.VmFacts;
import io.drillbook.topology.rvtools.InventoryFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CmdbExportTests {

	private static final String LEDGER_UUID = "421a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8";

	/** An estate as an RVTools import leaves it: every VM tier 3, objectives pending. */
	private static final Topology ESTATE = new Topology(List.of(new Site("ams", "Amsterdam", SiteRole.PRIMARY)),
			List.of(new Cluster("prod", "Prod", "ams", true, true, true, Optional.empty())), List.of(),
			List.of(vm("sql-ledger01", "sql-ledger01", LEDGER_UUID), vm("app-payroll01", "app-payroll01", ""),
					vm("web01", "web01", ""), vm("web01-2", "web01", ""), vm("file01", "FILE01", "")),
			List.of());

	private static Component vm(String key, String name, String uuid) {
		return Component.of(key, name, ComponentKind.APPLICATION, Placement.vm("prod"))
			.withVm(VmFacts.NONE.withBiosUuid(uuid))
			.withObjectivesPending();
	}

	private static InventoryFile csv(String name, String text) {
		return new InventoryFile(name, text.getBytes(StandardCharsets.UTF_8));
	}

	private static final InventoryFile ITEMS = csv("cmdb_ci_server.csv", """
			Name,Class,Business criticality,Serial number,Used for
			LEDGER-DB,Windows Server,1 - most critical,VMware-42 1a 2b 3c 4d 5e 6f 70-81 92 a3 b4 c5 d6 e7 f8,Production
			app-payroll01.example.com,Windows Server,2 - somewhat critical,,Production
			file01,Windows Server,4 - not critical,,Production
			web01,Linux Server,3 - less critical,,Production
			mail01,Linux Server,2 - somewhat critical,,Production
			""");

	private static final InventoryFile RELATIONS = csv("cmdb_rel_ci.csv", """
			Parent,Type,Child
			app-payroll01.example.com,Depends on::Used by,LEDGER-DB
			file01,Used by::Depends on,app-payroll01.example.com
			app-payroll01.example.com,Runs on::Runs,esx01
			app-payroll01.example.com,Runs on::Runs,esx02
			app-payroll01.example.com,Depends on::Used by,mail01
			""");

	@Test
	void criticalityBecomesTheTierOfTheComponentFoundBySerialNumberOrNameAndDependsOnRelationsDependencies() {
		CmdbExport.Reading reading = CmdbExport.read(List.of(ITEMS, RELATIONS), ESTATE);

		assertThat(reading.problems()).isEmpty();
		Topology topology = reading.topology();
		assertThat(topology.components())
			.extracting(Component::key, (c) -> c.tier().level(), Component::objectivesPending)
			.containsExactly(tuple("sql-ledger01", 1, true), tuple("app-payroll01", 2, true), tuple("web01", 3, true),
					tuple("web01-2", 3, true), tuple("file01", 4, true));
		assertThat(topology.dependencies()).containsExactly(Dependency.hard("app-payroll01", "sql-ledger01"),
				Dependency.hard("app-payroll01", "file01"));
		assertThat(reading.notes()).extracting(Problem::location, Problem::message)
			.containsExactlyInAnyOrder(
					tuple("cmdb_ci_server.csv, row 5",
							"skipped 'web01': it could be any of web01, web01-2; give its serial number to tell"),
					tuple("cmdb_ci_server.csv, row 6",
							"skipped 'mail01': no component of the environment has its name or serial number"),
					tuple("cmdb_rel_ci.csv, row 6",
							"skipped the relation: 'mail01' is no component of the environment"),
					tuple("relations",
							"skipped 2 relations of type 'Runs on::Runs': not a dependency of one component on another"));
	}

	@Test
	void aRelationThatClosesACycleRefusesTheWholeExport() {
		InventoryFile cycle = csv("rel.csv", """
				Parent,Type,Child
				app-payroll01,Depends on::Used by,sql-ledger01
				sql-ledger01,Depends on::Used by,app-payroll01
				""");

		CmdbExport.Reading reading = CmdbExport.read(List.of(ITEMS, cycle), ESTATE);

		assertThat(reading.isValid()).isFalse();
		assertThat(reading.problems()).anySatisfy((p) -> assertThat(p.message()).contains("cycle"));
		assertThat(reading.topology()).isEqualTo(ESTATE);
	}

	@Test
	void aCriticalityThatCannotBeReadOrTwoItemsDisagreeingAreProblemsNamingTheRow() {
		InventoryFile items = csv("ci.csv", """
				name;busines_criticality;u_bios_uuid
				sql-ledger01;urgent;
				app-payroll01;1;
				app-payroll01.example.com;3;
				""");

		CmdbExport.Reading reading = CmdbExport.read(List.of(items), ESTATE);

		assertThat(reading.problems()).extracting(Problem::toString)
			.containsExactly(
					"ci.csv, row 2, Business criticality: cannot read 'urgent' as a criticality; write 1 - most critical to 4 - not critical, or 1 to 4",
					"ci.csv, row 4, Business criticality: gives app-payroll01 tier 3, but ci.csv, row 3 gives it tier 1");
		assertThat(reading.topology()).isEqualTo(ESTATE);
	}

	@Test
	void aFileThatIsNeitherItemsNorRelationsIsRefused() {
		CmdbExport.Reading reading = CmdbExport.read(List.of(csv("hosts.csv", "Host,Cluster\nesx01,Prod\n")), ESTATE);

		assertThat(reading.problems()).extracting(Problem::location, Problem::message)
			.containsExactly(tuple("hosts.csv",
					"neither configuration items (a Name column) nor relations (Parent and Child columns)"));
	}

	static Stream<Arguments> criticalities() {
		return Stream.of(arguments("1 - most critical", 1), arguments("2 - somewhat critical", 2),
				arguments("3 - less critical", 3), arguments("4 - not critical", 4), arguments("2", 2),
				arguments("High", 2), arguments("critical", 1), arguments("low", 4), arguments("5 - unknown", null),
				arguments("12", null), arguments("urgent", null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("criticalities")
	void readsServiceNowsCriticalitiesAndPlainTiers(String criticality, Integer tier) {
		assertThat(CmdbExport.tier(criticality)).isEqualTo(Optional.ofNullable(tier).flatMap(Tier::parse));
	}

	@Test
	void aUuidColumnFindsTheVmToo() {
		InventoryFile items = csv("ci.csv",
				"Name,Business criticality,UUID\nLDG,1," + LEDGER_UUID.toUpperCase() + "\n");

		Topology topology = CmdbExport.read(List.of(items), ESTATE).topology();

		assertThat(topology.component("sql-ledger01").orElseThrow().tier()).isEqualTo(Tier.of(1));
	}

}
