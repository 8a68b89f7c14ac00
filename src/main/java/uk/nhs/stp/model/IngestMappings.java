package uk.nhs.stp.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.stp.domain.MeasureNames;

/**
 * How input files are read, taught without code: column-name aliases, metric-name aliases, the
 * names of aggregate rows (England, regions, totals) and declared layouts, all from
 * {@code jobs/mappings/}.
 *
 * @param columns for each field (area, metric, period, value, numerator, denominator), its header
 * names in {@link MeasureNames#normalise normalised} form
 * @param metrics metric id by normalised name or alias (metric ids and catalogue names included)
 * @param aggregates normalised names and codes of aggregate rows
 * @param layouts declared layouts, first match wins
 * @param metricAliases for each metric (or circumstance input), its aliases as written in {@code metric-aliases.csv}
 */
public record IngestMappings(Map<String, Set<String>> columns, Map<String, String> metrics, Set<String> aggregates,
		List<LayoutOverride> layouts, Map<String, List<String>> metricAliases) {

	public IngestMappings(Map<String, Set<String>> columns, Map<String, String> metrics, Set<String> aggregates,
			List<LayoutOverride> layouts) {
		this(columns, metrics, aggregates, layouts, Map.of());
	}

	public static final List<String> FIELDS = List.of("area", "metric", "period", "value", "numerator", "denominator",
			"period_length");

	/** The field a header names, if any. */
	public Optional<String> field(String header) {
		String name = MeasureNames.normalise(header);
		return FIELDS.stream().filter(f -> this.columns.getOrDefault(f, Set.of()).contains(name)).findFirst();
	}

	/** The metric (or circumstance input) a header, sheet name or alias names exactly. */
	public Optional<String> metricNamed(String text) {
		return Optional.ofNullable(this.metrics.get(MeasureNames.normalise(text)));
	}

	/** The metric whose longest name or alias occurs as whole words in a title. */
	public Optional<String> metricMentionedIn(String title) {
		String text = MeasureNames.normalise(title);
		return this.metrics.entrySet()
			.stream()
			.filter(e -> MeasureNames.containsPhrase(text, e.getKey()))
			.max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
			.map(Map.Entry::getValue);
	}

	/** Whether an area cell names an aggregate (England, a region, a total). */
	public boolean isAggregate(String areaText) {
		String name = MeasureNames.normalise(areaText);
		return !name.isEmpty() && (this.aggregates.contains(name) || name.startsWith("total ") || name.endsWith(" total")
				|| name.equals("total"));
	}

	public Optional<LayoutOverride> layoutFor(String fileName, String sheetName) {
		return this.layouts.stream().filter(l -> l.matches(fileName, sheetName)).findFirst();
	}

}
