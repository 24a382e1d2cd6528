package io.drillbook.topology.rvtools;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.drillbook.topology.Problem;
import io.drillbook.topology.rvtools.InventorySheet.Kind;

/**
 * Reads one RVTools sheet exported as CSV, as {@link CsvText} reads CSV.
 */
final class InventoryCsv {

	// RVTools names its CSV files RVTools_tabvInfo.csv; people shorten that to vInfo.csv
	// and browsers add " (1)" to a second download.
	private static final Pattern SHEET = Pattern
		.compile("(?i)^(?:.*[^a-z])?(?:tab)?(vinfo|vhost|vcluster)(?:[^a-z].*)?\\.csv$");

	private InventoryCsv() {
	}

	/** The sheet a CSV file holds, told by its name; empty for RVTools' other sheets. */
	static Optional<Kind> sheetNamed(String fileName) {
		Matcher matcher = SHEET.matcher(fileName);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Kind.titled(matcher.group(1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Reads the file as the given sheet.
	 * @return the sheet, or empty when the file is not CSV text; its problems are
	 * reported
	 */
	static Optional<InventorySheet> read(String name, byte[] content, Kind kind, Consumer<Problem> problems) {
		if (CsvText.isBinary(content)) {
			problems.accept(new Problem(name, "", "the file holds binary content, not CSV text; "
					+ "export the sheet from RVTools as CSV, or upload the .xlsx workbook"));
			return Optional.empty();
		}
		InventorySheet sheet = new InventorySheet(kind, name);
		Optional<Character> separator = CsvText.read(content, sheet::accept, sheet::location, problems);
		separator.filter((c) -> c != ',').ifPresent(sheet::readWith);
		return separator.map((c) -> sheet);
	}

}
