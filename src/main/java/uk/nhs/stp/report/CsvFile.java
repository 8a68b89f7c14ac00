package uk.nhs.stp.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * How every CSV the project writes is written: UTF-8 with a byte-order mark (so Excel on Windows
 * reads "—", "×" and accented names correctly rather than as Windows-1252), RFC 4180 quoting, one
 * header row, text guarded against formula injection, and the file written under a temporary
 * name and moved into place, so a reader never sees half a file.
 */
public final class CsvFile {

	/** The byte-order mark Excel looks for to read a CSV as UTF-8. */
	static final char BOM = '\uFEFF';

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	/** Characters a spreadsheet treats as the start of a formula (OWASP's CSV injection list). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvFile() {
	}

	/** Receives the records of a file. */
	@FunctionalInterface
	public interface Records {

		/**
		 * @param values one per column: text is guarded, numbers and booleans are written as they
		 * are, null is empty
		 */
		void add(Object... values) throws IOException;

	}

	/** Writes the records of a file. */
	@FunctionalInterface
	public interface Content {

		void writeTo(Records records) throws IOException;

	}

	/**
	 * @param target the file
	 * @param header the column names
	 * @param content writes the records
	 */
	public static void write(Path target, List<String> header, Content content) throws IOException {
		AtomicFile.write(target, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(BOM);
			CSVPrinter printer = new CSVPrinter(writer, FORMAT);
			printer.printRecord(header);
			Object[] cells = new Object[header.size()];
			content.writeTo(values -> {
				Object[] row = values.length == cells.length ? cells : new Object[values.length];
				for (int i = 0; i < values.length; i++) {
					row[i] = cell(values[i]);
				}
				printer.printRecord(row);
			});
			printer.flush();
		});
	}

	private static Object cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value;
		}
		return guard(value.toString());
	}

	/**
	 * Text a spreadsheet would run as a formula (starting with =, +, −, @, a tab or a carriage
	 * return) is prefixed with an apostrophe, so it is shown, never evaluated.
	 */
	public static String guard(String text) {
		if (text == null) {
			return "";
		}
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
