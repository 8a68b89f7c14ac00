package uk.nhs.stp.ingest.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.SheetInfo;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.layout.SheetLayout.Kind;
import uk.nhs.stp.ingest.layout.SheetLayout.ValueColumn;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.LayoutOverride;

/**
 * Finds a sheet's table among its first rows. The header is the first row (read with the group
 * header above it) that has a column of places and either a value column (long), period columns
 * (wide by period) or metric columns (wide by metric); every column's role comes from what its
 * header says ({@link ColumnRoles}), never from where it stands. What the columns do not give,
 * the metric or the period, is taken from a declared layout, the labelled lines above the table
 * ("Period: March 2019"), the sheet name, the title lines or the file name. Where two columns name
 * one metric the sheet is refused, naming both and the line that would decide.
 */
public final class LayoutDetector {

	/** How far down a sheet the header is looked for. */
	public static final int HEADER_SEARCH_ROWS = 40;

	private final IngestMappings mappings;

	private final MetricMatcher matcher;

	private final Map<String, Metric> metrics;

	private final String modelSource;

	public LayoutDetector(IngestMappings mappings, MetricMatcher matcher, Map<String, Metric> metrics,
			String modelSource) {
		this.mappings = mappings;
		this.matcher = matcher;
		this.metrics = metrics;
		this.modelSource = modelSource;
	}

	/**
	 * Where a sheet is, for the names its metric or period may be read from.
	 * @param fileName the file's name
	 * @param sheetName the sheet's name ("" for CSV)
	 * @param date1904 whether the workbook counts date serials from 1904
	 * @param info the sheet's merged ranges and hidden state
	 */
	public record SheetContext(String fileName, String sheetName, boolean date1904, SheetInfo info) {
	}

	/**
	 * A layout, or why none was found.
	 * @param layout the layout, or null
	 * @param headerIndex the header row's index in the rows looked at, or -1
	 * @param failureClass a reason code when no layout was found: {@code no_header}, {@code ambiguous_column},
	 * {@code unknown_metric} (a table whose columns name no metric) or {@code no_area_column}
	 * @param failure the plain-English reason
	 */
	public record Detection(SheetLayout layout, int headerIndex, String failureClass, String failure) {

		static Detection failed(String failureClass, String failure, int headerIndex) {
			return new Detection(null, headerIndex, failureClass, failure);
		}

	}

