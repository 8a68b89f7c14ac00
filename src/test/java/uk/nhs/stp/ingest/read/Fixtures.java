package uk.nhs.stp.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the named ingest fixtures in code, so each one is reviewable where it is asserted:
 * workbooks (xlsx through XSSF, legacy xls through HSSF) with any sheets and cell grids, CSV text
 * in the encodings analysts' files arrive in, and the broken and hostile files ingest must reject.
 * <p>
 * A grid is a list of rows; row {@code i} of the list is Excel's row {@code i + 1}, and an empty
 * row ({@link #BLANK} or no cells) is not written at all, as Excel leaves it out of the file. A
 * cell is written by the type of its value: a {@link String} as text, a {@link Number} as a
 * number, a {@link LocalDate} as a real date (format {@code mmm-yy}), a {@link Percent} as a
 * fraction with a percent format, a {@link Formula} as a formula whose cached value is stored, an
 * {@link ErrorValue} as an error cell, and {@code null} as no cell.
 */
final class Fixtures {

	/** A row with no cells (a blank row between a title and a header, or a table and its notes). */
	static final Object[] BLANK = {};

	private Fixtures() {
	}

	/** The cells of one row, from column A. */
	static Object[] row(Object... cells) {
		return cells;
	}

	static Book xlsx() {
		return new Book(new XSSFWorkbook());
	}

	static Book xls() {
		return new Book(new HSSFWorkbook());
	}

	/** A fraction written with a percent format, e.g. 0.852 shown as 85.2%. */
	record Percent(double fraction, String format) {

		Percent(double fraction) {
			this(fraction, "0.0%");
		}

	}

	/** A formula, e.g. {@code D5/E5*100}; its cached value is computed and stored when written. */
	record Formula(String formula) {
	}

	/** An error cell such as {@code #N/A}. */
	record ErrorValue(FormulaError error) {
	}

	/** A date written with a given date format. */
	record DateCell(LocalDate date, String format) {
	}

	/** A workbook being built, sheet by sheet. */
	static final class Book {

		private final Workbook workbook;

		private final CellStyle date;

		private Sheet last;

		Book(Workbook workbook) {
			this.workbook = workbook;
			this.date = style("mmm-yy");
		}

		/** Counts dates from 1904 (Excel for Mac's old date system); call before adding sheets. */
		Book date1904() {
			XSSFWorkbook xssf = (XSSFWorkbook) this.workbook;
			(xssf.getCTWorkbook().isSetWorkbookPr() ? xssf.getCTWorkbook().getWorkbookPr()
					: xssf.getCTWorkbook().addNewWorkbookPr()).setDate1904(true);
			return this;
		}

		Book sheet(String name, Object[]... rows) {
			this.last = this.workbook.createSheet(name);
			for (int r = 0; r < rows.length; r++) {
				if (rows[r] == null || rows[r].length == 0) {
					continue;
				}
				Row row = this.last.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] != null) {
						write(row.createCell(c), rows[r][c]);
					}
				}
			}
			return this;
		}

		/** Hides the last sheet added, as publishers hide their working sheets. */
		Book hidden() {
			this.workbook.setSheetHidden(this.workbook.getSheetIndex(this.last), true);
			return this;
		}

		/** Hides a column (0-based) of the last sheet added. */
		Book hideColumn(int column) {
			this.last.setColumnHidden(column, true);
			return this;
		}

		/** Merges a range of the last sheet added, e.g. {@code C3:F3}. */
		Book merge(String range) {
			this.last.addMergedRegion(CellRangeAddress.valueOf(range));
			return this;
		}

		Path write(Path file) throws IOException {
			this.workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (this.workbook; OutputStream out = Files.newOutputStream(file)) {
				this.workbook.write(out);
			}
			return file;
		}

		private void write(Cell cell, Object value) {
			if (value instanceof LocalDate d) {
				cell.setCellValue(d);
				cell.setCellStyle(this.date);
			}
			else if (value instanceof DateCell d) {
				cell.setCellValue(d.date());
				cell.setCellStyle(style(d.format()));
			}
			else if (value instanceof Percent p) {
				cell.setCellValue(p.fraction());
				cell.setCellStyle(style(p.format()));
			}
			else if (value instanceof Formula f) {
				cell.setCellFormula(f.formula());
			}
			else if (value instanceof ErrorValue e) {
				cell.setCellErrorValue(e.error().getCode());
			}
			else if (value instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			}
			else {
				cell.setCellValue(value.toString());
			}
		}

		private CellStyle style(String format) {
			CellStyle style = this.workbook.createCellStyle();
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
			return style;
		}

	}

	/** CSV text as UTF-8 without a byte-order mark. */
	static Path csv(Path file, String text) throws IOException {
		return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	/** CSV text as Excel's "CSV UTF-8" saves it: a byte-order mark, then UTF-8. */
	static Path csvWithBom(Path file, String text) throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = Arrays.copyOf(bom, bom.length + body.length);
		System.arraycopy(body, 0, bytes, bom.length, body.length);
		return Files.write(file, bytes);
	}

	/** CSV text in a single-byte encoding, e.g. Windows-1252 as Excel's plain "CSV" saves it in the UK. */
	static Path csv(Path file, String text, Charset charset) throws IOException {
		if (!charset.newEncoder().canEncode(text)) {
			throw new IllegalArgumentException("the fixture text cannot be written in " + charset);
		}
		return Files.write(file, text.getBytes(charset));
	}

	/** The first half of a valid workbook's bytes, as a copy cut short leaves it. */
	static Path truncated(Path whole, Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(whole);
		return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
	}

	/** A workbook encrypted with a password, as Excel saves it (an OLE2 container). */
	static Path passwordProtected(Path plain, Path file, String password) throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword(password);
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(plain, out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		return file;
	}

	/** The workbook part that holds the first sheet of a workbook written by POI. */
	static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";

	/**
	 * A copy of a valid xlsx whose first sheet part is replaced by {@code sheetXml}, every other part
	 * kept: the way hostile workbooks are made.
	 */
	static Path withFirstSheet(Path valid, Path file, SheetContent sheetXml) throws IOException {
		try (ZipFile zip = new ZipFile(valid.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(FIRST_SHEET)) {
					sheetXml.writeTo(out);
				}
				else {
					try (InputStream in = zip.getInputStream(entry)) {
						in.transferTo(out);
					}
				}
				out.closeEntry();
			}
		}
		return file;
	}

	/** Writes a sheet part's bytes. */
	@FunctionalInterface
	interface SheetContent {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * A sheet part of {@code inflatedBytes} bytes, almost all one repeated byte (XML whitespace
	 * inside {@code sheetData}), so it deflates over 1000:1: a zip bomb in the shape of a workbook.
	 */
	static SheetContent bombSheet(long inflatedBytes) {
		return out -> {
			byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
					+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
				.getBytes(StandardCharsets.UTF_8);
			byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
			out.write(head);
			byte[] spaces = new byte[1 << 20];
			Arrays.fill(spaces, (byte) ' ');
			long left = inflatedBytes - head.length - tail.length;
			while (left > 0) {
				int n = (int) Math.min(spaces.length, left);
				out.write(spaces, 0, n);
				left -= n;
			}
			out.write(tail);
		};
	}

	/** A sheet part given as text, e.g. one with a DOCTYPE. */
	static SheetContent sheetXml(String xml) {
		return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
	}

	/** The text of a workbook part, edited: to build a variant of a sheet POI wrote. */
	static String part(Path xlsx, String name, UnaryOperator<String> edit) throws IOException {
		try (ZipFile zip = new ZipFile(xlsx.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			return edit.apply(bytes.toString(StandardCharsets.UTF_8));
		}
	}

}
