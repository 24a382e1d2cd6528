package io.drillbook.topology.rvtools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds RVTools exports for tests, shaped like the real ones: the vInfo, vHost and
 * vCluster sheets with RVTools' header spellings among columns the import does not read,
 * written as an xlsx workbook with POI or as CSV files.
 */
public final class RvToolsExports {

	static final String VINFO = "vInfo";

	public static final String VHOST = "vHost";

	static final String VCLUSTER = "vCluster";

	/** A cell holding a formula instead of a value. */
	record Formula(String expression) {

	}

	private final Map<String, List<String>> headers = new LinkedHashMap<>();

	private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

	private RvToolsExports() {
		sheet(VINFO, "VM", "Powerstate", "Template", "SRM Placeholder", "Config status", "DNS Name", "CPUs", "Memory",
				"NICs", "Disks", "Provisioned MB", "In Use MB", "Host", "Cluster", "Datacenter", "Folder",
				"OS according to the configuration file", "VM ID", "VI SDK Server");
		sheet(VHOST, "Host", "Datacenter", "Cluster", "Config status", "CPU Model", "# CPU", "Cores per CPU", "# Cores",
				"# Memory", "# VMs", "ESX Version", "VI SDK Server");
		sheet(VCLUSTER, "Name", "Config status", "OverallStatus", "NumHosts", "numEffectiveHosts", "TotalCpu",
				"HA enabled", "Failover Level", "AdmissionControlEnabled", "DRS enabled", "DRS default VM behavior",
				"Datacenter", "VI SDK Server");
	}

	/**
	 * One datacenter whose VMs carry what RVTools 4 reports for DR: HA restart priorities
	 * (one disabled, one unreadable), a fault-tolerant VM with its secondary, networks,
	 * DRS rules, a backup product's last-backup attribute, and a cluster with HA
	 * admission control off.
	 */
	public static RvToolsExports drFacts() {
		return anExport().cluster("Prod", "DC", true, true)
			.set(VCLUSTER, "AdmissionControlEnabled", "False")
			.cluster("Test", "DC", false, false)
			.host("esx01", "DC", "Prod")
			.host("esx02", "DC", "Test")
			.withColumns(VINFO, "HA Restart Priority", "FT State", "FT Role", "Cluster rule name(s)", "Network #1",
					"Network #2", "Backup status", "Last backup")
			.vm("db01", "esx01", "Prod", "DC")
			.set(VINFO, "HA Restart Priority", "highest")
			.set(VINFO, "Network #1", "VLAN-110 Servers")
			.set(VINFO, "Network #2", "VLAN-900 Backup")
			.set(VINFO, "Cluster rule name(s)", "sql-apart, db-on-gold")
			.set(VINFO, "Last backup", "Last backup: [11/30/2026 2:15:07 AM], job: [Daily SQL]")
			.vm("batch01", "esx01", "Prod", "DC")
			.set(VINFO, "HA Restart Priority", "disabled")
			.set(VINFO, "Last backup", "none yet")
			.vm("pay01", "esx01", "Prod", "DC")
			.set(VINFO, "FT State", "running")
			.set(VINFO, "FT Role", "1")
			.set(VINFO, "HA Restart Priority", "clusterRestartPriority")
			.vm("pay01", "esx02", "Test", "DC")
			.set(VINFO, "FT State", "running")
			.set(VINFO, "FT Role", "2")
			.vm("web01", "esx02", "Test", "DC")
			.set(VINFO, "FT State", "needSecondary")
			.set(VINFO, "HA Restart Priority", "urgent");
	}

	static RvToolsExports anExport() {
		return new RvToolsExports();
	}

	/**
	 * Two datacenters, each with a cluster named Prod; a test cluster without HA; a
	 * standalone host; two VMs named web01; a template; a VM name with punctuation.
	 */
	public static RvToolsExports smallEstate() {
		return anExport().cluster("Prod", "Amsterdam DC", true, true)
			.cluster("Test", "Amsterdam DC", false, true)
			.cluster("Prod", "Rotterdam DR", true, false)
			.host("esx01.ams.example.net", "Amsterdam DC", "Prod")
			.host("esx02.ams.example.net", "Amsterdam DC", "Prod")
			.host("esx03.ams.example.net", "Amsterdam DC", "Test")
			.host("esx09.ams.example.net", "Amsterdam DC", "")
			.host("esx21.rtm.example.net", "Rotterdam DR", "Prod")
			.vm("web01", "esx01.ams.example.net", "Prod", "Amsterdam DC")
			.vm("DB Server (SQL)", "esx02.ams.example.net", "Prod", "Amsterdam DC")
			.template("win2022-template", "esx01.ams.example.net", "Prod", "Amsterdam DC")
			.vm("test-app", "esx03.ams.example.net", "Test", "Amsterdam DC")
			.vm("backup", "esx09.ams.example.net", "", "Amsterdam DC")
			.vm("web01", "esx21.rtm.example.net", "Prod", "Rotterdam DR");
	}

