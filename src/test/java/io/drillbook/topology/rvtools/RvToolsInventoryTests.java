package io.drillbook.topology.rvtools;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.drillbook.topology.Cluster;
import io.drillbook.topology.Component;
import io.drillbook.topology.ComponentKind;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.FailureMode;
import io.drillbook.topology.Host;
import io.drillbook.topology.HostKind;
import io.drillbook.topology.FailoverCluster;
import io.drillbook.topology.Placement;
import io.drillbook.topology.RestartPriority;
import io.drillbook.topology.Quorum;
import io.drillbook.topology.Problem;
import io.drillbook.topology.Site;
import io.drillbook.topology.SiteRole;
import io.drillbook.topology.Topologies;
import io.drillbook.topology.Topology;
import io.drillbook.topology.TopologyRules;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.drillbook.topology.rvtools.InventorySheet.Kind;
import io.drillbook.topology.rvtools.RvToolsExports.Formula;
import io.drillbook.topology.rvtools.RvToolsInventory.Reading;
import io.drillbook.topology.Tier;
import io.drillbook.topology.VmFacts;

import static io.drillbook.topology.rvtools.RvToolsExports.VCLUSTER;
import static io.drillbook.topology.rvtools.RvToolsExports.VHOST;
import static io.drillbook.topology.rvtools.RvToolsExports.VINFO;
import static io.drillbook.topology.rvtools.RvToolsExports.anExport;
import static io.drillbook.topology.rvtools.RvToolsExports.smallEstate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class RvToolsInventoryTests {

	private static final String WORKBOOK = "RVTools.xlsx";

	@Test
	void readsDatacentersAsSitesAndClustersWithTheirHaAndDrsFlags() {
		Topology inventory = valid(readWorkbook(smallEstate()));

		assertThat(inventory.sites()).containsExactly(new Site("amsterdam-dc", "Amsterdam DC", SiteRole.PRIMARY),
				new Site("rotterdam-dr", "Rotterdam DR", SiteRole.RECOVERY));
		assertThat(inventory.clusters()).containsExactly(
				new Cluster("prod", "Prod", "amsterdam-dc", true, true, true, Optional.empty()),
				new Cluster("test", "Test", "amsterdam-dc", false, true, false, Optional.empty()),
				new Cluster("prod-2", "Prod", "rotterdam-dr", true, false, true, Optional.empty()),
				new Cluster("standalone-esx09.ams.example.net", "esx09.ams.example.net (standalone)", "amsterdam-dc",
						false, false, false, Optional.empty()));
	}

	@Test
	void readsHostsIntoTheirClustersAndGivesAStandaloneHostAClusterOfItsOwn() {
		Topology inventory = valid(readWorkbook(smallEstate()));

		assertThat(inventory.hosts()).extracting(Host::key, Host::site, (h) -> h.cluster().orElseThrow(), Host::kind)
			.containsExactly(tuple("esx01.ams.example.net", "amsterdam-dc", "prod", HostKind.HYPERVISOR),
					tuple("esx02.ams.example.net", "amsterdam-dc", "prod", HostKind.HYPERVISOR),
					tuple("esx03.ams.example.net", "amsterdam-dc", "test", HostKind.HYPERVISOR),
					tuple("esx09.ams.example.net", "amsterdam-dc", "standalone-esx09.ams.example.net",
							HostKind.HYPERVISOR),
					tuple("esx21.rtm.example.net", "rotterdam-dr", "prod-2", HostKind.HYPERVISOR));
	}

	@Test
	void readsVmsAsApplicationsPlacedOnTheirClusterAndHostAndSkipsTemplates() {
		Topology inventory = valid(readWorkbook(smallEstate()));

		assertThat(inventory.components()).extracting(Component::key, Component::name, Component::placement)
			.containsExactly(tuple("web01", "web01", Placement.vmOn("prod", "esx01.ams.example.net")),
					tuple("db-server-sql", "DB Server (SQL)", Placement.vmOn("prod", "esx02.ams.example.net")),
					tuple("test-app", "test-app", Placement.vmOn("test", "esx03.ams.example.net")),
					tuple("backup", "backup",
							Placement.vmOn("standalone-esx09.ams.example.net", "esx09.ams.example.net")),
					tuple("web01-2", "web01", Placement.vmOn("prod-2", "esx21.rtm.example.net")));
		assertThat(inventory.dependencies()).isEmpty();
	}

	@Test
	void givesNewVmsTierThreeADayToRecoverAndHostFailureToSurvive() {
		Component vm = valid(readWorkbook(smallEstate())).component("web01").orElseThrow();

		assertThat(vm).isEqualTo(new Component("web01", "web01", ComponentKind.APPLICATION, "", "", "",
				Placement.vmOn("prod", "esx01.ams.example.net"), Set.of(), Tier.of(3), Duration.ofHours(24),
				Duration.ofHours(24), Set.of(FailureMode.HOST_FAILURE), List.of(), false, Optional.empty(),
				VmFacts.NONE.withFiling("/Production/Apps", "", "", Map.of()), true));
	}

	@Test
	void anInventoryReadWithoutProblemsPassesTheTopologyRules() {
		assertThat(TopologyRules.check(valid(readWorkbook(smallEstate())))).isEmpty();
		assertThat(TopologyRules.check(valid(RvToolsInventory.read(smallEstate().csvFiles())))).isEmpty();
	}

	@Test
	void readsTheSameEstateFromCsvFilesAsFromTheWorkbook() {
		assertThat(valid(RvToolsInventory.read(smallEstate().csvFiles())))
			.isEqualTo(valid(readWorkbook(smallEstate())));
	}

	@Test
	void takesAClustersDatacenterFromItsHostsWhenVClusterHasNoDatacenterColumn() {
		Topology inventory = valid(readWorkbook(anExport().cluster("Prod", "", true, true)
			.cluster("Edge", "", false, false)
			.host("esx01", "Berlin", "Prod")
			.host("esx05", "Munich", "Edge")
			.withoutColumn(VCLUSTER, "Datacenter")));

		assertThat(inventory.clusters()).extracting(Cluster::key, Cluster::site)
			.containsExactly(tuple("prod", "berlin"), tuple("edge", "munich"));
	}

	@Test
	void readsBooleanCellsAndTheOtherSpellingsOfTrueAndFalse() {
		Topology inventory = valid(readWorkbook(anExport().cluster("A", "DC", true, true)
			.set(VCLUSTER, "HA enabled", Boolean.TRUE)
			.set(VCLUSTER, "DRS enabled", Boolean.FALSE)
			.cluster("B", "DC", true, true)
			.set(VCLUSTER, "HA enabled", "yes")
			.set(VCLUSTER, "DRS enabled", "0")
			.cluster("C", "DC", true, true)
			.set(VCLUSTER, "HA enabled", "false")
			.set(VCLUSTER, "DRS enabled", 1)));

		assertThat(inventory.clusters()).extracting(Cluster::key, Cluster::haEnabled, Cluster::drsEnabled)
			.containsExactly(tuple("a", true, false), tuple("b", true, false), tuple("c", false, true));
	}

	@Test
	void findsColumnsByHeaderWhateverTheirOrderAndCase() {
		String vCluster = "Datacenter,DRS Enabled,Extra,HA Enabled,Name\r\nDC,True,x,False,Prod\r\n";
		String vHost = "Cluster,Host,Datacenter\r\nProd,esx01,DC\r\n";
		String vInfo = "Host,VM,Cluster,Datacenter\r\nesx01,app,Prod,DC\r\n";

		Topology inventory = valid(RvToolsInventory.read(List.of(csv("vCluster.csv", vCluster),
				csv("RVTools_tabvHost.csv", vHost), csv("RVTools_tabvInfo.csv", vInfo))));

		assertThat(inventory.clusters())
			.containsExactly(new Cluster("prod", "Prod", "dc", false, true, false, Optional.empty()));
		assertThat(inventory.components()).extracting(Component::placement)
			.containsExactly(Placement.vmOn("prod", "esx01"));
	}

	static Stream<Arguments> missingColumns() {
		return Stream.of(arguments(VCLUSTER, "HA enabled"), arguments(VCLUSTER, "DRS enabled"),
				arguments(VCLUSTER, "Name"), arguments(VHOST, "Host"), arguments(VHOST, "Datacenter"),
				arguments(VHOST, "Cluster"), arguments(VINFO, "VM"), arguments(VINFO, "Host"),
				arguments(VINFO, "Cluster"), arguments(VINFO, "Datacenter"));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("missingColumns")
	void namesAMissingColumn(String sheet, String column) {
		Reading reading = readWorkbook(smallEstate().withoutColumn(sheet, column));

		assertThat(reading.problems()).containsExactly(
				new Problem(WORKBOOK + ", sheet " + sheet + ", row 1", column, "missing column(s): " + column));
	}

	@Test
	void namesEveryMissingColumnOfASheetInOneProblem() {
		Reading reading = readWorkbook(
				smallEstate().withoutColumn(VCLUSTER, "HA enabled").withoutColumn(VCLUSTER, "DRS enabled"));

		assertThat(reading.problems()).extracting(Problem::message)
			.containsExactly("missing column(s): HA enabled, DRS enabled");
	}

	@Test
	void aWorkbookWithoutVInfoIsRefused() {
		Reading reading = readWorkbook(smallEstate().withoutSheet(VINFO));

		assertThat(reading.problems()).containsExactly(new Problem(WORKBOOK, "", "the workbook has no sheet vInfo"));
	}

	@Test
	void namesAMissingCsvVInfoAndHowRvToolsNamesItsFile() {
		List<InventoryFile> files = smallEstate().csvFiles()
			.stream()
			.filter((file) -> !file.name().contains("vInfo"))
			.toList();

		assertThat(RvToolsInventory.read(files).problems()).containsExactly(
				new Problem("upload", "", "no file holds the sheet vInfo; RVTools exports it as RVTools_tabvInfo.csv"));
	}

	@Test
	void withoutVClusterTheClustersComeFromVHostWithHaAndDrsOffAndThePreviewSaysSo() {
		Reading full = readWorkbook(smallEstate());
		Reading reading = readWorkbook(smallEstate().withoutSheet(VCLUSTER));

		Topology inventory = valid(reading);
		assertThat(inventory.clusters()).extracting(Cluster::key)
			.containsExactlyInAnyOrderElementsOf(full.inventory().clusters().stream().map(Cluster::key).toList());
		assertThat(inventory.clusters()).noneMatch((c) -> c.haEnabled() || c.drsEnabled());
		assertThat(inventory.components()).hasSameSizeAs(full.inventory().components());
		assertThat(inventory.hosts()).isEqualTo(full.inventory().hosts());
		assertThat(reading.notes()).singleElement()
			.satisfies(
					(n) -> assertThat(n.message()).startsWith("no vCluster sheet: the clusters are taken from vHost"));
		assertThat(full.notes()).isEmpty();
	}

	@Test
	void vInfoAloneGivesTheHostsAndClustersOfItsVms() {
		Reading full = readWorkbook(smallEstate());
		List<InventoryFile> vInfoOnly = smallEstate().csvFiles()
			.stream()
			.filter((file) -> file.name().contains("vInfo"))
			.toList();
		Reading reading = RvToolsInventory.read(vInfoOnly);

		Topology inventory = valid(reading);
		assertThat(inventory.hosts()).isEqualTo(full.inventory().hosts());
		assertThat(inventory.sites()).isEqualTo(full.inventory().sites());
		assertThat(inventory.clusters()).extracting(Cluster::key, Cluster::site)
			.containsExactlyInAnyOrderElementsOf(
					full.inventory().clusters().stream().map((c) -> tuple(c.key(), c.site())).toList());
		assertThat(inventory.components()).extracting(Component::key, Component::placement)
			.containsExactlyInAnyOrderElementsOf(
					full.inventory().components().stream().map((c) -> tuple(c.key(), c.placement())).toList());
		assertThat(reading.notes()).extracting(Problem::field).containsExactly("vHost", "vCluster");
	}

	@Test
	void vInfoAloneRefusesAHostItsVmsPlaceInTwoClusters() {
		List<InventoryFile> files = smallEstate().vm("stray", "esx01.ams.example.net", "Test", "Amsterdam DC")
			.csvFiles()
			.stream()
			.filter((file) -> file.name().contains("vInfo"))
			.toList();

		assertThat(RvToolsInventory.read(files).problems()).extracting(Problem::message)
			.anySatisfy((m) -> assertThat(m).contains("host 'esx01.ams.example.net' is in cluster 'Test'",
					"but in cluster 'Prod'"));
	}

	@Test
	void aVmWhoseHostIsNotInVHostIsPlacedInItsClusterWithoutAHostOrSkippedAndNoted() {
		RvToolsExports export = smallEstate().vm("orphan", "esx77.ams.example.net", "Prod", "Amsterdam DC");
		int orphanRow = export.lastRow(VINFO);
		export = export.vm("lost", "esx78.ams.example.net", "Ghost", "Amsterdam DC");
		int lostRow = export.lastRow(VINFO);
		Reading reading = readWorkbook(export);

		Topology inventory = valid(reading);
		String prod = inventory.clusters()
			.stream()
			.filter((c) -> c.name().equals("Prod") && c.site().equals("amsterdam-dc"))
			.findFirst()
			.orElseThrow()
			.key();
		assertThat(inventory.component("orphan").orElseThrow().placement()).isEqualTo(Placement.vm(prod));
		assertThat(inventory.components()).extracting(Component::name).doesNotContain("lost");
		assertThat(reading.notes()).containsExactly(
				new Problem(WORKBOOK + ", sheet vInfo, row " + orphanRow, "Host",
						"host 'esx77.ams.example.net' of VM 'orphan' is not in sheet vHost: the VM is placed in "
								+ "cluster 'Prod' without a host"),
				new Problem(WORKBOOK + ", sheet vInfo, row " + lostRow, "Host",
						"skipped VM 'lost': its host 'esx78.ams.example.net' is not in sheet vHost and its cluster "
								+ "'Ghost' of datacenter 'Amsterdam DC' is unknown"));
	}

	@Test
	void refusesAFormulaInAColumnTheImportReadsNamingTheCell() {
		RvToolsExports export = smallEstate().set(VINFO, "VM", new Formula("CONCAT(\"web\",\"02\")"));

		Reading reading = readWorkbook(export);

		assertThat(reading.problems()).contains(
				new Problem(WORKBOOK + ", sheet vInfo, row 7", "VM", "cell A7 holds a formula; export values only"));
		assertThat(reading.notes()).isEmpty();
	}

	@Test
	void passesOverFormulasInColumnsNotReadAndSkipsATotalsRowWithANote() {
		RvToolsExports export = smallEstate()
			.set(VINFO, "OS according to the configuration file", new Formula("CONCAT(\"Windows\",\" 2022\")"))
			.host("", "", "")
			.set(VHOST, "# CPU", new Formula("SUM(F2:F6)"))
			.set(VHOST, "# VMs", new Formula("SUM(J2:J6)"));
		int totalsRow = export.lastRow(VHOST);

		Reading reading = readWorkbook(export);

		Topology inventory = valid(reading);
		assertThat(inventory.hosts()).hasSize(5);
		assertThat(inventory.components()).hasSize(5);
		// The OS is column Q; the vDisk sheet's formula is passed over with the sheet.
		assertThat(reading.notes()).containsExactlyInAnyOrder(
				new Problem(WORKBOOK + ", sheet vHost, row " + totalsRow, "Host",
						"skipped a totals row: its Host cell is empty and it holds formulas"),
				new Problem(WORKBOOK + ", sheet vInfo", "",
						"1 cell(s) with formulas in columns the import does not read were passed over, the first at Q7"),
				new Problem(WORKBOOK + ", sheet vHost", "",
						"2 cell(s) with formulas in columns the import does not read were passed over, the first at F"
								+ totalsRow));
	}

	@ParameterizedTest
	@ValueSource(chars = { ';', '\t' })
	void readsCsvSavedWithSemicolonsOrTabsAndCommaDecimalsAndSaysSo(char separator) {
		RvToolsExports export = smallEstate().set(VHOST, "# Memory", "786,432")
			.set(VINFO, "OS according to the configuration file", "Windows, 64-bit");
		Reading comma = RvToolsInventory.read(smallEstate().csvFiles());

		Reading reading = RvToolsInventory.read(export.csvFiles(separator));

		assertThat(valid(reading)).isEqualTo(valid(comma));
		assertThat(reading.notes()).extracting(Problem::message)
			.hasSize(3)
			.allSatisfy((m) -> assertThat(m).startsWith("read with " + ((separator == ';') ? "semicolons" : "tabs")));
	}

	@Test
	void readsTheDatabaseColumnNamesOfRvToolsAsWellAsItsHeaders() {
		Topology headers = valid(readWorkbook(smallEstate()));

		assertThat(valid(readWorkbook(smallEstate().withDatabaseColumnNames()))).isEqualTo(headers);
		assertThat(valid(RvToolsInventory.read(smallEstate().withDatabaseColumnNames().csvFiles()))).isEqualTo(headers);
	}

	static Stream<Arguments> twoVCentersWithDefaultNames() {
		RvToolsExports export = anExport().cluster("Cluster", "Datacenter", true, true)
			.set(VCLUSTER, "VI SDK Server", "vca.example.net")
			.cluster("Cluster", "Datacenter", true, false)
			.set(VCLUSTER, "VI SDK Server", "vcb.example.net")
			.host("esxa1.example.net", "Datacenter", "Cluster")
			.set(VHOST, "VI SDK Server", "vca.example.net")
			.host("esxb1.example.net", "Datacenter", "Cluster")
			.set(VHOST, "VI SDK Server", "vcb.example.net")
			.vm("app-a", "esxa1.example.net", "Cluster", "Datacenter")
			.set(VINFO, "VI SDK Server", "vca.example.net")
			.vm("app-b", "esxb1.example.net", "Cluster", "Datacenter")
			.set(VINFO, "VI SDK Server", "vcb.example.net");
		return Stream.of(arguments("workbook", readWorkbook(export)),
				arguments("vCluster without datacenters", readWorkbook(export.withoutColumn(VCLUSTER, "Datacenter"))),
				arguments("vInfo alone", RvToolsInventory
					.read(export.csvFiles().stream().filter((file) -> file.name().contains("vInfo")).toList())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("twoVCentersWithDefaultNames")
	void twoVCentersThatBothKeepTheDefaultNamesStayApart(String shape, Reading reading) {
		Topology inventory = valid(reading);

		assertThat(inventory.sites()).extracting(Site::name)
			.containsExactlyInAnyOrder("Datacenter (vca.example.net)", "Datacenter (vcb.example.net)");
		assertThat(inventory.clusters()).hasSize(2);
		String a = inventory.component("app-a").orElseThrow().placement().target();
		String b = inventory.component("app-b").orElseThrow().placement().target();
		assertThat(a).isNotEqualTo(b);
		assertThat(inventory.cluster(a).orElseThrow().site()).isNotEqualTo(inventory.cluster(b).orElseThrow().site());
		assertThat(reading.notes()).extracting(Problem::message)
			.contains("datacenter 'Datacenter' is in 2 vCenters (vca.example.net, vcb.example.net): each is a site of "
					+ "its own, named after its vCenter");
	}

	private static RvToolsExports protectedSite() {
		return anExport().cluster("Prod", "Protected DC", true, true)
			.host("esx01.example.net", "Protected DC", "Prod")
			.vm("payroll", "esx01.example.net", "Prod", "Protected DC");
	}

	private static RvToolsExports withRecoverySite(RvToolsExports export) {
		return export.cluster("Recovery", "Recovery DC", true, false)
			.host("esx21.example.net", "Recovery DC", "Recovery")
			.vm("payroll", "esx21.example.net", "Recovery", "Recovery DC")
			.set(VINFO, "SRM Placeholder", true);
	}

	@Test
	void anSrmPlaceholderMarksWhereItsVmRecoversAndMakesItsDatacenterARecoverySite() {
		Reading reading = readWorkbook(withRecoverySite(protectedSite()));

		Topology inventory = valid(reading);
		Component payroll = inventory.component("payroll").orElseThrow();
		assertThat(inventory.components()).singleElement().isEqualTo(payroll);
		assertThat(payroll.placement()).isEqualTo(Placement.vmOn("prod", "esx01.example.net"));
		assertThat(payroll.standbyHost()).contains("esx21.example.net");
		assertThat(inventory.site("recovery-dc").orElseThrow().role()).isEqualTo(SiteRole.RECOVERY);
		assertThat(inventory.site("protected-dc").orElseThrow().role()).isEqualTo(SiteRole.PRIMARY);
		assertThat(reading.notes()).extracting(Problem::message)
			.contains(
					"SRM placeholder of 'payroll' on esx21.example.net: it is where that VM recovers, its standby host");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Rotterdam DR       | RECOVERY | its name says it is where services recover
			DR-Site            | RECOVERY | its name says it is where services recover
			Disaster Recovery  | RECOVERY | its name says it is where services recover
			secondary_dc       | RECOVERY | its name says it is where services recover
			Dresden            | PRIMARY  | it holds no SRM placeholder VMs and its name does not say recovery
			Datacenter         | PRIMARY  | it holds no SRM placeholder VMs and its name does not say recovery
			HQ-DRS             | PRIMARY  | it holds no SRM placeholder VMs and its name does not say recovery
			""")
	void proposesTheRoleOfADatacenterFromItsNameAndSaysWhy(String datacenter, SiteRole role, String reason) {
		Reading reading = readWorkbook(anExport().cluster("Prod", datacenter, true, true)
			.host("esx01.example.net", datacenter, "Prod")
			.vm("app", "esx01.example.net", "Prod", datacenter));

		Site site = valid(reading).sites().get(0);
		assertThat(site.role()).isEqualTo(role);
		assertThat(reading.siteRoles()).containsExactly(entry(site.key(), reason));
	}

	@Test
	void placeholdersOutweighANameInProposingARecoverySite() {
		Reading reading = readWorkbook(withRecoverySite(protectedSite()));

		assertThat(reading.siteRoles()).containsOnly(entry("recovery-dc", "it holds SRM placeholder VMs"),
				entry("protected-dc", "it holds no SRM placeholder VMs and its name does not say recovery"));
	}

	@Test
	void theRecoverySitesExportAloneNeverMovesTheProtectedVms() {
		Topology existing = valid(readWorkbook(protectedSite()));
		Reading recovery = readWorkbook(withRecoverySite(anExport()));

		Topology merged = RvToolsInventory.mergeInto(existing, valid(recovery));

		assertThat(merged.components()).singleElement()
			.satisfies((c) -> assertThat(c.placement()).isEqualTo(Placement.vmOn("prod", "esx01.example.net")));
		assertThat(recovery.notes()).extracting(Problem::message)
			.anySatisfy((m) -> assertThat(m).startsWith(
					"skipped the SRM placeholder of 'payroll': the VM it stands in " + "for is not in this upload"));
		assertThat(TopologyRules.check(merged)).isEmpty();
	}

	@Test
	void vSphereClusterServicesVmsAreSkippedWithANote() {
		RvToolsExports export = smallEstate()
			.vm("vCLS-8f2a1c3e-11d2-4b7a-9c55-0a1b2c3d4e5f", "esx01.ams.example.net", "Prod", "Amsterdam DC")
			.vm("vCLS (1)", "esx02.ams.example.net", "Prod", "Amsterdam DC");

		Reading reading = readWorkbook(export);

		assertThat(valid(reading).components()).extracting(Component::name).noneMatch((n) -> n.startsWith("vCLS"));
		assertThat(valid(reading).components()).hasSize(5);
		assertThat(reading.notes()).extracting(Problem::message)
			.containsExactly(
					"skipped 'vCLS-8f2a1c3e-11d2-4b7a-9c55-0a1b2c3d4e5f': a vSphere Cluster Services VM, which "
							+ "vSphere runs by itself",
					"skipped 'vCLS (1)': a vSphere Cluster Services VM, which vSphere runs by itself");
	}

	@Test
	void theVCenterApplianceIsTheManagementServerOfTheClustersItsExportNames() {
		Topology inventory = valid(
				readWorkbook(smallEstate().vm("vcenter", "esx02.ams.example.net", "Prod", "Amsterdam DC")));

		Component vcenter = inventory.component("vcenter").orElseThrow();
		assertThat(vcenter.kind()).isEqualTo(ComponentKind.MANAGEMENT_SERVER);
		assertThat(vcenter.product()).isEqualTo("vCenter Server");
		assertThat(inventory.clusters()).filteredOn((c) -> !c.key().startsWith("standalone-"))
			.isNotEmpty()
			.allSatisfy((c) -> assertThat(c.managedBy()).contains("vcenter"));
		assertThat(inventory.component("web01").orElseThrow().kind()).isEqualTo(ComponentKind.APPLICATION);
		assertThat(TopologyRules.check(inventory)).isEmpty();
	}

	private static RvToolsExports withManagementPlane(RvToolsExports export) {
		return export.vm("vcenter", "esx02.ams.example.net", "Prod", "Amsterdam DC")
			.vm("vcdb01", "esx01.ams.example.net", "Prod", "Amsterdam DC")
			.vm("PSC01", "esx02.ams.example.net", "Prod", "Amsterdam DC")
			.vm("srvvcdb", "esx01.ams.example.net", "Prod", "Amsterdam DC")
			.vm("ssoapp", "esx01.ams.example.net", "Prod", "Amsterdam DC");
	}

	@Test
	void theVCentersDatabaseAndSingleSignOnServersAreItsManagementPlaneAndItDependsOnThem() {
		Reading reading = readWorkbook(withManagementPlane(smallEstate()));
		Topology inventory = valid(reading);

		assertThat(inventory.components()).filteredOn((c) -> !c.product().isEmpty())
			.extracting(Component::key, Component::kind, Component::product)
			.containsExactlyInAnyOrder(tuple("vcenter", ComponentKind.MANAGEMENT_SERVER, "vCenter Server"),
					tuple("vcdb01", ComponentKind.DATABASE, "vCenter Server database"),
					tuple("psc01", ComponentKind.APPLICATION, "vCenter Single Sign-On"));
		assertThat(inventory.component("srvvcdb").orElseThrow().kind()).isEqualTo(ComponentKind.APPLICATION);
		assertThat(inventory.component("ssoapp").orElseThrow().kind()).isEqualTo(ComponentKind.APPLICATION);
		assertThat(inventory.dependencies()).containsExactly(Dependency.hard("vcenter", "psc01"),
				Dependency.hard("vcenter", "vcdb01"));
		assertThat(reading.notes()).extracting(Problem::message)
			.contains("'vcdb01' is taken as vCenter Server database, which vCenter 'vcenter' needs: a hard dependency");
		assertThat(TopologyRules.check(inventory)).isEmpty();
	}

	@Test
	void aDatabaseOfOneOfSeveralVCentersIsTheirsOnlyWhenItsNameSaysWhich() {
		// Each vCenter's appliance manages the other's cluster, so both are in the
		// upload and a database's name must say which one it serves.
		Reading reading = RvToolsInventory.read(List.of(
				new InventoryFile("RVTools_vc01.xlsx",
						branch("vc01.example.net", "vc02").vm("vcenter-db", "esx01", "Cluster", "Datacenter")
							.fromVCenter("vc01.example.net")
							.xlsx()),
				new InventoryFile("RVTools_vc02.xlsx",
						branch("vc02.example.net", "vc01").vm("vc02-sql", "esx01", "Cluster", "Datacenter")
							.fromVCenter("vc02.example.net")
							.xlsx())));
		Topology inventory = valid(reading);

		assertThat(inventory.dependencies()).containsExactly(Dependency.hard("vc02", "vc02-sql"));
		assertThat(inventory.component("vcenter-db").orElseThrow().kind()).isEqualTo(ComponentKind.DATABASE);
		assertThat(reading.notes()).extracting(Problem::message)
			.contains("'vcenter-db' is taken as vCenter Server database; which vCenter needs it cannot be told: "
					+ "add the dependency by hand");
	}

	@Test
	void readsHaRestartPriorityFaultToleranceDrsRulesNetworksAndTheLastBackupOfEachVm() {
		Reading reading = readWorkbook(RvToolsExports.drFacts());
		Topology inventory = valid(reading);

		assertThat(inventory.components()).extracting(Component::key, (c) -> c.vm().withFiling("", "", "", Map.of()))
			.containsExactlyInAnyOrder(tuple("db01",
					new VmFacts(RestartPriority.HIGHEST, false, List.of("VLAN-110 Servers", "VLAN-900 Backup"),
							List.of("sql-apart", "db-on-gold"), Optional.of(Instant.parse("2026-11-30T02:15:07Z")))),
					tuple("batch01",
							new VmFacts(RestartPriority.DISABLED, false, List.of(), List.of(), Optional.empty())),
					tuple("pay01",
							new VmFacts(RestartPriority.CLUSTER_DEFAULT, true, List.of(), List.of(), Optional.empty())),
					tuple("web01", VmFacts.NONE));
		assertThat(inventory.clusters()).extracting(Cluster::key, Cluster::admissionControl)
			.containsExactlyInAnyOrder(tuple("prod", false), tuple("test", true));
		assertThat(reading.notes()).extracting(Problem::location, Problem::field, Problem::message)
			.contains(
					tuple(WORKBOOK + ", sheet vInfo, row 3", "Last backup",
							"cannot find a date and time in 'none yet': the last backup is left unknown"),
					tuple(WORKBOOK + ", sheet vInfo, row 5", "FT Role",
							"skipped 'pay01': the secondary VM of a fault-tolerant VM"),
					tuple(WORKBOOK + ", sheet vInfo, row 6", "FT State",
							"Fault Tolerance of 'web01' is 'needSecondary', not running: it is not counted on"),
					tuple(WORKBOOK + ", sheet vInfo, row 6", "HA Restart Priority",
							"cannot read 'urgent' as an HA restart priority: the cluster's default is taken"));
	}

	@Test
	void readsTheFolderResourcePoolNotesAndCustomAttributesOfEachVm() {
		Reading reading = readWorkbook(smallEstate().withColumnsBefore(VINFO, "Host", "Resource pool")
			.withColumnsBefore(VINFO, "Datacenter", "Annotation", "Owner", "Criticality", "ClusterInvariantVMMId")
			.vm("ledger01", "esx01.ams.example.net", "Prod", "Amsterdam DC")
			.set(VINFO, "Resource pool", "Gold")
			.set(VINFO, "Annotation", "General ledger\nowner: finance")
			.set(VINFO, "Owner", "Finance")
			.set(VINFO, "Criticality", "high")
			.set(VINFO, "Folder", "/Production/Finance"));
		Topology inventory = valid(reading);

		VmFacts ledger = inventory.component("ledger01").orElseThrow().vm();
		assertThat(ledger.folder()).isEqualTo("/Production/Finance");
		assertThat(ledger.resourcePool()).isEqualTo("Gold");
		assertThat(ledger.annotation()).isEqualTo("General ledger\nowner: finance");
		assertThat(ledger.attributes())
			.containsExactlyInAnyOrderEntriesOf(Map.of("Owner", "Finance", "Criticality", "high"));
		assertThat(inventory.component("web01").orElseThrow().vm().attributes()).isEmpty();
	}

	@Test
	void aReimportUpdatesWhatVsphereReportsOfAVmAndKeepsWhatTheArchitectSet() {
		Topology first = valid(readWorkbook(RvToolsExports.drFacts()));
		Topology edited = first.withComponent(first.component("db01")
			.orElseThrow()
			.withObjectives(Tier.of(1), Duration.ofHours(1), Duration.ofMinutes(15)));
		Topology second = valid(readWorkbook(RvToolsExports.drFacts().set(VINFO, "HA Restart Priority", "high")));

		Component db = RvToolsInventory.mergeInto(RvToolsInventory.mergeInto(Topology.empty(), edited), second)
			.component("db01")
			.orElseThrow();
		assertThat(db.tier()).isEqualTo(Tier.of(1));
		assertThat(db.vm().lastBackup()).contains(Instant.parse("2026-11-30T02:15:07Z"));
		assertThat(RvToolsInventory.mergeInto(edited, second).component("web01").orElseThrow().vm().restartPriority())
			.isEqualTo(RestartPriority.HIGH);
	}

	@Test
	void aMergeAddsTheInventorysDependenciesOnlyToComponentsNewToTheEnvironment() {
		Topology inventory = valid(readWorkbook(withManagementPlane(smallEstate())));
		// The architect already had the vCenter and removed its dependency on the SSO
		// server.
		Topology existing = inventory.withoutDependency("vcenter", "psc01");

		assertThat(RvToolsInventory.mergeInto(existing, inventory).dependencies())
			.containsExactly(Dependency.hard("vcenter", "vcdb01"));
		assertThat(RvToolsInventory.mergeInto(Topology.empty(), inventory).dependencies())
			.containsExactlyInAnyOrderElementsOf(inventory.dependencies());
	}

	@Test
	void aMergeKeepsAnArchitectsKindAndNamesNoManagerThatIsNotAManagementServer() {
		Topology existing = valid(
				readWorkbook(smallEstate().vm("vcenter", "esx02.ams.example.net", "Prod", "Amsterdam DC")
					.withoutColumn(VINFO, "VI SDK Server")));
		Topology inventory = valid(
				readWorkbook(smallEstate().vm("vcenter", "esx02.ams.example.net", "Prod", "Amsterdam DC")));

		Topology merged = RvToolsInventory.mergeInto(existing, inventory);

		assertThat(merged.component("vcenter").orElseThrow().kind()).isEqualTo(ComponentKind.APPLICATION);
		assertThat(merged.clusters()).allSatisfy((c) -> assertThat(c.managedBy()).isEmpty());
		assertThat(TopologyRules.check(merged)).isEmpty();
	}

	@Test
	void skipsATotalsRowOfACsvFileByItsLabel() {
		List<InventoryFile> files = smallEstate().host("Total", "", "").csvFiles();

		Reading reading = RvToolsInventory.read(files);

		assertThat(valid(reading).hosts()).hasSize(5);
		assertThat(reading.notes()).extracting(Problem::message)
			.containsExactly("skipped a totals row: its Host cell is 'Total'");
	}

	static Stream<Arguments> inconsistentRows() {
		return Stream.of(
				arguments("a host in a cluster missing from vCluster",
						edit((e) -> e.host("esx04.ams.example.net", "Amsterdam DC", "Ghost")), VHOST, "Cluster",
						"cluster 'Ghost' of datacenter 'Amsterdam DC' is not in sheet vCluster"),
				arguments("a host in a cluster of another datacenter",
						edit((e) -> e.host("esx04.ams.example.net", "Rotterdam DR", "Test")), VHOST, "Cluster",
						"cluster 'Test' of datacenter 'Rotterdam DR' is not in sheet vCluster"),
				arguments("a VM without a name", edit((e) -> e.vm("", "esx01.ams.example.net", "Prod", "Amsterdam DC")),
						VINFO, "VM", "a value is required"),
				arguments("a VM without a host", edit((e) -> e.vm("lost", "", "Prod", "Amsterdam DC")), VINFO, "Host",
						"a value is required"),
				arguments("a host without a datacenter", edit((e) -> e.host("esx04", "", "Prod")), VHOST, "Datacenter",
						"a value is required"),
				arguments("a cluster without an HA flag",
						edit((e) -> e.cluster("Dev", "Amsterdam DC", true, true).set(VCLUSTER, "HA enabled", "")),
						VCLUSTER, "HA enabled", "a value is required: True or False"),
				arguments("a DRS flag that is no boolean",
						edit((e) -> e.cluster("Dev", "Amsterdam DC", true, true).set(VCLUSTER, "DRS enabled", "maybe")),
						VCLUSTER, "DRS enabled", "cannot read 'maybe' as True or False"),
				arguments("a template flag that is no boolean",
						edit((e) -> e.vm("x", "esx01.ams.example.net", "Prod", "Amsterdam DC")
							.set(VINFO, "Template", "perhaps")),
						VINFO, "Template", "cannot read 'perhaps' as True or False"),
				arguments("a VM in another cluster than its host",
						edit((e) -> e.vm("misplaced", "esx01.ams.example.net", "Test", "Amsterdam DC")), VINFO,
						"Cluster",
						"the VM is in cluster 'Test' but its host 'esx01.ams.example.net' is in cluster "
								+ "'Prod' in vHost"),
				arguments("a VM in another datacenter than its host",
						edit((e) -> e.vm("misplaced", "esx01.ams.example.net", "Prod", "Rotterdam DR")), VINFO,
						"Datacenter", "the VM is in datacenter 'Rotterdam DR' but its host"),
				arguments("a host listed twice", edit((e) -> e.host("esx01.ams.example.net", "Amsterdam DC", "Prod")),
						VHOST, "Host",
						"host 'esx01.ams.example.net' is listed twice, also at RVTools.xlsx, sheet vHost, row 2"),
				arguments("a cluster listed twice", edit((e) -> e.cluster("Test", "Amsterdam DC", true, true)),
						VCLUSTER, "Name",
						"cluster 'Test' of datacenter 'Amsterdam DC' is listed twice, also at RVTools.xlsx, sheet vCluster, row 3"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inconsistentRows")
	void namesTheSheetRowAndColumnOfAnInconsistentRow(String scenario, RvToolsExports export, String sheet,
			String column, String message) {
		Reading reading = readWorkbook(export);

		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.location()).isEqualTo(WORKBOOK + ", sheet " + sheet + ", row " + export.lastRow(sheet));
			assertThat(problem.field()).isEqualTo(column);
			assertThat(problem.message()).startsWith(message);
		});
	}

	@Test
	void cannotTellTheDatacenterOfAClusterWithoutHostsWhenVClusterNamesNone() {
		Reading reading = readWorkbook(anExport().cluster("Empty", "", true, true)
			.host("esx01", "DC", "")
			.withoutColumn(VCLUSTER, "Datacenter"));

		assertThat(reading.problems()).containsExactly(new Problem(WORKBOOK + ", sheet vCluster, row 2", "Name",
				"cannot tell the datacenter of cluster 'Empty': the sheet names none and no host in vHost "
						+ "belongs to the cluster"));
	}

	@Test
	void reportsEveryProblemOfAnInventoryAtOnce() {
		Reading reading = readWorkbook(smallEstate().vm("a", "esx01.ams.example.net", "Prod", "Rotterdam DR")
			.vm("b", "esx01.ams.example.net", "Test", "Amsterdam DC")
			.host("esx04", "Amsterdam DC", "Ghost"));

		assertThat(reading.problems()).extracting(Problem::location)
			.containsExactlyInAnyOrder(WORKBOOK + ", sheet vInfo, row 8", WORKBOOK + ", sheet vInfo, row 9",
					WORKBOOK + ", sheet vHost, row 7");
	}

	static Stream<Arguments> notWorkbooks() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("notes.txt"));
			out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
		}
		byte[] ole2 = new byte[512];
		System.arraycopy(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				0, ole2, 0, 8);
		return Stream.of(
				arguments("text", "VM,Host\r\nweb01,esx01\r\n".getBytes(StandardCharsets.UTF_8),
						"the file is not an xlsx workbook"),
				arguments("nothing", new byte[0], "the file is not an xlsx workbook"),
				arguments("an old binary workbook", ole2, "the file is an old .xls workbook"),
				arguments("a zip archive without a workbook", zip.toByteArray(),
						"the file cannot be read as an xlsx workbook"),
				arguments("a cut-off workbook", Arrays.copyOf(smallEstate().xlsx(), 2000),
						"the file cannot be read as an xlsx workbook"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notWorkbooks")
	void refusesAFileNamedXlsxThatIsNoWorkbook(String scenario, byte[] content, String message) {
		Reading reading = RvToolsInventory.read(List.of(new InventoryFile(WORKBOOK, content)));

		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.location()).isEqualTo(WORKBOOK);
			assertThat(problem.message()).startsWith(message);
		});
	}

	@Test
	void refusesAWorkbookThatExpandsLikeAZipBomb() throws IOException {
		// Eight MB of one repeated value: deflate packs it about a thousand to one.
		String filler = "A".repeat(32_000);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("vInfo");
			for (int r = 0; r < 250; r++) {
				sheet.createRow(r).createCell(0).setCellValue(filler);
			}
			workbook.write(bytes);
			workbook.dispose();
		}
		assertThat(bytes.size()).isLessThan(100_000);

		Reading reading = RvToolsInventory.read(List.of(new InventoryFile(WORKBOOK, bytes.toByteArray())));

		assertThat(reading.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.location()).isEqualTo(WORKBOOK);
			assertThat(problem.message()).contains("more than 100 times its compressed size")
				.contains("refused as a possible zip bomb");
		});
	}

	@Test
	void refusesUnreadAWorkbookWhoseSharedStringsAnnounceFarMoreTextThanAnExport() throws IOException {
		byte[] workbook = workbookWithSharedStringsOver(InventoryWorkbook.MAX_SHARED_STRINGS_BYTES);
		assertThat((long) workbook.length).isLessThan(RvToolsInventory.MAX_INPUT_BYTES);

		Reading reading = RvToolsInventory.read(List.of(new InventoryFile(WORKBOOK, workbook)));

		assertThat(reading.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("shared strings announce more than 64 MiB")
				.contains("refused unread"));
	}

	@Test
	void refusesAWorkbookThatUnderstatesTheSizeOfItsSharedStrings() throws IOException {
		byte[] workbook = workbookWithSharedStringsOver(InventoryWorkbook.MAX_SHARED_STRINGS_BYTES);
		announceSize(workbook, "xl/sharedStrings.xml", 1024);

		Reading reading = RvToolsInventory.read(List.of(new InventoryFile(WORKBOOK, workbook)));

		assertThat(reading.problems()).singleElement()
			.satisfies(
					(problem) -> assertThat(problem.message()).contains("shared strings expand to more than 64 MiB"));
	}

	// Distinct strings compress some twenty to one: under the zip-bomb guard, but more
	// than the shared-strings limit once expanded.
	private static byte[] workbookWithSharedStringsOver(long limit) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream source = new ZipInputStream(new ByteArrayInputStream(smallEstate().xlsx()));
				ZipOutputStream target = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
				target.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/sharedStrings.xml")) {
					Writer xml = new OutputStreamWriter(target, StandardCharsets.UTF_8);
					xml.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
					for (long i = 0, written = 0; written <= limit; i++) {
						String item = "<si><t>note " + Long.toString(i * 2_654_435_761L, 36) + " of an estate</t></si>";
						xml.write(item);
						written += item.length();
					}
					xml.write("</sst>");
					xml.flush();
				}
				else {
					source.transferTo(target);
				}
				target.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	// Rewrites the uncompressed size that the zip's central directory gives for an entry,
	// as a hostile file would, leaving its data as it is.
	private static void announceSize(byte[] zip, String name, int size) {
		ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
		for (int at = 0; at + 46 <= zip.length; at++) {
			if (buffer.getInt(at) == 0x02014b50 && buffer.getShort(at + 28) == wanted.length
					&& Arrays.equals(zip, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
				buffer.putInt(at + 24, size);
				return;
			}
		}
		throw new IllegalArgumentException("no central directory entry " + name);
	}

	@Test
	void readsCsvWithAByteOrderMarkQuotedCommasQuotesAndLineBreaks() {
		RvToolsExports export = smallEstate().vm("Payroll, \"EMEA\"", "esx02.ams.example.net", "Prod", "Amsterdam DC")
			.set(VINFO, "Folder", "/Finance,\r\nPayroll");

		Topology inventory = valid(RvToolsInventory.read(export.csvFiles()));

		assertThat(export.csvFiles().get(0).content()).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(inventory.component("payroll-emea").orElseThrow().name()).isEqualTo("Payroll, \"EMEA\"");
		assertThat(inventory.components()).hasSize(6);
	}

	@Test
	void numbersCsvRowsAsASpreadsheetShowsThem() {
		RvToolsExports export = smallEstate().vm("quoted", "esx01.ams.example.net", "Prod", "Amsterdam DC")
			.set(VINFO, "Folder", "two\nlines")
			.vm("orphan", "esx99", "Prod", "Amsterdam DC");

		Reading reading = RvToolsInventory.read(export.csvFiles());

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.notes()).extracting(Problem::location).containsExactly("RVTools_tabvInfo.csv, row 9");
	}

	@Test
	void readsCsvWrittenInTheWindowsCodePage() {
		String vCluster = "Name,HA enabled,DRS enabled,Datacenter\r\nProd,True,True,Z\u00fcrich\r\n";
		String vHost = "Host,Datacenter,Cluster\r\nesx01,Z\u00fcrich,Prod\r\n";
		String vInfo = "VM,Host,Cluster,Datacenter\r\nCaf\u00e9,esx01,Prod,Z\u00fcrich\r\n";
		Charset windows = Charset.forName("windows-1252");

		Topology inventory = valid(
				RvToolsInventory.read(List.of(new InventoryFile("RVTools_tabvCluster.csv", vCluster.getBytes(windows)),
						new InventoryFile("RVTools_tabvHost.csv", vHost.getBytes(windows)),
						new InventoryFile("RVTools_tabvInfo.csv", vInfo.getBytes(windows)))));

		assertThat(inventory.sites()).containsExactly(new Site("zurich", "Z\u00fcrich", SiteRole.PRIMARY));
		assertThat(inventory.components()).extracting(Component::key, Component::name)
			.containsExactly(tuple("cafe", "Caf\u00e9"));
	}

	static Stream<Arguments> brokenCsv() {
		return Stream.of(
				arguments("binary content", new byte[] { 'V', 'M', 0, 1, 2, (byte) 0xFF }, "RVTools_tabvInfo.csv",
						"the file holds binary content"),
				arguments("a zip archive", smallEstate().xlsx(), "RVTools_tabvInfo.csv",
						"the file holds binary content"),
				arguments("an unclosed quote", "VM,Host\r\n\"web01,esx01\r\n".getBytes(StandardCharsets.UTF_8),
						"RVTools_tabvInfo.csv, row 2", "a quoted value is not closed"),
				arguments("text after a closing quote",
						"VM,Host\r\n\"web\"01,esx01\r\n".getBytes(StandardCharsets.UTF_8),
						"RVTools_tabvInfo.csv, row 2", "text follows the closing quote"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenCsv")
	void refusesCsvThatIsNotCsvText(String scenario, byte[] content, String location, String message) {
		List<InventoryFile> files = Stream
			.concat(smallEstate().csvFiles().stream().filter((file) -> !file.name().contains("vInfo")),
					Stream.of(new InventoryFile("RVTools_tabvInfo.csv", content)))
			.toList();

		assertThat(RvToolsInventory.read(files).problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.location()).isEqualTo(location);
			assertThat(problem.message()).startsWith(message);
		});
	}

	@Test
	void refusesASheetWithMoreThanTwoHundredThousandRows() {
		StringBuilder vInfo = new StringBuilder("VM,Host,Cluster,Datacenter\n");
		for (int i = 0; i <= InventorySheet.MAX_ROWS; i++) {
			vInfo.append("vm").append(i).append(",esx01,Prod,DC\n");
		}
		List<InventoryFile> files = Stream
			.concat(smallEstate().csvFiles().stream().filter((file) -> !file.name().contains("vInfo")),
					Stream.of(csv("RVTools_tabvInfo.csv", vInfo.toString())))
			.toList();

		assertThat(RvToolsInventory.read(files).problems()).containsExactly(new Problem("RVTools_tabvInfo.csv", "",
				"the sheet has more than 200,000 rows, the most the import reads"));
	}

	@Test
	void stopsReadingAWorkbookSheetPastTwoHundredThousandRows() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			smallEstate().write(workbook);
			Sheet sheet = workbook.getSheet("vHost");
			for (int r = sheet.getLastRowNum() + 1; r <= InventorySheet.MAX_ROWS + 1; r++) {
				sheet.createRow(r).createCell(0).setCellValue("esx" + r);
			}
			workbook.write(bytes);
			workbook.dispose();
		}

		Reading reading = RvToolsInventory.read(List.of(new InventoryFile(WORKBOOK, bytes.toByteArray())));

		assertThat(reading.problems()).containsExactly(new Problem(WORKBOOK + ", sheet vHost", "",
				"the sheet has more than 200,000 rows, the most the import reads"));
	}

	@Test
	void acceptsExactlyTwoHundredThousandRows() {
		StringBuilder vInfo = new StringBuilder("VM,Host,Cluster,Datacenter\n");
		for (int i = 0; i < InventorySheet.MAX_ROWS; i++) {
			vInfo.append("vm").append(i).append(",esx01.ams.example.net,Prod,Amsterdam DC\n");
		}
		List<InventoryFile> files = Stream
			.concat(smallEstate().csvFiles().stream().filter((file) -> !file.name().contains("vInfo")),
					Stream.of(csv("RVTools_tabvInfo.csv", vInfo.toString())))
			.toList();

		assertThat(valid(RvToolsInventory.read(files)).components()).hasSize(InventorySheet.MAX_ROWS);
	}

	@Test
	void refusesMoreThanFiftyMegabytesOfInput() {
		byte[] large = new byte[(int) RvToolsInventory.MAX_INPUT_BYTES + 1];

		Reading reading = RvToolsInventory.read(List.of(new InventoryFile(WORKBOOK, large)));

		assertThat(reading.problems()).containsExactly(
				new Problem("upload", "", "the files hold 50.0 MiB together; the import reads at most 50 MiB"));
	}

	@Test
	void refusesFilesThatAreNeitherWorkbookNorCsv() {
		Reading reading = RvToolsInventory
			.read(List.of(new InventoryFile("RVTools.xls", new byte[] { 1 }), csv("inventory.txt", "VM\r\n")));

		assertThat(reading.problems()).extracting(Problem::location).containsExactly("RVTools.xls", "inventory.txt");
	}

	@Test
	void passesOverRvToolsCsvSheetsItDoesNotNeed() {
		List<InventoryFile> files = Stream
			.concat(smallEstate().csvFiles().stream(), Stream.of(csv("RVTools_tabvDisk.csv", "VM,Disk\r\nweb01,1\r\n")))
			.toList();

		assertThat(RvToolsInventory.read(files).problems()).isEmpty();
	}

	@Test
	void refusesASheetUploadedTwice() {
		List<InventoryFile> files = Stream
			.concat(smallEstate().csvFiles().stream(), Stream.of(csv("vInfo.csv", smallEstate().csv(VINFO))))
			.toList();

		assertThat(RvToolsInventory.read(files).problems()).containsExactly(new Problem("vInfo.csv", "VI SDK Server",
				"vCenter 'vcenter.example.net' is also in RVTools_tabvInfo.csv; upload the export of each vCenter "
						+ "once"));
	}

	@Test
	void refusesASheetUploadedTwiceThatDoesNotSayWhichVCenterItCameFrom() {
		RvToolsExports export = smallEstate().withoutColumn(VINFO, "VI SDK Server");
		List<InventoryFile> files = Stream
			.concat(export.csvFiles().stream(), Stream.of(csv("vInfo.csv", export.csv(VINFO))))
			.toList();

		assertThat(RvToolsInventory.read(files).problems()).containsExactly(new Problem("vInfo.csv", "",
				"the sheet vInfo comes twice, also as RVTools_tabvInfo.csv, and without a VI SDK Server column the "
						+ "two cannot be told apart as exports of different vCenters; upload each sheet once"));
	}

	/** A branch office's vCenter, with vSphere's default names and a short host name. */
	private static RvToolsExports branch(String server, String vm) {
		return anExport().cluster("Cluster", "Datacenter", true, true)
			.host("esx01", "Datacenter", "Cluster")
			.vm(vm, "esx01", "Cluster", "Datacenter")
			.vm("vcls-" + server, "esx01", "Cluster", "Datacenter")
			.fromVCenter(server);
	}

	@Test
	void theWorkbooksOfSeveralVCentersUploadedTogetherKeepTheirDatacentersClustersAndHostsApart() {
		List<InventoryFile> files = List.of(
				new InventoryFile("RVTools_vca.xlsx", branch("vca.example.net", "payroll").xlsx()),
				new InventoryFile("RVTools_vcb.xlsx", branch("vcb.example.net", "billing").xlsx()));

		Reading reading = RvToolsInventory.read(files);
		Topology inventory = valid(reading);

		assertThat(inventory.sites()).extracting(Site::name)
			.containsExactly("Datacenter (vca.example.net)", "Datacenter (vcb.example.net)");
		assertThat(inventory.clusters()).hasSize(2);
		assertThat(inventory.hosts()).extracting(Host::name)
			.containsExactlyInAnyOrder("esx01 (vca.example.net)", "esx01 (vcb.example.net)");
		Component payroll = inventory.components()
			.stream()
			.filter((c) -> c.name().equals("payroll"))
			.findFirst()
			.orElseThrow();
		Component billing = inventory.components()
			.stream()
			.filter((c) -> c.name().equals("billing"))
			.findFirst()
			.orElseThrow();
		assertThat(payroll.placement().host()).isNotEqualTo(billing.placement().host());
		assertThat(inventory.host(payroll.placement().host().orElseThrow()).orElseThrow().site())
			.isNotEqualTo(inventory.host(billing.placement().host().orElseThrow()).orElseThrow().site());
		assertThat(inventory.components()).hasSize(2);
		assertThat(reading.notes()).extracting(Problem::location, Problem::message)
			.contains(tuple("upload",
					"host 'esx01' is in 2 vCenters (vca.example.net, vcb.example.net): each is a host "
							+ "of its own, named after its vCenter"))
			.contains(tuple("RVTools_vcb.xlsx, sheet vInfo, row 3",
					"skipped 'vcls-vcb.example.net': a vSphere Cluster Services VM, which vSphere runs by itself"));
	}

	@Test
	void theExportsOfSeveralVCentersGetTheSameKeysWhateverTheirOrderInTheUpload() {
		InventoryFile a = new InventoryFile("RVTools_vca.xlsx", branch("vca.example.net", "payroll").xlsx());
		InventoryFile b = new InventoryFile("RVTools_vcb.xlsx", branch("vcb.example.net", "payroll").xlsx());

		Topology ab = valid(RvToolsInventory.read(List.of(a, b)));
		Topology ba = valid(RvToolsInventory.read(List.of(b, a)));

		assertThat(ba.sites()).isEqualTo(ab.sites());
		assertThat(ba.hosts()).containsExactlyInAnyOrderElementsOf(ab.hosts());
		assertThat(ab.hosts()).extracting(Host::key)
			.containsExactlyInAnyOrder("esx01-vca.example.net", "esx01-vcb.example.net");
		assertThat(ba.components()).containsExactlyInAnyOrderElementsOf(ab.components());
		assertThat(ba.clusters()).containsExactlyInAnyOrderElementsOf(ab.clusters());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			RVTools_tabvInfo.csv        | VINFO
			rvtools_TABVHOST.CSV        | VHOST
			vCluster.csv                | VCLUSTER
			RVTools_tabvInfo (1).csv    | VINFO
			export-vhost.csv            | VHOST
			RVTools_tabvDisk.csv        | none
			myvinfo.csv                 | none
			vInfo.xlsx                  | none
			""")
	void tellsTheSheetOfACsvFileFromItsName(String fileName, Kind expected) {
		assertThat(InventoryCsv.sheetNamed(fileName)).isEqualTo(Optional.ofNullable(expected));
	}

	@Test
	void mergeKeepsWhatTheArchitectSetAndTakesPlacementsFromTheInventory() {
		Topology existing = Topologies.virtualCenterEstate().build();
		Topology inventory = valid(readWorkbook(anExport().cluster("Prod", "HQ", true, false)
			.cluster("Recovery", "DR", false, false)
			.host("esx01", "HQ", "Prod")
			.host("esx03", "HQ", "Prod")
			.host("esx04", "HQ", "Prod")
			.host("esx31", "DR", "Recovery")
			.vm("vc", "esx03", "Prod", "HQ")
			.vm("license", "esx03", "Prod", "HQ")
			.vm("webaccess", "esx03", "Prod", "HQ")
			.vm("payroll", "esx04", "Prod", "HQ")
			.vm("crm", "esx31", "Recovery", "DR")));

		Topology merged = RvToolsInventory.mergeInto(existing, inventory);

		Component vc = merged.component("vc").orElseThrow();
		Component before = existing.component("vc").orElseThrow();
		assertThat(vc.placement()).isEqualTo(Placement.vmOn("prod", "esx03"));
		assertThat(vc.name()).isEqualTo("vc");
		assertThat(vc).usingRecursiveComparison().ignoringFields("placement", "name", "vm").isEqualTo(before);
		assertThat(vc.vm()).isEqualTo(inventory.component("vc").orElseThrow().vm());
		assertThat(merged.component("payroll").orElseThrow().placement()).isEqualTo(Placement.vmOn("prod", "esx04"));
		assertThat(merged.component("crm").orElseThrow().tier()).isEqualTo(Tier.of(3));
		assertThat(merged.dependencies()).isEqualTo(existing.dependencies());
		assertThat(merged.cluster("prod").orElseThrow())
			.isEqualTo(new Cluster("prod", "Prod", "hq", true, false, true, Optional.of("vc")));
		assertThat(merged.site("dr").orElseThrow()).isEqualTo(new Site("dr", "DR", SiteRole.RECOVERY));
		assertThat(TopologyRules.check(merged)).isEmpty();
	}

	@Test
	void mergeRemovesNothingTheInventoryLacks() {
		Topology existing = Topologies.virtualCenterEstate()
			.add(new FailoverCluster("vcdb-fc", "VCDB cluster", List.of("vcdb"), List.of("dbsrv01", "dbsrv02"),
					Quorum.MAJORITY_NODE_SET, Optional.of(new FailoverCluster.Witness("\\\\fs01\\vcdb", "dr"))))
			.build();
		Topology inventory = valid(readWorkbook(anExport().cluster("Lab", "Lab DC", false, false)
			.host("lab01", "Lab DC", "Lab")
			.vm("x", "lab01", "Lab", "Lab DC")));

		Topology merged = RvToolsInventory.mergeInto(existing, inventory);

		assertThat(merged.sites()).containsAll(existing.sites());
		assertThat(merged.clusters()).containsAll(existing.clusters());
		assertThat(merged.hosts()).containsAll(existing.hosts());
		assertThat(merged.components()).containsAll(existing.components());
		assertThat(merged.components()).hasSize(existing.components().size() + 1);
		assertThat(merged.failoverClusters()).as("an inventory knows nothing of failover clusters")
			.isEqualTo(existing.failoverClusters());
		assertThat(TopologyRules.check(merged)).isEmpty();
	}

	@Test
	void givesTheSameKeysWhateverTheRowOrder() {
		Topology forwards = valid(readWorkbook(anExport().cluster("Prod", "A", true, true)
			.cluster("Prod", "B", true, true)
			.host("h1", "A", "Prod")
			.host("h2", "B", "Prod")
			.vm("app", "h1", "Prod", "A")
			.vm("app", "h2", "Prod", "B")));
		Topology backwards = valid(readWorkbook(anExport().cluster("Prod", "B", true, true)
			.cluster("Prod", "A", true, true)
			.host("h2", "B", "Prod")
			.host("h1", "A", "Prod")
			.vm("app", "h2", "Prod", "B")
			.vm("app", "h1", "Prod", "A")));

		assertThat(backwards.components()).containsExactlyInAnyOrderElementsOf(forwards.components());
		assertThat(backwards.clusters()).containsExactlyInAnyOrderElementsOf(forwards.clusters());
	}

	private static Reading readWorkbook(RvToolsExports export) {
		return RvToolsInventory.read(List.of(new InventoryFile(WORKBOOK, export.xlsx())));
	}

	private static Topology valid(Reading reading) {
		assertThat(reading.problems()).isEmpty();
		return reading.inventory();
	}

	private static InventoryFile csv(String name, String content) {
		return new InventoryFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private static RvToolsExports edit(UnaryOperator<RvToolsExports> change) {
		return change.apply(smallEstate());
	}

}
