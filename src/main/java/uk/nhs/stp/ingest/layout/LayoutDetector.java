package uk.nhs.stp.ingest.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodParser;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.layout.SheetLayout.Kind;
import uk.nhs.stp.ingest.layout.SheetLayout.ValueColumn;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.LayoutOverride;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;

/**
 * Finds a sheet's table among its first rows: the header is the first row with an area column
 * and either a value column (long), period columns (wide by period) or metric columns (wide by
 * metric). Whatever the columns do not give, the metric or the period, is taken from a declared
 * layout, the sheet name, or a title row above the header (lines such as "Published:" excepted).
 * Column names, metric names and aggregates come from {@link IngestMappings}, so new spellings are
 * taught without code.
 */
public final class LayoutDetector {

	/** How far down a sheet the header is looked for. */
	public static final int HEADER_SEARCH_ROWS = 20;

	private final IngestMappings mappings;

	public LayoutDetector(IngestMappings mappings) {
		this.mappings = mappings;
	}

	/** A layout, or why none was found. */
	public record Detection(SheetLayout layout, int headerIndex, String failure) {
	}

	/**
	 * @param date1904 whether the workbook counts date serials from 1904 (for headers holding serials)
	 */
	public Detection detect(String sheetName, List<SourceRow> rows, Optional<LayoutOverride> override, boolean date1904) {
		String nearMiss = null;
		for (int i = 0; i < rows.size(); i++) {
			int rowNumber = rows.get(i).rowNumber();
			if (override.map(LayoutOverride::headerRow).filter(h -> h != rowNumber).isPresent()) {
				continue;
			}
			Candidate candidate = candidate(rows, i, override, date1904);
			if (candidate == null) {
				continue;
			}
			Detection detection = complete(candidate, sheetName, titleText(rows, i), override, rows.get(i).rowNumber(), i);
			if (detection.layout() != null) {
				return detection;
			}
			nearMiss = nearMiss == null ? detection.failure() : nearMiss;
		}
		return new Detection(null, -1, nearMiss != null ? nearMiss
				: "no header row with an area column and a value, period or metric column in its first "
						+ HEADER_SEARCH_ROWS + " rows");
	}

	/** The columns a row would have as a header, or null if it cannot be one. */
	private Candidate candidate(List<SourceRow> rows, int index, Optional<LayoutOverride> override,
			boolean date1904) {
		TreeMap<Integer, SourceCell> headers = HeaderCells.of(rows, index);
		Map<Field, Integer> fields = new EnumMap<>(Field.class);
		List<ValueColumn> periods = new ArrayList<>();
		List<ValueColumn> metrics = new ArrayList<>();
		Integer codeColumn = null;
		for (SourceCell cell : headers.values()) {
			Optional<Field> field = cell.number() == null ? this.mappings.field(cell.text()).map(LayoutDetector::field)
					: Optional.empty();
			if (field.isPresent()) {
				if (field.get() == Field.AREA && cell.text().toLowerCase(java.util.Locale.ROOT).contains("code")) {
					codeColumn = codeColumn == null ? cell.column() : codeColumn;
				}
				fields.putIfAbsent(field.get(), cell.column());
				continue;
			}
			Optional<Period> period = HeaderCells.period(cell, date1904);
			if (period.isPresent()) {
				periods.add(new ValueColumn(cell.column(), null, period.get()));
				continue;
			}
			this.mappings.metricNamed(cell.text()).ifPresent(m -> metrics.add(new ValueColumn(cell.column(), m, null)));
		}
		Integer area = override.map(LayoutOverride::areaColumn).orElse(codeColumn != null ? codeColumn : fields.get(Field.AREA));
		if (area == null) {
			return null;
		}
		fields.put(Field.AREA, area);
		Kind kind = kind(fields, periods, metrics, override);
		return kind == null ? null : new Candidate(kind, fields, kind == Kind.WIDE_BY_PERIOD ? periods : metrics);
	}

