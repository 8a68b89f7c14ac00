package uk.nhs.stp.ingest;

import java.time.LocalDate;

/**
 * A validated observation, ready for the store. Component names match the insert's named
 * parameters.
 *
 * @param fileId the file's ledger id
 * @param sheet the sheet ("" for CSV)
 * @param rowNum the row as Excel shows it
 * @param column the value cell's column, 0-based
 * @param areaCode the area's ONS code
 * @param measureId the metric or circumstance input id
 * @param periodType M, Q or Y
 * @param periodStart the first day of the period
 * @param obsValue the value in the measure's unit
 * @param numerator the numerator, or null
 * @param denominator the denominator, or null
 */
public record ObservationRecord(long fileId, String sheet, int rowNum, int column, String areaCode, String measureId,
		String periodType, LocalDate periodStart, double obsValue, Double numerator, Double denominator)
		implements IngestRecord {

	/** The value cell's column letters, as Excel shows them. */
	public String columnRef() {
		return uk.nhs.stp.domain.CellRef.column(this.column);
	}

	/** The period as stored (type and first day). */
	public uk.nhs.stp.domain.Period period() {
		return new uk.nhs.stp.domain.Period(uk.nhs.stp.domain.PeriodType.fromCode(this.periodType),
				java.time.YearMonth.from(this.periodStart));
	}

}
