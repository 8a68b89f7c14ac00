package uk.nhs.stp.domain;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A reporting period: a calendar month, an NHS financial-year quarter or an NHS financial year
 * (April to March). All periods sit on one time axis {@link #t()} in years, at the period's
 * midpoint counted in whole months, so slopes are per year whatever the reporting frequency
 * (method §0).
 *
 * @param type month, quarter or financial year
 * @param start the first month of the period
 */
public record Period(PeriodType type, YearMonth start) implements Comparable<Period> {

	public static Period month(int year, int month) {
		return new Period(PeriodType.MONTH, YearMonth.of(year, month));
	}

	/**
	 * @param financialYearStart the calendar year in which the financial year starts (2017 for 2017/18)
	 * @param quarter 1 (April–June) to 4 (January–March)
	 */
	public static Period quarter(int financialYearStart, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
		}
		return new Period(PeriodType.QUARTER, YearMonth.of(financialYearStart, Month.APRIL).plusMonths(3L * (quarter - 1)));
	}

	public static Period financialYear(int financialYearStart) {
		return new Period(PeriodType.FINANCIAL_YEAR, YearMonth.of(financialYearStart, Month.APRIL));
	}

	/** The last month of the period. */
	public YearMonth end() {
		return this.start.plusMonths(this.type.months() - 1L);
	}

	/** Midpoint on the time axis, in years: a month is exactly 1/12, a quarter 1/4. */
	public double t() {
		int monthIndex = this.start.getYear() * 12 + this.start.getMonthValue() - 1;
		return (monthIndex + this.type.months() / 2.0) / 12.0;
	}

	/** Human label as the NHS writes it: "Apr 2017", "2017/18 Q2", "2017/18". */
	public String label() {
		return switch (this.type) {
			case MONTH -> this.start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + this.start.getYear();
			case QUARTER -> financialYearLabel() + " Q" + quarterNumber();
			case FINANCIAL_YEAR -> financialYearLabel();
		};
	}

	/** Stable key used in the store: "2017-04", "2017/18 Q2" or "2017/18". */
	public String key() {
		return this.type == PeriodType.MONTH ? this.start.toString() : label();
	}

	private int financialYearStart() {
		return this.start.getMonthValue() >= 4 ? this.start.getYear() : this.start.getYear() - 1;
	}

	private String financialYearLabel() {
		int startYear = financialYearStart();
		return String.format(Locale.ROOT, "%d/%02d", startYear, (startYear + 1) % 100);
	}

	private int quarterNumber() {
		return (this.start.getMonthValue() + 8) % 12 / 3 + 1;
	}

	@Override
	public int compareTo(Period other) {
		int byStart = this.start.compareTo(other.start);
		return byStart != 0 ? byStart : Integer.compare(this.type.months(), other.type.months());
	}

}
