package uk.nhs.stp.ingest.layout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.SheetInfo;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.layout.SheetLayout.Kind;
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

	MetricMatcher matcher() {
		return this.matcher;
	}

	Map<String, Metric> metrics() {
		return this.metrics;
	}

	String modelSource() {
		return this.modelSource;
	}

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
		return new TableCompletion(this, sheet, rows, i, roles, kind, override).complete();
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

}
