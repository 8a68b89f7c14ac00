package uk.nhs.stp.domain;

import java.time.LocalDate;

/**
 * An area (STP footprint) in the area register.
 *
 * @param code ONS code, e.g. {@code E54000005}
 * @param nhseCode NHS England / ODS code (Qxx), or empty when none was published
 * @param name ONS name
 * @param region NHS England region (four-region structure of 2016–2018)
 * @param validFrom first day the code was in use, or null when not known to be limited
 * @param validTo last day the code was in use, or null while current
 * @param reportedAs for a later code of the same footprint, the code its data is reported under
 * (e.g. E54000054 is reported as E54000005); null for an area in its own right
 */
public record Area(String code, String nhseCode, String name, String region, LocalDate validFrom, LocalDate validTo,
		String reportedAs) {

	/** An area in its own right, in use throughout. */
	public Area(String code, String nhseCode, String name, String region) {
		this(code, nhseCode, name, region, null, null, null);
	}

	/** Whether the code was in use during any part of the period. */
	public boolean inUseDuring(Period period) {
		LocalDate start = period.first();
		LocalDate end = period.lastDay();
		return (this.validFrom == null || !end.isBefore(this.validFrom))
				&& (this.validTo == null || !start.isAfter(this.validTo));
	}

	/** Whether the code is still in use (no end date). */
	public boolean isCurrent() {
		return this.validTo == null;
	}

}
