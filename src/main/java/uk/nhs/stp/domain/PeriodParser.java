package uk.nhs.stp.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period spellings NHS publications use: months ({@code 2017-04}, {@code Apr-17},
 * {@code April 2017}, ISO and UK dates), financial years ({@code 2017/18}, {@code 2017-18},
 * {@code 2017/2018}) and quarters ({@code 2017/18 Q2}, {@code Q2 2017/18}).
 * <p>
 * Written by hand because no library knows NHS financial years. {@code YYYY-YY} is read as a
 * financial year when the second year follows the first ({@code 2011-12} is 2011/12), otherwise
 * as a month ({@code 2017-04}): NHS publications use the former for years and never write a
 * month as {@code YYYY-M} with a two-digit year that follows.
 */
public final class PeriodParser {

	/** The spellings accepted, for error messages. */
	public static final String ACCEPTED = "2017-04, Apr-17, April 2017, 2017/18, 2017/18 Q2 or Q2 2017/18";

	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");

	private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?:FY\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");

	private static final Pattern QUARTER_AFTER = Pattern
		.compile("(?:FY\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})\\s*[,-]?\\s*Q([1-4])");

	private static final Pattern QUARTER_BEFORE = Pattern
		.compile("Q([1-4])\\s*[,-]?\\s*(?:FY\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");

	/** "01JAN2021", as NHS Digital's extract dates are written. */
	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{1,2})([A-Za-z]{3})(\\d{4})");

	private static final Pattern NAMED_MONTH = Pattern.compile("([A-Za-z]{3,9})\\.?[\\s-]*'?(\\d{2}|\\d{4})");

	private static final Map<String, Month> MONTH_NAMES = monthNames();

	private PeriodParser() {
	}

	/**
	 * @param text the raw text of a period cell
	 * @return the period, or empty when the text is not a period this parser knows
	 */
	public static Optional<Period> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.strip().replace('\u2013', '-').replace('\u2014', '-');
		try {
			return Optional.ofNullable(parseStripped(value));
		}
		catch (RuntimeException invalidDate) {
			return Optional.empty();
		}
	}

	/**
	 * The first period written somewhere inside a longer text, such as a title ("A&amp;E attendances,
	 * April 2017") or a sheet name ("RTT 2017-18 Q2").
	 */
	public static Optional<Period> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.replace('\u2013', '-').replace('\u2014', '-');
		for (Pattern pattern : List.of(QUARTER_AFTER, QUARTER_BEFORE, FINANCIAL_YEAR, NAMED_MONTH, ISO_DATE, ISO_MONTH)) {
			Matcher m = Pattern.compile("(?<![A-Za-z0-9])(?:" + pattern.pattern() + ")(?![A-Za-z0-9])").matcher(value);
			while (m.find()) {
				Optional<Period> period = parse(m.group());
				if (period.isPresent()) {
					return period;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The month a month name (with no year, "April") names within a year: for a financial year,
	 * April to December fall in its first calendar year and January to March in its second; for a
	 * calendar year (given as its January), the name's month of that year.
	 */
	public static Optional<Period> monthInYear(String monthName, Period year) {
		Month month = MONTH_NAMES.get(monthName.strip().replace(".", "").toLowerCase(Locale.ROOT));
		if (month == null) {
			return Optional.empty();
		}
		int calendarYear = year.start().getYear();
		if (year.type() == PeriodType.FINANCIAL_YEAR && month.getValue() < 4) {
			calendarYear++;
		}
		return Optional.of(Period.month(calendarYear, month.getValue()));
	}

	/** The day an ISO ({@code 2019-04-07}), UK ({@code 07/04/2019}) or compact ({@code 07APR2019}) date names. */
	public static Optional<LocalDate> date(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.strip();
		Matcher m;
		try {
			if ((m = ISO_DATE.matcher(value)).matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
			}
			if ((m = UK_DATE.matcher(value)).matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
			}
			if ((m = COMPACT_DATE.matcher(value)).matches() && MONTH_NAMES.containsKey(m.group(2).toLowerCase(Locale.ROOT))) {
				return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), MONTH_NAMES.get(m.group(2).toLowerCase(Locale.ROOT)),
						Integer.parseInt(m.group(1))));
			}
		}
		catch (RuntimeException invalidDate) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** A calendar date stands for the month it falls in. */
	public static Period monthOf(LocalDate date) {
		return Period.month(date.getYear(), date.getMonthValue());
	}

	private static Period parseStripped(String value) {
		Matcher m;
		if ((m = QUARTER_AFTER.matcher(value)).matches()) {
			return quarter(m.group(1), m.group(2), m.group(3));
		}
		if ((m = QUARTER_BEFORE.matcher(value)).matches()) {
			return quarter(m.group(2), m.group(3), m.group(1));
		}
		if ((m = ISO_DATE.matcher(value)).matches()) {
			return monthOf(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		}
		if ((m = COMPACT_DATE.matcher(value)).matches()) {
			Month month = MONTH_NAMES.get(m.group(2).toLowerCase(Locale.ROOT));
			return month == null ? null : monthOf(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
		}
		if ((m = UK_DATE.matcher(value)).matches()) {
			return monthOf(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(1))));
		}
		if ((m = FINANCIAL_YEAR.matcher(value)).matches()) {
			Integer start = financialYearStart(m.group(1), m.group(2));
			if (start != null) {
				return Period.financialYear(start);
			}
		}
		if ((m = ISO_MONTH.matcher(value)).matches()) {
			return isoMonth(m.group(1), m.group(2));
		}
		if ((m = NAMED_MONTH.matcher(value)).matches()) {
			return namedMonth(m.group(1), m.group(2));
		}
		return null;
	}

	private static Period quarter(String first, String second, String quarter) {
		Integer start = financialYearStart(first, second);
		return start == null ? null : Period.quarter(start, Integer.parseInt(quarter));
	}

	private static Integer financialYearStart(String first, String second) {
		int start = Integer.parseInt(first);
		int end = Integer.parseInt(second);
		boolean follows = second.length() == 2 ? end == (start + 1) % 100 : end == start + 1;
		return follows ? start : null;
	}

	private static Period isoMonth(String year, String month) {
		int m = Integer.parseInt(month);
		return (m >= 1 && m <= 12) ? Period.month(Integer.parseInt(year), m) : null;
	}

	private static Period namedMonth(String name, String year) {
		Month month = MONTH_NAMES.get(name.toLowerCase(Locale.ROOT));
		if (month == null) {
			return null;
		}
		int y = Integer.parseInt(year);
		return Period.month(year.length() == 2 ? 2000 + y : y, month.getValue());
	}

	private static Map<String, Month> monthNames() {
		Map<String, Month> names = new HashMap<>();
		for (Month month : Month.values()) {
			names.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
			names.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
		}
		names.put("sept", Month.SEPTEMBER); // the UK short form since CLDR 38
		return names;
	}

}
