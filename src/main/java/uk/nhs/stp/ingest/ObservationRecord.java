package uk.nhs.stp.ingest;

import uk.nhs.stp.domain.CellRef;
import uk.nhs.stp.domain.Period;

/**
 * A validated observation, ready for the store: what it says, and where it came from.
 *
 * @param source the file, sheet and cell it came from (or the units it was rolled up from)
 * @param areaCode the area's ONS code
 * @param measureId the metric or circumstance input id
 * @param period the period
 * @param amount the value, with its numerator and denominator where given
 */
public record ObservationRecord(Source source, String areaCode, String measureId, Period period, Amount amount)
		implements IngestRecord {

	/**
	 * Where an observation came from.
	 * @param fileId the file's ledger id
	 * @param sheet the sheet ("" for CSV)
	 * @param rowNum the row as Excel shows it (for a roll-up, the first row of its units)
	 * @param column the value cell's column, 0-based, or -1 for a roll-up
	 * @param units 0 for a value read from one cell; for a roll-up, how many units it sums
	 */
	public record Source(long fileId, String sheet, int rowNum, int column, int units) {
	}

	public long fileId() {
		return this.source.fileId();
	}

	public String sheet() {
		return this.source.sheet();
	}

	public int rowNum() {
		return this.source.rowNum();
	}

	public double value() {
		return this.amount.value();
	}

	/** The value cell's column letters, as Excel shows them, or "" for a roll-up. */
	public String columnRef() {
		return this.source.column() < 0 ? "" : CellRef.column(this.source.column());
	}

}
