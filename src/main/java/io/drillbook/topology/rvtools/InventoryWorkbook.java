package io.drillbook.topology.rvtools;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import io.drillbook.topology.Problem;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import io.drillbook.topology.rvtools.InventorySheet.Kind;

/**
 * Reads the RVTools sheets of an {@code .xlsx} workbook. The sheets are streamed (SAX)
 * rather than loaded as a whole, because a vInfo sheet has some ninety columns per VM;
 * only the columns the import needs are kept. Cells with formulas in those columns are
 * refused: an RVTools export holds values only, and a formula's cached result may be
 * stale; formulas elsewhere are passed over and counted.
 * <p>
 * Kept whole: the streaming handlers share the state of the sheet being read: the shared
 * strings, the current row and cell.
 */
final class InventoryWorkbook {

	/**
	 * Parts that expand more than 100 times their compressed size are refused as zip
	 * bombs. Sheets written by Excel or POI compress to about 10 % (measured: 8.6 to 11.5
	 * %); this is POI's default, set here so that it does not change with POI.
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	/**
	 * No part of a workbook may expand beyond 512 MiB. A vInfo sheet of 10,000 VMs with
	 * ninety columns expands to 35 MiB, so the 50 MiB input cap, some 120,000 such VMs,
	 * stays below it.
	 */
	static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

	/**
	 * The shared strings, which are held in memory whole, may expand to 64 MiB. RVTools
	 * writes every name, path and note of the estate there once; at some 2 KiB a VM that
	 * is room for the 120,000 VMs of the input cap, while a file that packs far more text
	 * into the table than any sheet points at would otherwise take gigabytes to hold.
	 */
	static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;

	private static final String SHARED_STRINGS_TOO_LARGE = "shared strings over the limit";

	private static final String SHARED_STRINGS_ANNOUNCED = "shared strings announced over the limit";

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	// Old binary workbooks and password-protected xlsx files are OLE2 compound documents.
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final String ZIP_BOMB = "Zip bomb detected";

	static {
		// POI's guards are process-wide; setting them where workbooks are opened makes
		// sure they are in force before the first one is read.
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
	}

	private InventoryWorkbook() {
	}

