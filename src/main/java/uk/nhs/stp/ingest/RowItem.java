package uk.nhs.stp.ingest;

import java.util.Map;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.Where;

/**
 * One candidate observation from a data row: its cells by field, and the metric or period when
 * the layout fixes them (from a column header, the sheet name or a title row). A wide row gives
 * one item per value cell.
 *
 * @param fileId the file's ledger id
 * @param fileName the file's name, for messages
 * @param sheet the sheet name ("" for CSV)
 * @param rowNumber the row as Excel shows it
 * @param cells the cell of each field the row holds
 * @param measure the metric fixed by the layout, or null to read it from the metric cell
 * @param period the period fixed by the layout, or null to read it from the period cell
 * @param date1904 whether the workbook counts dates from 1904 (Excel for Mac's old date system)
 */
public record RowItem(long fileId, String fileName, String sheet, int rowNumber, Map<Field, SourceCell> cells,
		String measure, Period period, boolean date1904) implements IngestItem {

	/** The fields of an observation. */
	public enum Field {

		/** The geography cell (a system, or a unit that is rolled up). */
		AREA,
		/** The metric's name or id (long tables). */
		MEASURE,
		/** The period, or its month when a separate cell gives the year. */
		PERIOD,
		/** The financial or calendar year that completes a month-only period cell. */
		YEAR,
		/** How long the period starting at the period cell's date is: month, quarter or year (the export's own layout). */
		PERIOD_LENGTH, VALUE, NUMERATOR, DENOMINATOR

	}

	/** The cell for {@code field}, or null when the row has no such cell. */
	public SourceCell cell(Field field) {
		return this.cells.get(field);
	}

	/** "Sheet "A&amp;E" cell D17" or "cell D17" for CSV, as Excel shows the place. */
	public String where(SourceCell cell) {
		return Where.cell(this.sheet, cell.column(), this.rowNumber);
	}

}
