package uk.nhs.stp.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import uk.nhs.stp.store.IngestEventDao.IngestEvent;
import uk.nhs.stp.store.LedgerEntry;

/**
 * The machine-readable exports beside the workbook, with stable snake_case headers (a public
 * contract, documented in the README), written by {@link CsvFile}: UTF-8 with a byte-order mark,
 * text guarded against formula injection, numbers in full precision, atomically.
 */
public final class CsvExports {

	/** Columns of {@code ingest-log-<date>.csv}. */
	public static final List<String> INGEST_LOG_COLUMNS = List.of("file", "sheet", "row", "column", "status",
			"reason_class", "reason");

	private CsvExports() {
	}

	/** {@code scores-<date>.csv}: one row per area, the numbers of the Support tiers and Pace sheets. */
	public static void writeScores(ReportData data, Path target) throws IOException {
		List<String> header = AreaColumns.ALL.stream().map(AreaColumns.Column::csvName).toList();
		CsvFile.write(target, header, records -> {
			for (var area : SupportTiersSheet.sorted(data.areas())) {
				records.add(AreaColumns.ALL.stream().map(column -> column.value().apply(area)).toArray());
			}
		});
	}

	/** {@code ingest-log-<date>.csv}: one row per file, and per row or cell not loaded as an observation. */
	public static void writeIngestLog(ReportData data, Path target) throws IOException {
		CsvFile.write(target, INGEST_LOG_COLUMNS, records -> {
			for (LedgerEntry file : data.files()) {
				records.add(file.fileName(), null, null, null, file.status(), file.reasonClass(), fileReason(file));
			}
			for (IngestEvent e : data.events()) {
				records.add(e.fileName(), e.sheet(), e.rowNum(), e.columnRef(), e.status(), e.reasonClass(), e.reason());
			}
		});
	}

	static String fileReason(LedgerEntry file) {
		if (file.reason() != null) {
			return file.reason();
		}
		return String.format("%,d rows read: %,d loaded, %,d rejected, %,d missing", file.rowsRead(),
				file.rowsAccepted(), file.rowsRejected(), file.rowsMissing());
	}

}
