package io.drillbook.topology.rvtools;

import java.util.Objects;

/**
 * One uploaded inventory file: an RVTools workbook ({@code .xlsx}) or one of its sheets
 * exported as CSV ({@code RVTools_tabvInfo.csv}).
 *
 * @param name the file name as uploaded; it tells the format and, for CSV, the sheet
 * @param content the file's bytes
 */
public record InventoryFile(String name, byte[] content) {

	public InventoryFile {
		Objects.requireNonNull(content, "content");
	}

	/** The name without any folder a browser may have sent with it. */
	String baseName() {
		String name = (this.name != null) ? this.name : "";
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
	}

}
