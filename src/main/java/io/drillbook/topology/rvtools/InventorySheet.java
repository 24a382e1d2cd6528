package io.drillbook.topology.rvtools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One RVTools sheet as read from a workbook or a CSV file: the values of the columns the
 * import reads, found by their header, with the spreadsheet row number of every row.
 * Other columns are passed over, so exports of any RVTools version fit.
 */
final class InventorySheet {

	/**
	 * The most data rows a sheet may have; RVTools of a very large estate stays far
	 * below.
	 */
	static final int MAX_ROWS = 200_000;

	/** The sheets the import reads and their columns, spelt as RVTools writes them. */
	/** The vCenter a row was read from, in every sheet of RVTools 3.x and later. */
	static final String SERVER = "VI SDK Server";

	/**
	 * The custom attribute a backup product writes on each VM: Veeam's "Last backup",
	 * NetBackup's NB_LAST_BACKUP and the like; any header holding the words is taken.
	 */
	static final String LAST_BACKUP = "Last backup";

	/** The port groups of a VM's first eight network adapters. */
	static final List<String> NETWORKS = List.of("Network #1", "Network #2", "Network #3", "Network #4", "Network #5",
			"Network #6", "Network #7", "Network #8");

	enum Kind {

		VINFO("vInfo", List.of("VM", "Host", "Cluster", "Datacenter"),
				Stream
					.concat(Stream.of("Template", "Powerstate", "SRM Placeholder", "DNS Name", SERVER,
							"HA Restart Priority", "FT State", "FT Role", "Cluster rule name(s)", LAST_BACKUP, "Folder",
							"Resource pool", "Annotation", "SMBIOS UUID", "UUID"), NETWORKS.stream())
					.toList()),

		VHOST("vHost", List.of("Host", "Datacenter", "Cluster"), List.of(SERVER)),

		VCLUSTER("vCluster", List.of("Name", "HA enabled", "DRS enabled"),
				List.of("Datacenter", SERVER, "AdmissionControlEnabled"));

		private final String title;

		private final List<String> required;

		private final List<String> optional;

		Kind(String title, List<String> required, List<String> optional) {
			this.title = title;
			this.required = required;
			this.optional = optional;
		}

		String title() {
			return this.title;
		}

		List<String> columns() {
			return Stream.concat(this.required.stream(), this.optional.stream()).toList();
		}

		static Optional<Kind> titled(String name) {
			return Arrays.stream(values()).filter((kind) -> kind.title.equalsIgnoreCase(name.trim())).findFirst();
		}

	}

	/**
	 * A data row.
	 *
	 * @param sheet the sheet it was read from, which is one of the parts of a
	 * {@link #combined} sheet
	 * @param number the spreadsheet row number; the header is usually row 1
	 * @param values the trimmed values of the sheet kind's columns, in their order; empty
	 * when the cell or the column is absent
	 */
	record Row(InventorySheet sheet, int number, String[] values) {

		String location() {
			return this.sheet.location(this.number);
		}

		boolean hasFormulas() {
			return this.sheet.hasFormulas(this.number);
		}

	}

	private final Kind kind;

	private final String source;

	private final List<String> columns;

	private int[] positions;

	// The custom attributes of vInfo: RVTools writes them between Annotation and
	// Datacenter, one column each, named as in vCenter.
	private int[] attributePositions = new int[0];

	private List<String> attributeNames = List.of();

	private boolean[] read;

	private int headerRow;

	private List<String> headers = List.of();

	private final List<Row> rows = new ArrayList<>();

	private final List<InventorySheet> parts;

	private boolean complete = true;

	private int seen;

	private final Set<Integer> rowsWithFormulas = new HashSet<>();

	private int ignoredFormulas;

	private String firstIgnoredFormula;

	private Character separator;