	public Detection detect(SheetContext sheet, List<SourceRow> rows, Optional<LayoutOverride> override) {
		Detection nearMiss = null;
		for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
			int rowNumber = rows.get(i).rowNumber();
			if (override.map(LayoutOverride::headerRow).filter(h -> h != rowNumber).isPresent()) {
				continue;
			}
			Detection detection = atRow(sheet, rows, i, override);
			if (detection == null) {
				continue;
			}
			if (detection.layout() != null || "ambiguous_column".equals(detection.failureClass())) {
				return detection;
			}
			nearMiss = better(nearMiss, detection);
		}
		return nearMiss != null ? nearMiss
				: Detection.failed("no_header", "no header row with a column of areas and a value, period or metric column in its first "
						+ HEADER_SEARCH_ROWS + " rows", -1);
	}

	/** The layout row {@code i} would give as the header; null when it cannot be one at all. */
	private Detection atRow(SheetContext sheet, List<SourceRow> rows, int i, Optional<LayoutOverride> override) {
		if (override.map(LayoutOverride::headerRow).isEmpty() && (!HeaderRows.mostlyText(rows.get(i))
				|| HeaderRows.isLabelledLine(rows.get(i)) || HeaderRows.isGroupRow(rows, i))) {
			return null;
		}
		List<ColumnHeader> headers = HeaderRows.of(rows, i, sheet.info())
			.stream()
			.filter(h -> !sheet.info().hiddenColumns().contains(h.column()))
			.toList();
		if (headers.size() < 2 && override.isEmpty()) {
			return null;
		}
		List<SourceRow> below = rows.subList(i + 1, rows.size());
		ColumnRoles roles = ColumnRoles.of(headers, below, this.mappings, this.matcher, this.metrics, sheet.date1904());
		Kind kind = kind(roles, override);
		boolean places = roles.hasGeography(this.mappings) || override.map(LayoutOverride::areaColumn).isPresent();
		int headerRow = rows.get(i).rowNumber();
		if (!places && !roles.periodFields.isEmpty() && (kind != null || !roles.unknown.isEmpty())) {
			return Detection.failed("no_area_column", "the table (header in row " + headerRow + ") has no column of areas: "
					+ "its rows are periods, so it holds the figures of one place (such as England) only", i);
		}
		if (kind == null) {
			return unknownMetrics(roles, places, headerRow, i);
		}
		if (!places) {
			return null;
		}
		return new Completion(sheet, rows, i, roles, kind, override).complete();
	}

	private Detection unknownMetrics(ColumnRoles roles, boolean places, int headerRow, int index) {
		if (!places || roles.unknown.isEmpty()) {
			return null;
		}
		return Detection.failed("unknown_metric", "a table was found (header in row " + headerRow
				+ ") but no column names a metric of the catalogue: " + UnknownColumns.describe(roles.unknown, this.modelSource),
				index);
	}

	/** Of two near misses, the one that says most: a found table over a missing metric or period. */
	private static Detection better(Detection a, Detection b) {
		if (a == null) {
			return b;
		}
		return rank(b) > rank(a) ? b : a;
	}

	private static int rank(Detection d) {
		return switch (d.failureClass()) {
			case "unknown_metric" -> 3;
			case "no_area_column" -> 2;
			case "no_header" -> 1;
			default -> 0;
		};
	}

	private static Kind kind(ColumnRoles roles, Optional<LayoutOverride> override) {
		String declared = override.map(LayoutOverride::layout).orElse(null);
		if (roles.fields.containsKey(Field.VALUE) && (declared == null || declared.equals("long"))) {
			return Kind.LONG;
		}
		if (!roles.periods.isEmpty() && (declared == null || declared.equals("wide_by_period"))) {
			return Kind.WIDE_BY_PERIOD;
		}
		if (!roles.metrics.isEmpty() && (declared == null || declared.equals("wide_by_metric"))) {
			return Kind.WIDE_BY_METRIC;
		}
		return null;
	}

	/** Fills in what the columns do not give, or says what is missing. */
	private final class Completion {

		private final SheetContext sheet;

		private final List<SourceRow> rows;

		private final int index;

		private final ColumnRoles roles;

		private final Kind kind;

		private final Optional<LayoutOverride> override;

		private final List<String> notes = new ArrayList<>();

		Completion(SheetContext sheet, List<SourceRow> rows, int index, ColumnRoles roles, Kind kind,
				Optional<LayoutOverride> override) {
			this.sheet = sheet;
			this.rows = rows;
			this.index = index;
			this.roles = roles;
			this.kind = kind;
			this.override = override;
		}

		Detection complete() {
			Map<Field, Integer> columns = longColumns();
			List<ValueColumn> values = new ArrayList<>();
			if (this.kind == Kind.WIDE_BY_PERIOD) {
				this.roles.periods.forEach((header, period) -> values.add(new ValueColumn(header.column(), null, period)));
			}
			if (this.kind == Kind.WIDE_BY_METRIC) {
				Optional<Detection> refused = chooseMetricColumns(values);
				if (refused.isPresent()) {
					return refused.get();
				}
			}
			leftOut(values);
			int headerRow = this.rows.get(this.index).rowNumber();
			MetadataBlock metadata = MetadataBlock.of(this.rows, this.index);
			FixedParts fixed = new FixedParts(LayoutDetector.this.matcher, this.sheet, metadata, this.override);
			boolean needsMeasure = this.kind != Kind.WIDE_BY_METRIC && !columns.containsKey(Field.MEASURE);
			boolean needsPeriod = this.kind != Kind.WIDE_BY_PERIOD && !columns.containsKey(Field.PERIOD);
			SheetLayout.Fixed found = fixed.find(needsMeasure, needsPeriod);
			if (needsMeasure && found.measure() == null) {
				return Detection.failed("no_header", "a header was found in row " + headerRow + " but no metric: name it in a "
						+ "'metric' column, the sheet name or a title row, or declare it in jobs/mappings/layouts.yml", this.index);
			}
			if (needsPeriod && found.period() == null) {
				return Detection.failed("no_header", "a header was found in row " + headerRow + " but no period: give it in a "
						+ "'period' column, a 'Period:' line above the table, the sheet name, a title row or the file name, "
						+ "or declare it in jobs/mappings/layouts.yml", this.index);
			}
			List<ValueColumn> chosen = this.kind == Kind.WIDE_BY_PERIOD && weekly(found.measure()) ? weeks(values) : values;
			SheetLayout layout = new SheetLayout(this.kind, headerRow, columns, chosen, found, labels(), Geography.UNDECIDED,
					this.notes);
			return new Detection(layout, this.index, null, null);
		}

		/** The fields of a long table (the others name metrics and periods per value column). */
		private Map<Field, Integer> longColumns() {
			Map<Field, Integer> columns = new EnumMap<>(Field.class);
			this.roles.fields.forEach((field, header) -> columns.put(field, header.column()));
			if (this.kind != Kind.LONG) {
				columns.remove(Field.VALUE);
				columns.remove(Field.NUMERATOR);
				columns.remove(Field.DENOMINATOR);
			}
			if (this.kind == Kind.WIDE_BY_PERIOD) {
				columns.remove(Field.PERIOD);
				columns.remove(Field.PERIOD_LENGTH);
			}
			List<SourceRow> below = this.rows.subList(this.index + 1, this.rows.size());
			PeriodColumns.choose(this.roles.periodFields, below, this.sheet.date1904()).ifPresent(choice -> {
				if (columns.containsKey(Field.PERIOD)) {
					columns.put(Field.PERIOD, choice.month().column());
					if (choice.year() != null) {
						columns.put(Field.YEAR, choice.year().column());
					}
				}
			});
			this.override.map(LayoutOverride::areaColumn).ifPresent(a -> columns.put(Field.AREA, a));
			return columns;
		}

		private Optional<Detection> chooseMetricColumns(List<ValueColumn> values) {
			List<ColumnHeader> others = new ArrayList<>(this.roles.unknown.keySet());
			for (ColumnChoice.Choice choice : ColumnChoice.choose(this.roles.metrics, others, LayoutDetector.this.metrics)) {
				if (choice instanceof ColumnChoice.Ambiguous ambiguous) {
					return Optional.of(Detection.failed("ambiguous_column",
							ambiguous.reason(LayoutDetector.this.modelSource), this.index));
				}
				ColumnChoice.Chosen chosen = (ColumnChoice.Chosen) choice;
				values.add(new ValueColumn(chosen.value().column(), chosen.metric(), null, column(chosen.numerator()),
						column(chosen.denominator())));
				this.notes.addAll(chosen.notes());
			}
			values.sort(java.util.Comparator.comparingInt(ValueColumn::column));
			return Optional.empty();
		}

		private boolean weekly(String measure) {
			Metric metric = measure == null ? null : LayoutDetector.this.metrics.get(measure);
			return metric != null && metric.source().weekly();
		}

		/** A weekly metric's date headers name the weeks they end (their month would join four weeks into one). */
		private List<ValueColumn> weeks(List<ValueColumn> months) {
			List<ValueColumn> weeks = new ArrayList<>();
			for (var entry : this.roles.periods.entrySet()) {
				java.time.LocalDate day = entry.getKey().own().date() != null ? entry.getKey().own().date().toLocalDate()
						: uk.nhs.stp.domain.PeriodParser.date(entry.getKey().own().text()).orElse(null);
				if (day != null) {
					weeks.add(new ValueColumn(entry.getKey().column(), null, uk.nhs.stp.domain.Period.week(day)));
				}
			}
			return weeks.size() == months.size() ? weeks : months;
		}

		private static int column(ColumnHeader header) {
			return header == null ? -1 : header.column();
		}

		/** A note on the columns of figures that name no metric (one line, not one per cell). */
		private void leftOut(List<ValueColumn> values) {
			Map<ColumnHeader, MetricMatcher.Match> unknown = new java.util.LinkedHashMap<>(this.roles.unknown);
			unknown.keySet().removeIf(h -> values.stream().anyMatch(v -> v.numerator() == h.column() || v.denominator() == h.column()));
			if (!unknown.isEmpty() && this.kind == Kind.WIDE_BY_METRIC) {
				this.notes.add("columns not loaded, as they name no metric of the catalogue: "
						+ UnknownColumns.describe(unknown, LayoutDetector.this.modelSource));
			}
		}

		private List<ColumnHeader> labels() {
			return this.roles.labels;
		}

	}

}
