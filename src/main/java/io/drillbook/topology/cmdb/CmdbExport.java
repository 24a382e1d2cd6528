package io.drillbook.topology.cmdb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.drillbook.topology.Component;
import io.drillbook.topology.Dependency;
import io.drillbook.topology.Problem;
import io.drillbook.topology.Tier;
import io.drillbook.topology.Topology;
import io.drillbook.topology.TopologyRules;
import io.drillbook.topology.rvtools.CsvText;
import io.drillbook.topology.rvtools.InventoryFile;

/**
 * Reads a CMDB export, as ServiceNow and its kin write one, into an environment: a CSV of
 * configuration items, whose business criticality becomes the tier of the component each
 * stands for, and a CSV of their relations, whose "depends on" ones become hard
 * dependencies. A configuration item stands for the component whose VM has its serial
 * number or UUID (the VM's BIOS UUID, which discovery records), or else whose name or key
 * it carries; what matches nothing, or more than one component, is noted and left out.
 * The result is checked whole, so a relation that closes a cycle refuses the import.
 * <p>
 * Pure: no Spring, no database.
 */
public final class CmdbExport {

	/** The most rows a file may have; a CMDB of a very large estate stays far below. */
	static final int MAX_ROWS = 500_000;

	/** Notes listed one by one; the rest are counted. */
	static final int MAX_NOTES = 500;

	private static final List<String> NAME = List.of("name", "displayname", "ciname", "configurationitem");

	// ServiceNow's own column is spelt busines_criticality.
	private static final List<String> CRITICALITY = List.of("businesscriticality", "businescriticality", "criticality",
			"ucriticality", "businessservicecriticality");

	private static final List<String> SERIAL = List.of("serialnumber", "serial");

	private static final List<String> UUID = List.of("biosuuid", "smbiosuuid", "uuid", "correlationid");

	private static final List<String> PARENT = List.of("parent", "parentci");

	private static final List<String> CHILD = List.of("child", "childci");

	private static final List<String> TYPE = List.of("type", "relationshiptype", "relationtype");

	private static final Pattern LEADING_DIGIT = Pattern.compile("^\\s*([1-4])(?![0-9]).*", Pattern.DOTALL);

	private static final Map<String, Integer> WORDS = Map.of("critical", 1, "high", 2, "medium", 3, "low", 4);

	private CmdbExport() {
	}

	/**
	 * What the export changes in an environment, or why it cannot be read.
	 *
	 * @param topology the environment's topology with the export applied
	 * @param problems why it cannot be imported; empty when it can
	 * @param notes what was left out or worked out, by file and row
	 */
	public record Reading(Topology topology, List<Problem> problems, List<Problem> notes) {

		public Reading {
			problems = List.copyOf(problems);
			notes = List.copyOf(notes);
		}

		public boolean isValid() {
			return this.problems.isEmpty();
		}

	}

	/** A file's rows, with its header's columns by normalised name. */
	private record Table(String file, Map<String, Integer> columns, List<Row> rows) {

		Optional<Integer> column(List<String> names) {
			return names.stream().filter(this.columns::containsKey).findFirst().map(this.columns::get);
		}

	}

	private record Row(int number, List<String> values) {

		String value(Optional<Integer> column) {
			return column.filter((c) -> c < this.values.size()).map((c) -> this.values.get(c).trim()).orElse("");
		}

	}

