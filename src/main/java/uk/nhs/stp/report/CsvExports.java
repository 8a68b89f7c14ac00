package uk.nhs.stp.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.nhs.stp.store.IngestEventDao.IngestEvent;
import uk.nhs.stp.store.LedgerEntry;

/**
 * The machine-readable exports beside the workbook, with stable snake_case headers (a public
 * contract, documented in the README). Text that a spreadsheet would run as a formula (starting
 * with =, +, - or @) is prefixed with an apostrophe; numbers are written in full precision.
 */
public final class CsvExports {

	/** Columns of {@code ingest-log-<date>.csv}. */
	public static final List<String> INGEST_LOG_COLUMNS = List.of("file", "sheet", "row", "column", "status",
			"reason_class", "reason");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private CsvExports() {
	}

	/** {@code scores-<date>.csv}: one row per area, the numbers of the Support tiers and Pace sheets. */
	public static void writeScores(ReportData data, Path target) throws IOException {
		List<String> header = AreaColumns.ALL.stream().map(AreaColumns.Column::csvName).toList();
		write(target, header, SupportTiersSheet.sorted(data.areas()).stream().map(area -> {
			List<Object> record = new ArrayList<>();
			AreaColumns.ALL.forEach(column -> record.add(cell(column.value().apply(area))));
			return record;
		}).toList());
	}

	/** {@code ingest-log-<date>.csv}: one row per file, and per row or cell not loaded as an observation. */
	public static void writeIngestLog(ReportData data, Path target) throws IOException {
		List<List<Object>> records = new ArrayList<>();
		for (LedgerEntry file : data.files()) {
			records.add(List.of(text(file.fileName()), "", "", "", file.status(),
					file.reasonClass() == null ? "" : file.reasonClass(), text(fileReason(file))));
		}
		for (IngestEvent e : data.events()) {
			records.add(List.of(text(e.fileName()), text(e.sheet()), e.rowNum() == null ? "" : e.rowNum(),
					e.columnRef() == null ? "" : e.columnRef(), e.status(), e.reasonClass(), text(e.reason())));
		}
		write(target, INGEST_LOG_COLUMNS, records);
	}

	static String fileReason(LedgerEntry file) {
		if (file.reason() != null) {
			return file.reason();
		}
		return String.format("%,d rows read: %,d loaded, %,d rejected, %,d missing", file.rowsRead(),
				file.rowsAccepted(), file.rowsRejected(), file.rowsMissing());
	}

	private static void write(Path target, List<String> header, List<List<Object>> records) throws IOException {
		AtomicFile.write(target, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter printer = new CSVPrinter(writer, FORMAT);
			printer.printRecord(header);
			for (List<Object> record : records) {
				printer.printRecord(record);
			}
			printer.flush();
		});
	}

	private static Object cell(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof String s ? text(s) : value;
	}

	/** Neutralises text a spreadsheet would treat as a formula. */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

}