	/**
	 * @param kind which sheet this is
	 * @param source how problems name it, such as {@code RVTools.xlsx, sheet vInfo}
	 */
	InventorySheet(Kind kind, String source) {
		this.kind = kind;
		this.source = source;
		this.columns = kind.columns();
		this.parts = List.of(this);
	}

	private InventorySheet(List<InventorySheet> parts) {
		this.kind = parts.get(0).kind;
		this.source = String.join(" and ", parts.stream().map(InventorySheet::source).toList());
		this.columns = this.kind.columns();
		this.parts = List.copyOf(parts);
		this.positions = new int[this.columns.size()];
		Arrays.fill(this.positions, -1);
		for (InventorySheet part : parts) {
			for (int i = 0; part.positions != null && i < this.positions.length; i++) {
				this.positions[i] = Math.max(this.positions[i], part.positions[i]);
			}
			this.rows.addAll(part.rows);
		}
	}

	/**
	 * One sheet of the rows of several sheets of the same kind, each row keeping where it
	 * was read; it has a column when any of them has it. For the exports of several
	 * vCenters uploaded together.
	 */
	static InventorySheet combined(List<InventorySheet> sheets) {
		return (sheets.size() == 1) ? sheets.get(0) : new InventorySheet(sheets);
	}

	/** The sheets read from the files: this one, or those it was combined from. */
	List<InventorySheet> parts() {
		return this.parts;
	}

	/**
	 * Takes the next row of the file. The first row with any value is the header; rows
	 * without any value are passed over.
	 * @return false when the sheet has more rows than it may have; the reader stops then
	 */
	boolean accept(int number, List<String> cells) {
		// Blank rows count too: a file of nothing but blank rows must not run on forever.
		if (++this.seen > MAX_ROWS + 1) {
			this.complete = false;
			return false;
		}
		if (isBlank(cells)) {
			return true;
		}
		if (this.positions == null) {
			header(number, cells);
			return true;
		}
		String[] values = new String[this.columns.size() + this.attributePositions.length];
		for (int i = 0; i < values.length; i++) {
			int position = (i < this.positions.length) ? this.positions[i]
					: this.attributePositions[i - this.positions.length];
			String cell = (position >= 0 && position < cells.size()) ? cells.get(position) : null;
			values[i] = (cell != null) ? cell.trim() : "";
		}
		this.rows.add(new Row(this, number, values));
		return true;
	}