	RvToolsExports cluster(String name, String datacenter, boolean ha, boolean drs) {
		return row(VCLUSTER, "Name", name, "Config status", "green", "OverallStatus", "green", "NumHosts", "2",
				"numEffectiveHosts", "2", "TotalCpu", "83200", "HA enabled", flag(ha), "Failover Level", "1",
				"AdmissionControlEnabled", flag(ha), "DRS enabled", flag(drs), "DRS default VM behavior",
				"fullyAutomated", "Datacenter", datacenter, "VI SDK Server", "vcenter.example.net");
	}

	RvToolsExports host(String name, String datacenter, String cluster) {
		return row(VHOST, "Host", name, "Datacenter", datacenter, "Cluster", cluster, "Config status", "green",
				"CPU Model", "Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz", "# CPU", "2", "Cores per CPU", "24",
				"# Cores", "48", "# Memory", "786432", "# VMs", "40", "ESX Version", "VMware ESXi 8.0.2 build-22380479",
				"VI SDK Server", "vcenter.example.net");
	}

	RvToolsExports vm(String name, String host, String cluster, String datacenter) {
		return vm(name, host, cluster, datacenter, false);
	}

	RvToolsExports template(String name, String host, String cluster, String datacenter) {
		return vm(name, host, cluster, datacenter, true);
	}

	private RvToolsExports vm(String name, String host, String cluster, String datacenter, boolean template) {
		return row(VINFO, "VM", name, "Powerstate", template ? "poweredOff" : "poweredOn", "Template", flag(template),
				"Config status", "green", "DNS Name", name.toLowerCase() + ".example.net", "CPUs", "4", "Memory",
				"16384", "NICs", "1", "Disks", "2", "Provisioned MB", "106496", "In Use MB", "61440", "Host", host,
				"Cluster", cluster, "Datacenter", datacenter, "Folder", "/Production/Apps",
				"OS according to the configuration file", "Microsoft Windows Server 2022 (64-bit)", "VM ID",
				"vm-" + (this.rows.get(VINFO).size() + 1001), "VI SDK Server", "vcenter.example.net");
	}

	/**
	 * Sets a cell of the last row of a sheet: a string, a Boolean, a number or a
	 * {@link Formula}.
	 */
	RvToolsExports set(String sheet, String header, Object value) {
		List<Map<String, Object>> sheetRows = this.rows.get(sheet);
		sheetRows.get(sheetRows.size() - 1).put(header, value);
		return this;
	}

	/**
	 * The headers as RVTools' -DBColumnNames option writes them: the sheet's name, then
	 * the header without spaces or punctuation, a VM's name as VMName and a host's as
	 * Name.
	 */
	RvToolsExports withDatabaseColumnNames() {
		for (String sheet : this.headers.keySet()) {
			Map<String, String> renamed = new LinkedHashMap<>();
			for (String header : this.headers.get(sheet)) {
				String name = (sheet.equals(VINFO) && header.equals("VM")) ? "VMName"
						: (sheet.equals(VHOST) && header.equals("Host")) ? "Name"
								: header.replaceAll("[^A-Za-z0-9]", "");
				renamed.put(header, sheet + name);
			}
			this.headers.put(sheet, new ArrayList<>(renamed.values()));
			for (Map<String, Object> row : this.rows.get(sheet)) {
				Map<String, Object> copy = new LinkedHashMap<>(row);
				row.clear();
				copy.forEach((header, value) -> row.put(renamed.getOrDefault(header, header), value));
			}
		}
		return this;
	}

	/** Names the vCenter of every row of every sheet, as its own RVTools export would. */
	RvToolsExports fromVCenter(String server) {
		this.rows.values().forEach((sheetRows) -> sheetRows.forEach((row) -> row.put("VI SDK Server", server)));
		return this;
	}

	/**
	 * Adds columns in front of another, empty in every row until {@link #set}: custom
	 * attributes stand between Annotation and Datacenter.
	 */
	RvToolsExports withColumnsBefore(String sheet, String before, String... headers) {
		List<String> sheetHeaders = this.headers.get(sheet);
		sheetHeaders.addAll(sheetHeaders.indexOf(before), List.of(headers));
		return this;
	}

