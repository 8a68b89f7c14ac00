package uk.nhs.stp.ingest;

import uk.nhs.stp.domain.Period;

/**
 * A system's value rolled up from the rows of its units (method §0): counts summed, proportions
 * and rates recomputed from summed numerators and denominators, each weighted by the unit's share.
 *
 * @param fileId the file's ledger id
 * @param sheet the sheet the units' rows are on
 * @param firstRow the first row that contributed
 * @param areaCode the system's ONS code (the code its data is reported under)
 * @param measure the metric or circumstance input
 * @param period the period
 * @param amount the rolled-up value and its summed counts
 * @param units how many units contributed
 */
public record RolledUp(long fileId, String sheet, int firstRow, String areaCode, String measure, Period period,
		Amount amount, int units) implements IngestItem {
}
