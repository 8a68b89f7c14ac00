package uk.nhs.stp.domain;

import java.time.LocalDate;

/**
 * The share of a unit's figures that belongs to a system over a span of time (method §0): 1 for a
 * unit wholly inside one system (a CCG in an STP), and for a trust serving several systems the
 * fraction of its activity for each system's residents.
 *
 * @param unitCode the unit's ODS code
 * @param areaCode the system's ONS code
 * @param share the share, above 0 and at most 1
 * @param validFrom the first day the attribution holds, or null when not limited
 * @param validTo the last day, or null while current
 * @param source where it comes from (a mapping file's name, or a sheet of the workbook)
 */
public record Attribution(String unitCode, String areaCode, double share, LocalDate validFrom, LocalDate validTo,
		String source) {

	/** Whether the attribution holds during any part of the period. */
	public boolean holdsDuring(Period period) {
		LocalDate start = period.first();
		LocalDate end = period.lastDay();
		return (this.validFrom == null || !end.isBefore(this.validFrom))
				&& (this.validTo == null || !start.isAfter(this.validTo));
	}

}
