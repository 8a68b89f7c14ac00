package uk.nhs.stp.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A reporting period: a calendar month, an NHS financial-year quarter, an NHS financial year
 * (April to March), or a week (for metrics published weekly, named by its week-ending date). All
 * periods sit on one time axis {@link #t()} in years, at the period's midpoint: months, quarters
 * and years counted in whole months (method §0), weeks in days, so slopes are per year whatever
 * the reporting frequency.
 *
 * @param type month, quarter, financial year or week
 * @param first the period's first day (the 1st of its first month, but for a week)
 */
public record Period(PeriodType type, LocalDate first) implements Comparable<Period> {

	private static final DateTimeFormatter WEEK_LABEL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	public Period {
		if (type != PeriodType.WEEK && first.getDayOfMonth() != 1) {
			throw new IllegalArgumentException("a " + type + " starts on the 1st of a month, not " + first);
		}
	}

	public Period(PeriodType type, YearMonth start) {
		this(type, start.atDay(1));
	}

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

	/** The seven days ending on {@code weekEnding}, as weekly publications name their weeks. */
	public static Period week(LocalDate weekEnding) {
		return new Period(PeriodType.WEEK, weekEnding.minusDays(6));
	}

	/** The period of the same length just before this one (the week before a week). */
	public Period previous() {
		return new Period(this.type, this.type == PeriodType.WEEK ? this.first.minusDays(7)
				: this.first.minusMonths(this.type.months()));
	}

	/** The month the period starts in. */
	public YearMonth start() {
		return YearMonth.from(this.first);
	}

	/** The month the period ends in. */
	public YearMonth end() {
		return YearMonth.from(lastDay());
	}

	/** The period's last day. */
	public LocalDate lastDay() {
		return this.type == PeriodType.WEEK ? this.first.plusDays(6)
				: start().plusMonths(this.type.months() - 1L).atEndOfMonth();
	}

	/** Midpoint on the time axis, in years: a month is exactly 1/12, a quarter 1/4; a week its days. */
	public double t() {
		if (this.type == PeriodType.WEEK) {
			return this.first.getYear() + (this.first.getDayOfYear() - 1 + 3.5) / this.first.lengthOfYear();
		}
		int monthIndex = this.first.getYear() * 12 + this.first.getMonthValue() - 1;
		return (monthIndex + this.type.months() / 2.0) / 12.0;
	}

	/** Human label as the NHS writes it: "Apr 2017", "2017/18 Q2", "2017/18", "w/e 7 Apr 2019". */
	public String label() {
		return switch (this.type) {
			case MONTH -> start().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + this.first.getYear();
			case QUARTER -> financialYearLabel() + " Q" + quarterNumber();
			case FINANCIAL_YEAR -> financialYearLabel();
			case WEEK -> "w/e " + lastDay().format(WEEK_LABEL);
		};
	}

	/** Stable key used in the store: "2017-04", "2017/18 Q2", "2017/18" or "w/e 2019-04-07". */
	public String key() {
		return switch (this.type) {
			case MONTH -> start().toString();
			case WEEK -> "w/e " + lastDay();
			default -> label();
		};
	}

	private int financialYearStart() {
		return this.first.getMonthValue() >= 4 ? this.first.getYear() : this.first.getYear() - 1;
	}

	private String financialYearLabel() {
		int startYear = financialYearStart();
		return String.format(Locale.ROOT, "%d/%02d", startYear, (startYear + 1) % 100);
	}

	private int quarterNumber() {
		return (this.first.getMonthValue() + 8) % 12 / 3 + 1;
	}

	/** By first day, then shorter first (a week, a month, a quarter, a year). */
	@Override
	public int compareTo(Period other) {
		int byStart = this.first.compareTo(other.first);
		return byStart != 0 ? byStart : Integer.compare(this.type.months(), other.type.months());
	}

}
