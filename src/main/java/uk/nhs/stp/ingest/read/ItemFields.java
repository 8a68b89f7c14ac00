package uk.nhs.stp.ingest.read;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DateUtil;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodParser;
import uk.nhs.stp.domain.Where;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.RowItem;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.RowRejectedException;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.layout.MetricMatcher;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.ScoringModel;

/**
 * Reads an item's metric and period, with the reason when they cannot be read: shared by the
 * validator (rows of systems) and the roll-up (rows of units), so both read a cell alike.
 */
final class ItemFields {

	/** Excel serials between 1 Jan 2000 and 31 Dec 2099 are read as dates in a period column. */
	private static final double FIRST_SERIAL = 36526;

	private static final double LAST_SERIAL = 73415;

	/** Period and metric texts repeat on every row of a file, so their readings are remembered (bounded). */
	private static final int CACHE = 10_000;

	/** Text written as an identifier: words joined by underscores, no spaces. */
	private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z0-9]+(_[A-Za-z0-9]+)+");

	private final ScoringModel model;

	private final IngestMappings mappings;

	private final MetricMatcher matcher;

	private final Map<String, Optional<Period>> periods = new HashMap<>();

	private final Map<String, MetricMatcher.Match> measures = new HashMap<>();

	/** Whether each metric is published weekly, looked up once. */
	private final Map<String, Boolean> weekly = new HashMap<>();

	ItemFields(ScoringModel model, IngestMappings mappings, MetricMatcher matcher) {
		this.model = model;
		this.mappings = mappings;
		this.matcher = matcher;
	}

	/** The item's metric id: fixed by the layout, or named by its metric cell. */
	String measure(RowItem row) {
		if (row.measure() != null) {
			return row.measure();
		}
		String text = row.cell(Field.MEASURE).text().strip();
		if (this.model.measureUnit(text).isPresent()) {
			return text;
		}
		Optional<String> named = this.mappings.metricNamed(text);
		if (named.isPresent()) {
			return named.get();
		}
		MetricMatcher.Match match = remembered(this.measures, text, this.matcher::header);
		// an id-like cell ("ae_4h") is an identifier: only an exact id or alias names a metric
		if (match.confident() && !IDENTIFIER.matcher(text).matches()) {
			return match.metric();
		}
		throw reject(row, Field.MEASURE, "unknown_metric", unknownMetric(text, match));
	}

	private String unknownMetric(String text, MetricMatcher.Match match) {
		String line = "add it to the metric catalogue in " + this.model.source()
				+ " or its name to jobs/mappings/metric-aliases.csv, or correct the name";
		if (match.metric() == null) {
			return "unknown metric '" + text + "': " + line;
		}
		String why = match.confidence() == MetricMatcher.Confidence.AMBIGUOUS
				? "it matches both " + match.metric() + " and " + match.runnerUp()
				: match.confident() ? "it is written like an id, and the nearest id is " + match.metric()
						: "it looks like " + match.metric() + ", but not clearly";
		return "unknown metric '" + text + "' (" + why + "); if it is " + match.metric()
				+ ", add this line to jobs/mappings/metric-aliases.csv: `" + match.metric() + "," + text + "`";
	}

	/**
	 * The item's period: fixed by the layout, or read from its period cell (and year cell).
	 * @param measure the item's metric (weekly metrics' dates are week-ending dates)
	 */
	Period period(RowItem row, String measure) {
		if (row.period() != null) {
			return row.period();
		}
		if (this.weekly.computeIfAbsent(measure, m -> this.model.metric(m).map(x -> x.source().weekly()).orElse(false))) {
			return weekEnding(row);
		}
		SourceCell cell = row.cell(Field.PERIOD);
		SourceCell length = row.cell(Field.PERIOD_LENGTH);
		if (length != null && !length.isBlank()) {
			return startAndLength(row, cell, length);
		}
		SourceCell year = row.cell(Field.YEAR);
		if (year != null && !year.isBlank()) {
			Optional<Period> fy = PeriodParser.parse(year.text()).or(() -> wholeYear(year));
			Optional<Period> month = fy.flatMap(y -> PeriodParser.monthInYear(cell.text(), y));
			if (month.isPresent()) {
				return month.get();
			}
		}
		if (cell.date() != null) {
			return PeriodParser.monthOf(cell.date().toLocalDate());
		}
		if (cell.number() != null && cell.number() >= FIRST_SERIAL && cell.number() <= LAST_SERIAL) {
			LocalDate date = DateUtil.getLocalDateTime(cell.number(), row.date1904()).toLocalDate();
			return PeriodParser.monthOf(date);
		}
		return remembered(this.periods, cell.text(), PeriodParser::parse)
			.or(() -> remembered(this.periods, "find:" + cell.text(), t -> PeriodParser.find(cell.text())))
			.orElseThrow(() -> reject(row, Field.PERIOD, "bad_period",
					"unreadable period '" + cell.text().strip() + "': expected one of " + PeriodParser.ACCEPTED));
	}

	/**
	 * A period given as its first day and its length ("2017-04-01", "quarter"), as the export
	 * writes it: a quarter must start in April, July, October or January, a year in April.
	 */
	private Period startAndLength(RowItem row, SourceCell start, SourceCell length) {
		java.time.LocalDate day = date(start).orElseThrow(() -> reject(row, Field.PERIOD, "bad_period",
				"unreadable period start '" + start.text().strip() + "': expected a date such as 2017-04-01"));
		uk.nhs.stp.domain.PeriodType type = switch (length.text().strip().toLowerCase(java.util.Locale.ROOT)) {
			case "month" -> uk.nhs.stp.domain.PeriodType.MONTH;
			case "quarter" -> uk.nhs.stp.domain.PeriodType.QUARTER;
			case "year", "financial year" -> uk.nhs.stp.domain.PeriodType.FINANCIAL_YEAR;
			case "week" -> uk.nhs.stp.domain.PeriodType.WEEK;
			default -> throw reject(row, Field.PERIOD_LENGTH, "bad_period", "unreadable period length '" + length.text().strip()
					+ "': expected month, quarter or year");
		};
		if (type == uk.nhs.stp.domain.PeriodType.WEEK) {
			return new Period(type, day);
		}
		java.time.YearMonth month = java.time.YearMonth.from(day);
		if (day.getDayOfMonth() != 1 || Math.floorMod(month.getMonthValue() - 4, type.months()) != 0) {
			throw reject(row, Field.PERIOD, "bad_period", "a " + length.text().strip() + " cannot start on " + day
					+ " (months start on the 1st; NHS quarters in April, July, October and January; years in April)");
		}
		return new Period(type, month);
	}

	/** A date cell, or text that is an ISO or UK date. */
	private static Optional<java.time.LocalDate> date(SourceCell cell) {
		if (cell.date() != null) {
			return Optional.of(cell.date().toLocalDate());
		}
		return PeriodParser.date(cell.text());
	}

	/** The week a weekly metric's date cell ends. */
	private Period weekEnding(RowItem row) {
		SourceCell cell = row.cell(Field.PERIOD);
		Optional<java.time.LocalDate> day = cell.date() != null ? Optional.of(cell.date().toLocalDate())
				: cell.number() != null && cell.number() >= FIRST_SERIAL && cell.number() <= LAST_SERIAL
						? Optional.of(DateUtil.getLocalDateTime(cell.number(), row.date1904()).toLocalDate())
						: PeriodParser.date(cell.text());
		return day.map(Period::week).orElseThrow(() -> reject(row, Field.PERIOD, "bad_period", "unreadable week-ending date '"
				+ cell.text().strip() + "': this metric is weekly, so its periods are week-ending dates such as 2019-04-07"));
	}

	/** A year cell holding a plain calendar year such as 2019. */
	private static Optional<Period> wholeYear(SourceCell year) {
		String text = year.text().strip();
		return text.matches("\\d{4}") ? Optional.of(Period.month(Integer.parseInt(text), 1)) : Optional.empty();
	}

	private static <T> T remembered(Map<String, T> cache, String key, java.util.function.Function<String, T> read) {
		T value = cache.computeIfAbsent(key, read);
		if (cache.size() > CACHE) {
			cache.clear();
		}
		return value;
	}

	static RowRejectedException reject(RowItem row, Field field, String reasonClass, String reason) {
		SourceCell cell = row.cell(field);
		String where = cell == null ? Where.row(row.sheet(), row.rowNumber()) : row.where(cell);
		return new RowRejectedException(new IngestNote(row.fileId(), row.sheet(), row.rowNumber(),
				cell == null ? null : cell.columnLetters(), IngestNote.REJECTED, reasonClass,
				cell == null ? null : cell.text(), where + ": " + reason));
	}

}