	private static Kind kind(Map<Field, Integer> fields, List<ValueColumn> periods, List<ValueColumn> metrics,
			Optional<LayoutOverride> override) {
		String declared = override.map(LayoutOverride::layout).orElse(null);
		if (fields.containsKey(Field.VALUE) && (declared == null || declared.equals("long"))) {
			return Kind.LONG;
		}
		if (!periods.isEmpty() && (declared == null || declared.equals("wide_by_period"))) {
			return Kind.WIDE_BY_PERIOD;
		}
		if (!metrics.isEmpty() && (declared == null || declared.equals("wide_by_metric"))) {
			return Kind.WIDE_BY_METRIC;
		}
		return null;
	}

	private record Candidate(Kind kind, Map<Field, Integer> fields, List<ValueColumn> valueColumns) {
	}

	/** Fills in the metric and period the columns do not give, or says which is missing. */
	private Detection complete(Candidate c, String sheetName, String title, Optional<LayoutOverride> override,
			int headerRow, int index) {
		Map<Field, Integer> columns = new EnumMap<>(c.fields());
		if (c.kind() != Kind.LONG) {
			columns.remove(Field.VALUE);
			columns.remove(Field.NUMERATOR);
			columns.remove(Field.DENOMINATOR);
		}
		boolean needsMeasure = c.kind() != Kind.WIDE_BY_METRIC && !columns.containsKey(Field.MEASURE);
		boolean needsPeriod = c.kind() != Kind.WIDE_BY_PERIOD && !columns.containsKey(Field.PERIOD);
		String[] measure = needsMeasure ? fixedMeasure(sheetName, title, override) : new String[2];
		Object[] period = needsPeriod ? fixedPeriod(sheetName, title, override) : new Object[2];
		if (needsMeasure && measure[0] == null) {
			return new Detection(null, index, "a header was found in row " + headerRow + " but no metric: name it in a '"
					+ "metric' column, the sheet name or a title row, or declare it in jobs/mappings/layouts.yml");
		}
		if (needsPeriod && period[0] == null) {
			return new Detection(null, index, "a header was found in row " + headerRow + " but no period: give it in a "
					+ "'period' column, the sheet name or a title row, or declare it in jobs/mappings/layouts.yml");
		}
		return new Detection(new SheetLayout(c.kind(), headerRow, columns, c.valueColumns(), measure[0], measure[1],
				(Period) period[0], (String) period[1]), index, null);
	}

	private String[] fixedMeasure(String sheetName, String title, Optional<LayoutOverride> override) {
		if (override.map(LayoutOverride::metric).isPresent()) {
			return new String[] { override.get().metric(), "jobs/mappings/layouts.yml" };
		}
		Optional<String> fromSheet = this.mappings.metricNamed(sheetName).or(() -> this.mappings.metricMentionedIn(sheetName));
		if (fromSheet.isPresent()) {
			return new String[] { fromSheet.get(), "the sheet name" };
		}
		return new String[] { this.mappings.metricMentionedIn(title).orElse(null), "a title row" };
	}

	private static Object[] fixedPeriod(String sheetName, String title, Optional<LayoutOverride> override) {
		if (override.map(LayoutOverride::period).isPresent()) {
			return new Object[] { override.get().period(), "jobs/mappings/layouts.yml" };
		}
		Optional<Period> fromSheet = PeriodParser.find(sheetName);
		if (fromSheet.isPresent()) {
			return new Object[] { fromSheet.get(), "the sheet name" };
		}
		return new Object[] { PeriodParser.find(title).orElse(null), "a title row" };
	}

	/** The text of the rows above the header, without publication metadata lines. */
	private static String titleText(List<SourceRow> rows, int headerIndex) {
		StringBuilder title = new StringBuilder();
		for (int i = 0; i < headerIndex; i++) {
			for (SourceCell cell : rows.get(i).cells()) {
				if (cell != null && cell.number() == null && !cell.isBlank() && !HeaderCells.isMetadataLine(cell.text())) {
					title.append(cell.text()).append(" \n ");
				}
			}
		}
		return title.toString();
	}

	private static Field field(String name) {
		return switch (name) {
			case "area" -> Field.AREA;
			case "metric" -> Field.MEASURE;
			case "period" -> Field.PERIOD;
			case "value" -> Field.VALUE;
			case "numerator" -> Field.NUMERATOR;
			default -> Field.DENOMINATOR;
		};
	}

}
