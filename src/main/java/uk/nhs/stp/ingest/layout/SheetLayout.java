package uk.nhs.stp.ingest.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.nhs.stp.domain.CellRef;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.ingest.RowItem;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;

/**
 * How one sheet's table is laid out, as detected (or declared): the header row, the columns of a
 * long table or the value columns of a wide one (each with its metric or period, and a metric's
 * numerator and denominator columns where the table has them), what the layout fixes for every
 * value, and the geography column.
 *
 * @param kind long, wide by period or wide by metric
 * @param headerRow the header's (last) row number as Excel shows it
 * @param columns the column of each field it has (for every layout, the geography column as AREA)
 * @param valueColumns for a wide table, each value column with its metric or period
 * @param fixed the metric and period fixed for every value, where the columns do not give them
 * @param labels the label columns (codes and names) the geography is chosen from
 * @param geography the geography, once chosen
 * @param notes what the detection left out and why (columns naming no metric), for the ingest log
 */
public record SheetLayout(Kind kind, int headerRow, Map<Field, Integer> columns, List<ValueColumn> valueColumns,
		Fixed fixed, List<ColumnHeader> labels, Geography geography, List<String> notes) {

	public SheetLayout {
		Map<Field, Integer> ordered = new EnumMap<>(Field.class);
		ordered.putAll(columns);
		columns = java.util.Collections.unmodifiableMap(ordered);
		valueColumns = List.copyOf(valueColumns);
		labels = List.copyOf(labels);
		notes = List.copyOf(notes);
	}

	/** The layouts read. */
	public enum Kind {

		LONG("long"), WIDE_BY_PERIOD("wide by period"), WIDE_BY_METRIC("wide by metric");

		private final String words;

		Kind(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}

	}

	/**
	 * A value column of a wide table.
	 * @param column 0-based column index
	 * @param measure the metric its header names (wide by metric), or null
	 * @param period the period its header names (wide by period), or null
	 * @param numerator the column of the metric's numerator counts, or -1
	 * @param denominator the column of its denominator counts, or -1
	 */
	public record ValueColumn(int column, String measure, Period period, int numerator, int denominator) {

		public ValueColumn(int column, String measure, Period period) {
			this(column, measure, period, -1, -1);
		}

	}

	/**
	 * What the layout fixes for every value.
	 * @param measure a metric fixed for every value, or null
	 * @param measureFrom where it came from, for {@link #describe}
	 * @param period a period fixed for every value, or null
	 * @param periodFrom where it came from
	 */
	public record Fixed(String measure, String measureFrom, Period period, String periodFrom) {

		public static final Fixed NONE = new Fixed(null, null, null, null);

	}

	public int areaColumn() {
		return this.columns.getOrDefault(Field.AREA, -1);
	}

	public String measure() {
		return this.fixed.measure();
	}

	public Period period() {
		return this.fixed.period();
	}

	/** The same layout with its geography chosen (its key column becomes the AREA field). */
	public SheetLayout withGeography(Geography chosen) {
		Map<Field, Integer> withArea = new EnumMap<>(Field.class);
		withArea.putAll(this.columns);
		withArea.put(Field.AREA, chosen.keyColumn());
		return new SheetLayout(this.kind, this.headerRow, withArea, this.valueColumns, this.fixed, this.labels, chosen,
				this.notes);
	}

	/** Whether a column holds a value, a field or a count of this table (not a label). */
	public boolean isDataColumn(int column) {
		return this.columns.entrySet().stream().anyMatch(e -> e.getKey() != Field.AREA && e.getValue() == column)
				|| this.valueColumns.stream()
					.anyMatch(v -> v.column() == column || v.numerator() == column || v.denominator() == column);
	}

	/** The candidate observations of one data row. */
	public List<RowItem> items(long fileId, String fileName, String sheet, SourceRow row, boolean date1904) {
		if (this.kind == Kind.LONG) {
			Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
			this.columns.forEach((field, column) -> cells.put(field, row.cell(column)));
			return List.of(new RowItem(fileId, fileName, sheet, row.rowNumber(), cells, measure(), period(), date1904));
		}
		List<RowItem> items = new ArrayList<>(this.valueColumns.size());
		for (ValueColumn value : this.valueColumns) {
			Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
			this.columns.forEach((field, column) -> cells.put(field, row.cell(column)));
			cells.put(Field.VALUE, row.cell(value.column()));
			if (value.numerator() >= 0) {
				cells.put(Field.NUMERATOR, row.cell(value.numerator()));
			}
			if (value.denominator() >= 0) {
				cells.put(Field.DENOMINATOR, row.cell(value.denominator()));
			}
			items.add(new RowItem(fileId, fileName, sheet, row.rowNumber(), cells,
					value.measure() != null ? value.measure() : measure(),
					value.period() != null ? value.period() : period(), date1904));
		}
		return items;
	}

	/** In words, for the {@code check} command: "wide by period, header in row 4, area in column A, …". */
	public String describe() {
		StringBuilder text = new StringBuilder(this.kind.words() + ", header in row " + this.headerRow);
		if (this.geography.level() != Geography.Level.UNDECIDED) {
			text.append(", ").append(this.geography.words());
		}
		this.columns.forEach((field, column) -> {
			if (field != Field.AREA) {
				text.append(", ").append(fieldWord(field)).append(" in column ").append(CellRef.column(column));
			}
		});
		if (!this.valueColumns.isEmpty()) {
			text.append(", values in columns ")
				.append(this.valueColumns.stream().map(SheetLayout::describe).collect(Collectors.joining(", ")));
		}
		if (measure() != null) {
			text.append(", metric ").append(measure()).append(" from ").append(this.fixed.measureFrom());
		}
		if (period() != null) {
			text.append(", period ").append(period().label()).append(" from ").append(this.fixed.periodFrom());
		}
		return text.toString();
	}

	private static String describe(ValueColumn v) {
		String what = v.period() != null ? v.period().label() : v.measure();
		if (v.numerator() >= 0 || v.denominator() >= 0) {
			what += (v.numerator() >= 0 ? "; numerator " + CellRef.column(v.numerator()) : "")
					+ (v.denominator() >= 0 ? "; denominator " + CellRef.column(v.denominator()) : "");
		}
		return CellRef.column(v.column()) + " (" + what + ")";
	}

	private static String fieldWord(Field field) {
		return field == Field.MEASURE ? "metric" : field.name().toLowerCase(java.util.Locale.ROOT);
	}

}
