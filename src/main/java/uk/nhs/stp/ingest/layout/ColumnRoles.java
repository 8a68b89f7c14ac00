package uk.nhs.stp.ingest.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.model.IngestMappings;

/**
 * What each column of a candidate header row is, by what its header says (never by where it
 * stands): a field of a long table (metric, period, value, numerator, denominator), a period of a
 * wide table, a metric of a wide table, a label (a code or name column that may hold the
 * geography, or a note), or a column of figures whose header names nothing in the catalogue.
 */
final class ColumnRoles {

	/** Header words that say a column names places or organisations. */
	private static final Set<String> GEOGRAPHY_WORDS = Set.of("code", "name", "org", "organisation", "organization",
			"provider", "trust", "ccg", "stp", "icb", "ics", "system", "region", "area", "practice", "site",
			"commissioner", "geography", "footprint", "partnership", "la", "authority", "locality", "location", "sicbl",
			"ods", "ons", "geo", "parent");

	final List<ColumnHeader> headers;

	final Map<Field, ColumnHeader> fields = new EnumMap<>(Field.class);

	/** Every column whose header names a period field ("Year" and "Month" may both). */
	final List<ColumnHeader> periodFields = new ArrayList<>();

	final Map<ColumnHeader, Period> periods = new LinkedHashMap<>();

	final Map<String, List<ColumnHeader>> metrics = new LinkedHashMap<>();

	final List<ColumnHeader> labels = new ArrayList<>();

	/** Columns of figures whose header names no metric, with the best guess for the message. */
	final Map<ColumnHeader, MetricMatcher.Match> unknown = new LinkedHashMap<>();

	private ColumnRoles(List<ColumnHeader> headers) {
		this.headers = headers;
	}

	/**
	 * @param headers the candidate row's headers
	 * @param below the rows under it that the detector has seen, to tell figures from labels
	 */
	static ColumnRoles of(List<ColumnHeader> headers, List<SourceRow> below, IngestMappings mappings,
			MetricMatcher matcher, Map<String, Metric> metrics, boolean date1904) {
		ColumnRoles roles = new ColumnRoles(headers);
		for (ColumnHeader header : headers) {
			roles.classify(header, below, mappings, matcher, metrics, date1904);
		}
		return roles;
	}

	private void classify(ColumnHeader header, List<SourceRow> below, IngestMappings mappings, MetricMatcher matcher,
			Map<String, Metric> metrics, boolean date1904) {
		Optional<Field> field = header.isText() ? field(header, mappings) : Optional.empty();
		if (field.isPresent() && field.get() != Field.AREA) {
			this.fields.putIfAbsent(field.get(), header);
			if (field.get() == Field.PERIOD) {
				this.periodFields.add(header);
			}
			return;
		}
		if (field.isEmpty()) {
			Optional<Period> period = HeaderRows.period(header.own(), date1904);
			if (period.isPresent()) {
				this.periods.put(header, period.get());
				return;
			}
		}
		if (field.isEmpty() && header.isText()) {
			MetricMatcher.Match match = matcher.header(header.text());
			if (match.confident() && fits(header, metrics.get(match.metric()))) {
				this.metrics.computeIfAbsent(match.metric(), k -> new ArrayList<>()).add(header);
				return;
			}
			if (!isGeography(header, mappings) && mostlyNumbers(header.column(), below)) {
				this.unknown.put(header, match);
				return;
			}
		}
		if (header.isText()) {
			this.labels.add(header);
		}
	}

	/** The field a header names exactly (its own text first, then with its group header). */
	private static Optional<Field> field(ColumnHeader header, IngestMappings mappings) {
		return mappings.field(header.own().text()).or(() -> mappings.field(header.text())).map(ColumnRoles::field);
	}

	private static Field field(String name) {
		return switch (name) {
			case "area" -> Field.AREA;
			case "metric" -> Field.MEASURE;
			case "period" -> Field.PERIOD;
			case "value" -> Field.VALUE;
			case "numerator" -> Field.NUMERATOR;
			case "period_length" -> Field.PERIOD_LENGTH;
			default -> Field.DENOMINATOR;
		};
	}

	/**
	 * Whether a header can hold the metric's values by its unit: a count column ("No. within 18
	 * weeks") never holds a percentage, a percentage column never a count or a rate.
	 */
	static boolean fits(ColumnHeader header, Metric metric) {
		if (metric == null) {
			return true;
		}
		Set<String> words = header.words();
		boolean percent = words.contains("percent");
		boolean number = words.contains("number") || words.contains("total");
		return switch (metric.unit()) {
			case PERCENT -> percent || !number || header.own().percentFormat();
			case COUNT -> !percent;
			case RATE_PER_1000 -> !percent && !words.contains("per100000");
			case RATE_PER_100000 -> !percent && !words.contains("per1000");
			default -> !percent;
		};
	}

	/** Whether a header says its column names places or organisations (a short header, not a title). */
	static boolean isGeography(ColumnHeader header, IngestMappings mappings) {
		if (mappings.field(header.own().text()).filter("area"::equals).isPresent()) {
			return true;
		}
		java.util.Set<String> words = HeaderWords.set(header.shown());
		return words.size() <= 6 && words.stream().anyMatch(GEOGRAPHY_WORDS::contains);
	}

	private static boolean mostlyNumbers(int column, List<SourceRow> below) {
		int numbers = 0;
		int filled = 0;
		for (SourceRow row : below) {
			SourceCell cell = row.cell(column);
			if (!cell.isBlank()) {
				filled++;
				numbers += cell.number() != null || looksNumeric(cell.text()) ? 1 : 0;
			}
		}
		return filled > 0 && numbers * 2 >= filled;
	}

	private static boolean looksNumeric(String text) {
		String strip = text.strip().replace(",", "").replace("%", "");
		return strip.matches("[-+]?\\d+(\\.\\d+)?") || strip.equals("-") || strip.equals("*") || strip.equals("..");
	}

	boolean hasGeography(IngestMappings mappings) {
		return this.labels.stream().anyMatch(h -> isGeography(h, mappings));
	}

}
