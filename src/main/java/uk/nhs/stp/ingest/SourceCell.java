package uk.nhs.stp.ingest;

import java.time.LocalDateTime;

import uk.nhs.stp.domain.CellRef;

/**
 * One cell as a spreadsheet holds it, before any interpretation: its text as shown, and for
 * numeric cells the number (and date, when its format is a date format).
 *
 * @param column 0-based column index
 * @param text the text as a reader would see it ("" for blank)
 * @param number the numeric value for numeric cells (formula cells: the cached value), else null
 * @param date the date for date-formatted numeric cells, else null
 * @param error whether the cell holds an error value such as {@code #N/A}
 * @param percentFormat whether a numeric cell is formatted as a percentage
 */
public record SourceCell(int column, String text, Double number, LocalDateTime date, boolean error,
		boolean percentFormat) {

	public static SourceCell text(int column, String text) {
		return new SourceCell(column, text == null ? "" : text, null, null, false, false);
	}

	public boolean isBlank() {
		return this.number == null && this.text.isBlank();
	}

	/** Excel's column letters for this cell, e.g. "D". */
	public String columnLetters() {
		return CellRef.column(this.column);
	}

}
