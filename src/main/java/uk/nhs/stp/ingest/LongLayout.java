package uk.nhs.stp.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.stp.ingest.RowItem.Field;

/**
 * The canonical long layout: one observation a row, with columns for area code, metric, period
 * and value, and optional numerator and denominator, under a header row. The header is looked
 * for among the first rows, so title, "Published:" and blank rows above it are passed over.
 */
public final class LongLayout {

	/** How far down a sheet the header is looked for. */
	public static final int HEADER_SEARCH_ROWS = 20;

	private static final Map<Field, Set<String>> NAMES = Map.of(Field.AREA,
			Set.of("area_code", "area", "stp_code", "stp", "code", "ons_code", "org_code", "organisation_code"),
			Field.MEASURE, Set.of("metric", "metric_id", "measure", "measure_id", "indicator", "indicator_id"),
			Field.PERIOD, Set.of("period", "month", "date", "quarter", "year", "reporting_period", "period_name"),
			Field.VALUE, Set.of("value", "obs_value", "metric_value", "observation"), Field.NUMERATOR,
			Set.of("numerator", "num"), Field.DENOMINATOR, Set.of("denominator", "den", "denom"));

	private static final List<Field> REQUIRED = List.of(Field.AREA, Field.MEASURE, Field.PERIOD, Field.VALUE);

	/** The column names accepted, for the "no header" message. */
	public static final String REQUIRED_NAMES = "area_code, metric, period and value";

	private final Map<Field, Integer> columns;

	private LongLayout(Map<Field, Integer> columns) {
		this.columns = columns;
	}

	/** The layout this row is the header of, or empty if it is not a header. */
	public static Optional<LongLayout> fromHeader(SourceRow row) {
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		for (SourceCell cell : row.cells()) {
			if (cell == null || cell.number() != null) {
				continue;
			}
			String name = normalise(cell.text());
			for (Map.Entry<Field, Set<String>> entry : NAMES.entrySet()) {
				if (entry.getValue().contains(name)) {
					columns.putIfAbsent(entry.getKey(), cell.column());
				}
			}
		}
		return columns.keySet().containsAll(REQUIRED) ? Optional.of(new LongLayout(columns)) : Optional.empty();
	}

	/** The cells of a data row, by field. */
	public Map<Field, SourceCell> cells(SourceRow row) {
		Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
		this.columns.forEach((field, column) -> cells.put(field, row.cell(column)));
		return cells;
	}

	static String normalise(String header) {
		return header.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
	}

}
