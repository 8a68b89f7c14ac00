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
 * How one sheet's table is laid out, as detected (or declared): the header row, the area column,
 * and either one value column (long) or many (wide by period, wide by metric), with whatever the
 * layout fixes for every value (a metric from the sheet name, a period from a title row).
 *
 * @param kind long, wide by period or wide by metric
 * @param headerRow the header's row number as Excel shows it
 * @param columns for a long table, the column of each field it has
 * @param valueColumns for a wide table, each value column with its metric or period
 * @param measure a metric fixed for every value, or null
 * @param measureFrom where the fixed metric came from, for {@link #describe}
 * @param period a period fixed for every value, or null
 * @param periodFrom where the fixed period came from
 */
public record SheetLayout(Kind kind, int headerRow, Map<Field, Integer> columns, List<ValueColumn> valueColumns,
		String measure, String measureFrom, Period period, String periodFrom) {

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
	 */
	public record ValueColumn(int column, String measure, Period period) {
	}

	public int areaColumn() {
		return this.columns.get(Field.AREA);
	}

	/** The candidate observations of one data row. */
	public List<RowItem> items(long fileId, String fileName, String sheet, SourceRow row, boolean date1904) {
		if (this.kind == Kind.LONG) {
			Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
			this.columns.forEach((field, column) -> cells.put(field, row.cell(column)));
			return List.of(new RowItem(fileId, fileName, sheet, row.rowNumber(), cells, this.measure, this.period, date1904));
		}
		List<RowItem> items = new ArrayList<>(this.valueColumns.size());
		for (ValueColumn value : this.valueColumns) {
			Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
			this.columns.forEach((field, column) -> cells.put(field, row.cell(column)));
			cells.put(Field.VALUE, row.cell(value.column()));
			items.add(new RowItem(fileId, fileName, sheet, row.rowNumber(), cells,
					value.measure() != null ? value.measure() : this.measure,
					value.period() != null ? value.period() : this.period, date1904));
		}
		return items;
	}

	/** In words, for the {@code check} command: "wide by period, header in row 4, area in column A, …". */
	public String describe() {
		StringBuilder text = new StringBuilder(this.kind.words() + ", header in row " + this.headerRow);
		this.columns.forEach((field, column) -> text.append(", ")
			.append(field == Field.MEASURE ? "metric" : field.name().toLowerCase(java.util.Locale.ROOT))
			.append(" in column ")
			.append(CellRef.column(column)));
		if (!this.valueColumns.isEmpty()) {
			text.append(", values in columns ")
				.append(this.valueColumns.stream()
					.map(v -> CellRef.column(v.column()) + " (" + (v.period() != null ? v.period().label() : v.measure()) + ")")
					.collect(Collectors.joining(", ")));
		}
		if (this.measure != null) {
			text.append(", metric ").append(this.measure).append(" from ").append(this.measureFrom);
		}
		if (this.period != null) {
			text.append(", period ").append(this.period.label()).append(" from ").append(this.periodFrom);
		}
		return text.toString();
	}

}