	public static Reading read(List<InventoryFile> files, Topology environment) {
		List<Problem> problems = new ArrayList<>();
		Notes notes = new Notes();
		List<Table> items = new ArrayList<>();
		List<Table> relations = new ArrayList<>();
		if (files.isEmpty()) {
			problems.add(new Problem("CMDB", "file", "choose the CSV of configuration items, of relations, or both"));
		}
		for (InventoryFile file : files) {
			table(file, problems).ifPresent((table) -> {
				if (table.column(PARENT).isPresent() && table.column(CHILD).isPresent()) {
					relations.add(table);
				}
				else if (table.column(NAME).isPresent()) {
					items.add(table);
				}
				else {
					problems.add(new Problem(table.file(), "",
							"neither configuration items (a Name column) nor relations (Parent and Child columns)"));
				}
			});
		}
		if (!problems.isEmpty()) {
			return new Reading(environment, problems, notes.all());
		}
		Matching matching = new Matching(environment);
		Map<String, Component> changed = new LinkedHashMap<>();
		Map<String, String> itemComponents = new HashMap<>();
		Map<String, String> tierSource = new HashMap<>();
		for (Table table : items) {
			Optional<Integer> name = table.column(NAME);
			Optional<Integer> criticality = table.column(CRITICALITY);
			Optional<Integer> serial = table.column(SERIAL);
			Optional<Integer> uuid = table.column(UUID);
			for (Row row : table.rows()) {
				String where = table.file() + ", row " + row.number();
				String item = row.value(name);
				if (item.isEmpty()) {
					notes.add(new Problem(where, "Name", "skipped a row without a name"));
					continue;
				}
				Optional<Component> component = matching.item(item, row.value(serial), row.value(uuid), where, notes);
				if (component.isEmpty()) {
					continue;
				}
				itemComponents.putIfAbsent(item.toLowerCase(Locale.ROOT), component.get().key());
				String level = row.value(criticality);
				if (level.isEmpty()) {
					continue;
				}
				Optional<Tier> tier = tier(level);
				if (tier.isEmpty()) {
					problems.add(new Problem(where, "Business criticality", "cannot read '" + level
							+ "' as a criticality; write 1 - most critical to 4 - not critical, or 1 to 4"));
					continue;
				}
				Component current = changed.getOrDefault(component.get().key(), component.get());
				String earlier = tierSource.putIfAbsent(current.key(), where);
				if (earlier != null && !current.tier().equals(tier.get())) {
					problems.add(new Problem(where, "Business criticality", "gives " + current.key() + " tier "
							+ tier.get().level() + ", but " + earlier + " gives it tier " + current.tier().level()));
					continue;
				}
				changed.put(current.key(), current.withTier(tier.get()));
			}
		}
		List<Dependency> dependencies = new ArrayList<>(environment.dependencies());
		Set<String> present = new HashSet<>();
		environment.dependencies().forEach((d) -> present.add(d.dependent() + "->" + d.dependsOn()));
		Map<String, Integer> otherTypes = new TreeMap<>();
		for (Table table : relations) {
			Optional<Integer> parent = table.column(PARENT);
			Optional<Integer> child = table.column(CHILD);
			Optional<Integer> type = table.column(TYPE);
			for (Row row : table.rows()) {
				String where = table.file() + ", row " + row.number();
				String kind = row.value(type);
				String direction = kind.contains("::") ? kind.substring(0, kind.indexOf("::")).trim() : kind.trim();
				boolean dependsOn = direction.equalsIgnoreCase("depends on") || kind.isEmpty();
				boolean usedBy = direction.equalsIgnoreCase("used by");
				if (!dependsOn && !usedBy) {
					otherTypes.merge(kind, 1, Integer::sum);
					continue;
				}
				Optional<String> from = matching.named(row.value(parent), itemComponents, where, "Parent", notes);
				Optional<String> to = matching.named(row.value(child), itemComponents, where, "Child", notes);
				if (from.isEmpty() || to.isEmpty()) {
					continue;
				}
				String dependent = dependsOn ? from.get() : to.get();
				String needed = dependsOn ? to.get() : from.get();
				if (dependent.equals(needed)) {
					notes.add(new Problem(where, "Child", "skipped: both ends stand for " + dependent));
					continue;
				}
				if (present.add(dependent + "->" + needed)) {
					dependencies.add(Dependency.hard(dependent, needed));
				}
			}
		}
		otherTypes.forEach((kind, count) -> notes
			.add(new Problem("relations", "Type", "skipped " + count + " relation" + ((count == 1) ? "" : "s")
					+ " of type '" + kind + "': not a dependency of one component on another")));
		List<Component> components = environment.components()
			.stream()
			.map((c) -> changed.getOrDefault(c.key(), c))
			.toList();
		Topology result = new Topology(environment.sites(), environment.clusters(), environment.hosts(), components,
				dependencies, environment.failoverClusters());
		problems.addAll(TopologyRules.check(result));
		return new Reading(problems.isEmpty() ? result : environment, problems, notes.all());
	}

	/** The tier of a criticality: ServiceNow's 1 - most critical to 4 - not critical. */
	static Optional<Tier> tier(String criticality) {
		Matcher digit = LEADING_DIGIT.matcher(criticality);
		if (digit.matches()) {
			return Tier.parse(Integer.valueOf(digit.group(1)));
		}
		return Optional.ofNullable(WORDS.get(criticality.trim().toLowerCase(Locale.ROOT))).flatMap(Tier::parse);
	}

