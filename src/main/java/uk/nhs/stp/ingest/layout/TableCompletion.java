package uk.nhs.stp.ingest.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.layout.LayoutDetector.Detection;
import uk.nhs.stp.ingest.layout.LayoutDetector.SheetContext;
import uk.nhs.stp.ingest.layout.SheetLayout.Kind;
import uk.nhs.stp.ingest.layout.SheetLayout.ValueColumn;
import uk.nhs.stp.model.LayoutOverride;

/**
 * Completes a table the detector found at a header row: the fields of a long table, each metric's
 * value column (and counts) of a wide one, the weeks of a weekly metric's date headers, the metric
 * and period the columns do not give, and a note of the columns left out; or says what is missing.
 */
final class TableCompletion {


	private final LayoutDetector detector;

	private final SheetContext sheet;

	private final List<SourceRow> rows;

	private final int index;

	private final ColumnRoles roles;

	private final Kind kind;

	private final Optional<LayoutOverride> override;

	private final List<String> notes = new ArrayList<>();

	TableCompletion(LayoutDetector detector, SheetContext sheet, List<SourceRow> rows, int index, ColumnRoles roles,
			Kind kind, Optional<LayoutOverride> override) {
		this.detector = detector;
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
		FixedParts fixed = new FixedParts(this.detector.matcher(), this.sheet, metadata, this.override);
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
		for (ColumnChoice.Choice choice : ColumnChoice.choose(this.roles.metrics, others, this.detector.metrics())) {
			if (choice instanceof ColumnChoice.Ambiguous ambiguous) {
				return Optional.of(Detection.failed("ambiguous_column",
						ambiguous.reason(this.detector.modelSource()), this.index));
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
		Metric metric = measure == null ? null : this.detector.metrics().get(measure);
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
					+ UnknownColumns.describe(unknown, this.detector.modelSource()));
		}
	}

	private List<ColumnHeader> labels() {
		return this.roles.labels;
	}


}