	/**
	 * Reads the workbook's vInfo, vHost and vCluster sheets; other sheets are passed
	 * over.
	 * @return the sheets found, or empty when the file cannot be read as a workbook; its
	 * problems are reported
	 */
	static Optional<List<InventorySheet>> read(String name, byte[] content, Consumer<Problem> problems) {
		if (startsWith(content, OLE2)) {
			return refuse(name, "the file is an old .xls workbook or a password-protected one; "
					+ "save it as .xlsx without a password, or export the sheets as CSV", problems);
		}
		if (!startsWith(content, ZIP)) {
			return refuse(name, "the file is not an xlsx workbook (an xlsx file is a zip archive, this one is not); "
					+ "export the inventory from RVTools as xlsx or CSV", problems);
		}
		Path copy = null;
		ZipSecureFile archive = null;
		OPCPackage workbook = null;
		try {
			// From a file, POI streams each part through its zip-bomb guard rather than
			// expanding the whole archive into memory. OPCPackage.open(File) would fall
			// back to expanding it all when the zip directory is damaged; opening the
			// archive here refuses a damaged file instead.
			copy = Files.createTempFile("rvtools-", ".xlsx");
			Files.write(copy, content);
			archive = new ZipSecureFile(copy.toFile());
			workbook = OPCPackage.open(new ZipFileZipEntrySource(archive));
			return Optional.of(sheets(name, workbook, archive, problems));
		}
		catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException ex) {
			// Whatever POI throws for a hostile or damaged file must end in a problem the
			// uploader can act on.
			return refuse(name, reason(ex), problems);
		}
		finally {
			close(workbook, archive, copy);
		}
	}

	private static void close(OPCPackage workbook, ZipSecureFile archive, Path copy) {
		if (workbook != null) {
			workbook.revert();
		}
		try {
			if (archive != null) {
				archive.close();
			}
		}
		catch (IOException ex) {
			// Read only: nothing is lost.
		}
		try {
			if (copy != null) {
				Files.deleteIfExists(copy);
			}
		}
		catch (IOException ex) {
			copy.toFile().deleteOnExit();
		}
	}

	private static List<InventorySheet> sheets(String name, OPCPackage workbook, ZipSecureFile archive,
			Consumer<Problem> problems)
			throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
		XSSFReader reader = new XSSFReader(workbook);
		ReadOnlySharedStringsTable strings = null;
		List<InventorySheet> sheets = new ArrayList<>();
		XSSFReader.SheetIterator parts = reader.getSheetIterator();
		while (parts.hasNext()) {
			try (InputStream part = parts.next()) {
				Optional<Kind> kind = Kind.titled(parts.getSheetName());
				if (kind.isEmpty()) {
					continue;
				}
				if (strings == null) {
					strings = sharedStrings(workbook, archive);
				}
				InventorySheet sheet = new InventorySheet(kind.get(), name + ", sheet " + kind.get().title());
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new SheetHandler(sheet, strings, problems));
				try {
					parser.parse(new InputSource(part));
				}
				catch (SheetFull ex) {
					// The sheet says itself that it stopped early.
				}
				sheets.add(sheet);
			}
		}
		return sheets;
	}

	private static ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook, ZipSecureFile archive)
			throws IOException, SAXException, OpenXML4JException {
		List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return new ReadOnlySharedStringsTable(workbook, false);
		}
		PackagePart part = parts.get(0);
		ZipArchiveEntry entry = archive.getEntry(part.getPartName().getName().substring(1));
		if (entry != null && entry.getSize() > MAX_SHARED_STRINGS_BYTES) {
			throw new IOException(SHARED_STRINGS_ANNOUNCED);
		}
		// The size a zip entry announces can be a lie. Inflating alone is several
		// times faster than parsing, so the bytes are counted once before any is
		// parsed: a lying file is refused in the time it takes to inflate the limit.
		try (InputStream in = new BoundedInputStream(part.getInputStream(), MAX_SHARED_STRINGS_BYTES)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		try (InputStream in = part.getInputStream()) {
			return new ReadOnlySharedStringsTable(in, false);
		}
	}

	/** Fails the read once more than the limit has come through. */
	private static final class BoundedInputStream extends FilterInputStream {

		private final long limit;

		private long read;

		BoundedInputStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count((b < 0) ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > this.limit) {
				throw new IOException(SHARED_STRINGS_TOO_LARGE);
			}
		}

	}

	private static Optional<List<InventorySheet>> refuse(String name, String message, Consumer<Problem> problems) {
		problems.accept(new Problem(name, "", message));
		return Optional.empty();
	}

	private static String reason(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (SHARED_STRINGS_ANNOUNCED.equals(message)) {
				return "the workbook's shared strings announce more than " + (MAX_SHARED_STRINGS_BYTES >> 20)
						+ " MiB of text, far more than any RVTools export holds; the file is refused unread";
			}
			if (SHARED_STRINGS_TOO_LARGE.equals(message)) {
				return "the workbook's shared strings expand to more than " + (MAX_SHARED_STRINGS_BYTES >> 20)
						+ " MiB, far more text than any RVTools export holds; the file is refused";
			}
			if (message != null && message.startsWith(ZIP_BOMB)) {
				return message.contains("max size")
						? "a part of the workbook expands to more than " + (MAX_ENTRY_BYTES >> 20)
								+ " MiB; the file is refused as a possible zip bomb"
						: "a part of the workbook expands more than " + Math.round(1 / MIN_INFLATE_RATIO)
								+ " times its compressed size, which no real sheet does; "
								+ "the file is refused as a possible zip bomb";
			}
		}
		return "the file cannot be read as an xlsx workbook; it may be damaged. "
				+ "Save it again from Excel or export the inventory from RVTools anew";
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/** Stops the parser once a sheet has taken as many rows as it may. */
	private static final class SheetFull extends SAXException {

		SheetFull() {
			super("the sheet has too many rows");
		}

	}

	/**
	 * Turns the sheet XML ({@code <row><c r="C7" t="s"><v>3</v></c></row>}) into rows of
	 * strings. Cell types: {@code s} shared string, {@code inlineStr}, {@code b} boolean,
	 * {@code str}/{@code e}/{@code d} text as written, numbers otherwise.
	 */
	private static final class SheetHandler extends DefaultHandler {

		// XFD, the last column Excel has.
		private static final int MAX_COLUMNS = 16_384;

		private final InventorySheet sheet;

		private final ReadOnlySharedStringsTable strings;

		private final Consumer<Problem> problems;

		private final List<String> cells = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private int row;

		private int column;

		private String reference;

		private String type;

		private String value;

		private boolean formula;

		private boolean capturing;

		private boolean inlineString;

		private int phonetic;

		SheetHandler(InventorySheet sheet, ReadOnlySharedStringsTable strings, Consumer<Problem> problems) {
			this.sheet = sheet;
			this.strings = strings;
			this.problems = problems;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			switch (local(localName, qName)) {
				case "row" -> {
					String number = attributes.getValue("r");
					this.row = (number != null) ? parse(number, "row number") : this.row + 1;
					this.column = -1;
					this.cells.clear();
				}
				case "c" -> {
					this.reference = attributes.getValue("r");
					this.column = (this.reference != null) ? column(this.reference) : this.column + 1;
					this.type = attributes.getValue("t");
					this.value = null;
					this.formula = false;
				}
				case "f" -> this.formula = true;
				case "v" -> {
					this.text.setLength(0);
					this.capturing = true;
				}
				case "is" -> {
					this.text.setLength(0);
					this.inlineString = true;
				}
				case "rPh" -> this.phonetic++;
				case "t" -> this.capturing = this.inlineString && this.phonetic == 0;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.capturing) {
				this.text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (local(localName, qName)) {
				case "v" -> {
					this.value = this.text.toString();
					this.capturing = false;
				}
				case "t" -> this.capturing = false;
				case "rPh" -> this.phonetic--;
				case "is" -> {
					this.value = this.text.toString();
					this.inlineString = false;
				}
				case "c" -> cell();
				case "row" -> {
					if (!this.sheet.accept(this.row, this.cells)) {
						throw new SheetFull();
					}
				}
				default -> {
				}
			}
		}

		private void cell() throws SAXException {
			if (this.formula) {
				String at = (this.reference != null) ? this.reference
						: new CellReference(this.row - 1, this.column).formatAsString(false);
				// A formula's cached result may be stale, so a value the import reads
				// must be
				// a value; elsewhere (sums and notes added in Excel) it does not matter.
				if (this.sheet.reads(this.column)) {
					this.problems.accept(new Problem(this.sheet.location(this.row), this.sheet.header(this.column),
							"cell " + at + " holds a formula; export values only"));
				}
				else {
					this.sheet.ignoreFormula(this.row, at);
				}
			}
			while (this.cells.size() <= this.column) {
				this.cells.add(null);
			}
			// A vInfo row has some ninety cells and the import reads six; the rest keep
			// their raw text, which is enough to tell a blank row.
			this.cells.set(this.column, this.sheet.reads(this.column) ? text() : this.value);
		}

		/** The column of a reference such as {@code C7}, counted from 0. */
		private static int column(String reference) throws SAXException {
			int column = 0;
			int i = 0;
			while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
				column = column * 26 + (reference.charAt(i++) - 'A' + 1);
				if (column > MAX_COLUMNS) {
					throw new SAXException("cell " + reference + " lies beyond the last column");
				}
			}
			if (i == 0) {
				throw new SAXException("'" + reference + "' is not a cell reference");
			}
			return column - 1;
		}

		private String text() throws SAXException {
			if (this.value == null) {
				return null;
			}
			if (this.type == null || this.type.equals("n")) {
				return number(this.value);
			}
			return switch (this.type) {
				case "s" -> {
					int index = parse(this.value, "shared string");
					try {
						yield this.strings.getItemAt(index).getString();
					}
					catch (IndexOutOfBoundsException ex) {
						throw new SAXException("shared string " + index + " does not exist");
					}
				}
				case "b" -> "1".equals(this.value.trim()) ? "True" : "False";
				default -> this.value;
			};
		}

		// Whole numbers without ".0", so that a host named 1001 stays 1001.
		private static String number(String value) {
			try {
				double number = Double.parseDouble(value);
				if (number == Math.rint(number) && Math.abs(number) < 1e15) {
					return Long.toString((long) number);
				}
			}
			catch (NumberFormatException ex) {
				// Kept as written.
			}
			return value;
		}

		private static int parse(String number, String what) throws SAXException {
			try {
				return Integer.parseInt(number.trim());
			}
			catch (NumberFormatException ex) {
				throw new SAXException("'" + number + "' is not a " + what);
			}
		}

		private static String local(String localName, String qName) {
			return (localName != null && !localName.isEmpty()) ? localName : qName.substring(qName.indexOf(':') + 1);
		}

	}

}