	private static Optional<Table> table(InventoryFile file, List<Problem> problems) {
		String name = file.name();
		if (CsvText.isBinary(file.content())) {
			problems.add(new Problem(name, "", "the file holds binary content, not CSV text; export the table as CSV"));
			return Optional.empty();
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<Row> rows = new ArrayList<>();
		boolean[] header = { false };
		Optional<Character> read = CsvText.read(file.content(), (number, fields) -> {
			if (fields.stream().allMatch(String::isBlank)) {
				return true;
			}
			if (!header[0]) {
				header[0] = true;
				for (int i = 0; i < fields.size(); i++) {
					columns.putIfAbsent(normalized(fields.get(i)), i);
				}
				return true;
			}
			if (rows.size() >= MAX_ROWS) {
				problems.add(new Problem(name, "", "more than " + MAX_ROWS + " rows; split the export"));
				return false;
			}
			rows.add(new Row(number, fields));
			return true;
		}, (row) -> name + ", row " + row, problems::add);
		if (read.isEmpty() || !header[0]) {
			if (read.isPresent()) {
				problems.add(new Problem(name, "", "the file is empty"));
			}
			return Optional.empty();
		}
		return Optional.of(new Table(name, columns, rows));
	}

	// Exports differ in case, spaces and punctuation: "Business criticality",
	// busines_criticality, "Serial number".
	private static String normalized(String header) {
		return header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/**
	 * A configuration item's component: the one whose VM has its serial number or UUID,
	 * or else whose name or key it carries, with or without its domain.
	 */
	private static final class Matching {

		private final Map<String, Component> byUuid = new HashMap<>();

		private final Map<String, Set<Component>> byName = new HashMap<>();

		Matching(Topology environment) {
			for (Component c : environment.components()) {
				String uuid = hex(c.vm().biosUuid());
				if (!uuid.isEmpty()) {
					this.byUuid.put(uuid, c);
				}
				this.byName.computeIfAbsent(c.name().toLowerCase(Locale.ROOT), (k) -> new LinkedHashSet<>()).add(c);
				this.byName.computeIfAbsent(c.key(), (k) -> new LinkedHashSet<>()).add(c);
			}
		}

		Optional<Component> item(String name, String serial, String uuid, String where, Notes notes) {
			for (String id : List.of(serial, uuid)) {
				Component found = this.byUuid.get(hex(id));
				if (found != null) {
					return Optional.of(found);
				}
			}
			Set<Component> candidates = candidates(name);
			if (candidates.size() == 1) {
				return Optional.of(candidates.iterator().next());
			}
			notes.add(new Problem(where, "Name",
					candidates.isEmpty()
							? "skipped '" + name + "': no component of the environment has its name or serial number"
							: "skipped '" + name + "': it could be any of "
									+ String.join(", ", candidates.stream().map(Component::key).toList())
									+ "; give its serial number to tell"));
			return Optional.empty();
		}

		Optional<String> named(String name, Map<String, String> items, String where, String column, Notes notes) {
			if (name.isEmpty()) {
				notes.add(new Problem(where, column,
						"skipped a relation without its " + column.toLowerCase(Locale.ROOT)));
				return Optional.empty();
			}
			String item = items.get(name.toLowerCase(Locale.ROOT));
			if (item != null) {
				return Optional.of(item);
			}
			Set<Component> candidates = candidates(name);
			if (candidates.size() == 1) {
				return Optional.of(candidates.iterator().next().key());
			}
			notes.add(new Problem(where, column, "skipped the relation: '" + name + "' " + (candidates.isEmpty()
					? "is no component of the environment"
					: "could be any of " + String.join(", ", candidates.stream().map(Component::key).toList()))));
			return Optional.empty();
		}

		private Set<Component> candidates(String name) {
			String lower = name.toLowerCase(Locale.ROOT);
			Set<Component> found = new LinkedHashSet<>(this.byName.getOrDefault(lower, Set.of()));
			if (found.isEmpty() && lower.contains(".")) {
				found.addAll(this.byName.getOrDefault(lower.substring(0, lower.indexOf('.')), Set.of()));
			}
			return found;
		}

		// A UUID and the serial number discovery derives from it (VMware-42 1a 2b …)
		// are the same 32 hexadecimal digits.
		private static String hex(String id) {
			String digits = id.toLowerCase(Locale.ROOT).replaceFirst("^vmware-", "").replaceAll("[^0-9a-f]", "");
			return (digits.length() == 32) ? digits : "";
		}

	}

	/** Collects notes up to {@link #MAX_NOTES}, then counts the rest. */
	private static final class Notes {

		private final List<Problem> listed = new ArrayList<>();

		private int unlisted;

		void add(Problem note) {
			if (this.listed.size() < MAX_NOTES) {
				this.listed.add(note);
			}
			else {
				this.unlisted++;
			}
		}

		List<Problem> all() {
			if (this.unlisted == 0) {
				return this.listed;
			}
			List<Problem> all = new ArrayList<>(this.listed);
			all.add(new Problem("CMDB", "", "and " + this.unlisted + " more notes like these"));
			return all;
		}

	}

}