	private static boolean isBlank(List<String> cells) {
		for (String cell : cells) {
			if (cell != null && !cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the value of a cell at this position is needed: every cell until the header
	 * is found, then only the cells of the columns read. A reader may pass any non-blank
	 * placeholder for the others.
	 */
	boolean reads(int position) {
		return this.read == null || (position < this.read.length && this.read[position]);
	}

	private void header(int number, List<String> cells) {
		this.headerRow = number;
		this.headers = cells.stream().map((cell) -> (cell != null) ? cell.trim() : "").toList();
		Map<String, Integer> byName = new HashMap<>();
		for (int i = 0; i < this.headers.size(); i++) {
			byName.putIfAbsent(normalized(this.headers.get(i)), i);
		}
		this.positions = this.columns.stream()
			.mapToInt((c) -> names(c).stream().filter(byName::containsKey).findFirst().map(byName::get).orElse(-1))
			.toArray();
		int lastBackup = this.columns.indexOf(LAST_BACKUP);
		if (lastBackup >= 0 && this.positions[lastBackup] < 0) {
			for (int i = 0; i < this.headers.size(); i++) {
				if (this.headers.get(i).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT).contains("lastbackup")) {
					this.positions[lastBackup] = i;
					break;
				}
			}
		}
		this.read = new boolean[this.headers.size()];
		for (int position : this.positions) {
			if (position >= 0) {
				this.read[position] = true;
			}
		}
		if (this.kind == Kind.VINFO) {
			int annotation = byName.getOrDefault(normalized("Annotation"), -1);
			int datacenter = byName.getOrDefault(normalized("Datacenter"), -1);
			List<Integer> attributes = new ArrayList<>();
			for (int i = annotation + 1; annotation >= 0 && i < datacenter; i++) {
				if (!this.read[i] && !this.headers.get(i).isEmpty()) {
					attributes.add(i);
					this.read[i] = true;
				}
			}
			this.attributePositions = attributes.stream().mapToInt(Integer::intValue).toArray();
			this.attributeNames = attributes.stream().map(this.headers::get).toList();
		}
	}

	/**
	 * A header as compared: RVTools versions differ in the case of some headers ("HA
	 * Enabled") and in spaces, and its -DBColumnNames option writes them without spaces
	 * behind the sheet's name ({@code vInfoCluster}, {@code vClusterHAEnabled}).
	 */
	private String normalized(String header) {
		String name = header.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
		String prefix = this.kind.title().toLowerCase(Locale.ROOT);
		return (name.startsWith(prefix) && name.length() > prefix.length()) ? name.substring(prefix.length()) : name;
	}

	// The database column names call a VM's name VMName and a host's Name.
	private List<String> names(String column) {
		String name = normalized(column);
		if (this.kind == Kind.VINFO && column.equals("VM")) {
			return List.of(name, "vmname");
		}
		if (this.kind == Kind.VHOST && column.equals("Host")) {
			return List.of(name, "name");
		}
		return List.of(name);
	}

	/**
	 * Notes a formula in a column the import does not read: its value is not needed, so
	 * it is passed over, but a row of such formulas with no key is a totals row.
	 */
	void ignoreFormula(int row, String cell) {
		this.rowsWithFormulas.add(row);
		if (this.ignoredFormulas++ == 0) {
			this.firstIgnoredFormula = cell;
		}
	}

	/** Records that a CSV file was read with another separator than the comma. */
	void readWith(char separator) {
		this.separator = separator;
	}

	/** The separator a CSV file was read with when it was not a comma. */
	Optional<Character> separator() {
		return Optional.ofNullable(this.separator);
	}

	boolean hasFormulas(int row) {
		return this.rowsWithFormulas.contains(row);
	}

	int ignoredFormulas() {
		return this.ignoredFormulas;
	}

	String firstIgnoredFormula() {
		return this.firstIgnoredFormula;
	}

	/**
	 * Whether every row was taken; false when the sheet has more than {@link #MAX_ROWS}.
	 */
	boolean isComplete() {
		return this.complete;
	}

	Kind kind() {
		return this.kind;
	}

	String source() {
		return this.source;
	}

	List<Row> rows() {
		return this.rows;
	}

	/** The required columns the header lacks; all of them when the sheet is empty. */
	List<String> missingColumns() {
		return this.kind.required.stream().filter((column) -> !has(column)).toList();
	}

	boolean has(String column) {
		int index = this.columns.indexOf(column);
		return this.positions != null && index >= 0 && this.positions[index] >= 0;
	}

	/** The custom attributes of a vInfo row that have a value, by name. */
	static Map<String, String> attributes(Row row) {
		InventorySheet part = row.sheet();
		Map<String, String> attributes = new HashMap<>();
		for (int i = 0; i < part.attributeNames.size(); i++) {
			String value = row.values()[part.columns.size() + i];
			if (!value.isEmpty()) {
				attributes.put(part.attributeNames.get(i), value);
			}
		}
		return attributes;
	}

	String value(Row row, String column) {
		int index = this.columns.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException("sheet " + this.kind.title + " has no column " + column);
		}
		return row.values()[index];
	}

	/**
	 * The header above a cell, for naming the field of a problem; empty above the header.
	 */
	String header(int position) {
		return (position >= 0 && position < this.headers.size()) ? this.headers.get(position) : "";
	}

	int headerRow() {
		return (this.positions != null) ? this.headerRow : 1;
	}

	String location(int row) {
		return this.source + ", row " + row;
	}

}
