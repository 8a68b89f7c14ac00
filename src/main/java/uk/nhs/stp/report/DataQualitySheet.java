package uk.nhs.stp.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import uk.nhs.stp.store.IngestEventDao.IngestEvent;
import uk.nhs.stp.store.LedgerEntry;

/** The Data quality sheet: every file of the run and its fate, then every row not loaded and why. */
final class DataQualitySheet {

	private DataQualitySheet() {
	}

	static void write(SheetWriter out, ReportData data, ReportStyles styles) {
		out.widths(new int[] { 30, 14, 60, 10, 10, 10, 16, 30 });
		out.title("Data quality: every file and every row not loaded",
				"Missing values are recorded as missing, never as zero. Rejected rows name the cell and the reason.");
		SheetWriter.text(out.row(), 0, "Files received in this run", styles.bold);
		out.header(List.of("File", "Fate", "Reason", "Rows read", "Loaded", "Rejected", "Missing",
				"Moved to"));
		for (LedgerEntry file : data.files()) {
			Row row = out.row();
			SheetWriter.text(row, 0, file.fileName(), styles.wrap);
			SheetWriter.text(row, 1, file.status(), styles.text);
			SheetWriter.text(row, 2, file.reason(), styles.wrap);
			SheetWriter.number(row, 3, (double) file.rowsRead(), styles.integer);
			SheetWriter.number(row, 4, (double) file.rowsAccepted(), styles.integer);
			SheetWriter.number(row, 5, (double) file.rowsRejected(), styles.integer);
			SheetWriter.number(row, 6, (double) file.rowsMissing(), styles.integer);
			SheetWriter.text(row, 7, file.movedTo(), styles.wrap);
		}
		if (data.files().isEmpty()) {
			SheetWriter.text(out.row(), 0, "No new files in this run; scores were recalculated from the store.", styles.text);
		}
		out.skip(1);
		SheetWriter.text(out.row(), 0, "Rows and cells not loaded as observations", styles.bold);
		out.header(List.of("File", "Sheet", "Reason", "Row", "Column", "Status", "Reason code", "Raw value"));
		for (IngestEvent event : data.events()) {
			Row row = out.row();
			SheetWriter.text(row, 0, event.fileName(), styles.wrap);
			SheetWriter.text(row, 1, event.sheet(), styles.text);
			SheetWriter.text(row, 2, event.reason(), styles.wrap);
			SheetWriter.number(row, 3, event.rowNum() == null ? null : event.rowNum().doubleValue(), styles.integer);
			SheetWriter.text(row, 4, event.columnRef(), styles.text);
			SheetWriter.text(row, 5, event.status(), styles.text);
			SheetWriter.text(row, 6, event.reasonClass(), styles.text);
			SheetWriter.text(row, 7, event.rawValue(), styles.wrap);
		}
		// two tables: the file column is frozen, a header row is not (it would sit over the second table)
		out.sheet().createFreezePane(1, 0);
		out.printDetail(-1);
	}

}
