package uk.nhs.stp.ingest;

import java.util.Map;

/**
 * One data row, its cells already assigned to the fields of the long layout.
 *
 * @param fileId the file's ledger id
 * @param fileName the file's name, for messages
 * @param sheet the sheet name ("" for CSV)
 * @param rowNumber the row as Excel shows it
 * @param cells the cell of each field present in the file
 */
public record RowItem(long fileId, String fileName, String sheet, int rowNumber, Map<Field, SourceCell> cells)
		implements IngestItem {

	/** The fields of the canonical long layout. */
	public enum Field {

		AREA, MEASURE, PERIOD, VALUE, NUMERATOR, DENOMINATOR

	}

	/** The cell for {@code field}, or null when the file has no such column. */
	public SourceCell cell(Field field) {
		return this.cells.get(field);
	}

	/** "Sheet "A&amp;E" cell D17" or "cell D17" for CSV, as Excel shows the place. */
	public String where(SourceCell cell) {
		return Where.cell(this.sheet, cell.column(), this.rowNumber);
	}

}