	/** Adds columns, empty in every row until {@link #set}, as RVTools 4 writes them. */
	RvToolsExports withColumns(String sheet, String... headers) {
		this.headers.get(sheet).addAll(List.of(headers));
		return this;
	}

	public RvToolsExports withoutColumn(String sheet, String header) {
		this.headers.get(sheet).remove(header);
		return this;
	}

	RvToolsExports withoutSheet(String sheet) {
		this.headers.remove(sheet);
		this.rows.remove(sheet);
		return this;
	}

	/**
	 * Adds columns the import does not read until the sheet has as many as given, as the
	 * real vInfo has some ninety.
	 */
	RvToolsExports widenedTo(String sheet, int columns) {
		List<String> headers = this.headers.get(sheet);
		List<Map<String, Object>> sheetRows = this.rows.get(sheet);
		for (int c = headers.size() + 1; c <= columns; c++) {
			String header = "Column " + c;
			headers.add(header);
			for (int r = 0; r < sheetRows.size(); r++) {
				sheetRows.get(r).put(header, Integer.toString((r * 31 + c * 7) % 1000));
			}
		}
		return this;
	}

	/** The spreadsheet row number of the last row of a sheet; the header is row 1. */
	int lastRow(String sheet) {
		return this.rows.get(sheet).size() + 1;
	}

	public byte[] xlsx() {
		try (Workbook workbook = new XSSFWorkbook()) {
			write(workbook);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes the sheets into a workbook, with an unrelated sheet first as RVTools has.
	 */
	void write(Workbook workbook) {
		Sheet disks = workbook.createSheet("vDisk");
		disks.createRow(0).createCell(0).setCellValue("VM");
		disks.createRow(1).createCell(0).setCellFormula("1+1");
		for (Map.Entry<String, List<String>> sheet : this.headers.entrySet()) {
			Sheet target = workbook.createSheet(sheet.getKey());
			List<String> columns = sheet.getValue();
			Row header = target.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(columns.get(c));
			}
			List<Map<String, Object>> values = this.rows.get(sheet.getKey());
			for (int r = 0; r < values.size(); r++) {
				Row row = target.createRow(r + 1);
				for (int c = 0; c < columns.size(); c++) {
					Object value = values.get(r).get(columns.get(c));
					if (value != null) {
						cell(row.createCell(c), value);
					}
				}
			}
		}
	}

	private static void cell(Cell cell, Object value) {
		if (value instanceof Formula formula) {
			cell.setCellFormula(formula.expression());
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/** One sheet as RFC 4180 CSV with CRLF line ends, quoting where needed. */
	String csv(String sheet) {
		return csv(sheet, ',');
	}

	/**
	 * One sheet as CSV with the given separator, as a spreadsheet saves it in a locale
	 * whose decimal mark is a comma when it is a semicolon.
	 */
	String csv(String sheet, char separator) {
		List<String> columns = this.headers.get(sheet);
		StringBuilder csv = new StringBuilder();
		csv.append(line(columns, separator));
		for (Map<String, Object> row : this.rows.get(sheet)) {
			csv.append(line(columns.stream().map((c) -> String.valueOf(row.getOrDefault(c, ""))).toList(), separator));
		}
		return csv.toString();
	}

	/** The sheets as RVTools names its CSV export files, UTF-8 with a byte-order mark. */
	public List<InventoryFile> csvFiles() {
		return csvFiles(',');
	}

	/** The sheets as CSV files with the given separator. */
	public List<InventoryFile> csvFiles(char separator) {
		List<InventoryFile> files = new ArrayList<>();
		for (String sheet : this.headers.keySet()) {
			files.add(new InventoryFile("RVTools_tab" + sheet + ".csv",
					("\uFEFF" + csv(sheet, separator)).getBytes(StandardCharsets.UTF_8)));
		}
		return files;
	}

	private static String line(List<String> values, char separator) {
		return values.stream()
			.map((value) -> quoted(value, separator))
			.collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
	}

	private static String quoted(String value, char separator) {
		if (value.indexOf(separator) >= 0 || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	private static String flag(boolean value) {
		return value ? "True" : "False";
	}

	private RvToolsExports row(String sheet, Object... pairs) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			row.put((String) pairs[i], pairs[i + 1]);
		}
		this.rows.get(sheet).add(row);
		return this;
	}

	private void sheet(String name, String... columns) {
		this.headers.put(name, new ArrayList<>(List.of(columns)));
		this.rows.put(name, new ArrayList<>());
	}

}
