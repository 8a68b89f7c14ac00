package uk.nhs.stp.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Says which columns of figures name no metric of the catalogue, and for each the line that would
 * teach it: an alias of the metric it most looks like, or a new metric for the scoring model.
 */
final class UnknownColumns {

	/** Columns named in full before the rest are counted. */
	private static final int SHOWN = 12;

	private UnknownColumns() {
	}

	static String describe(Map<ColumnHeader, MetricMatcher.Match> unknown, String modelSource) {
		List<String> parts = new ArrayList<>();
		unknown.forEach((header, match) -> {
			if (parts.size() < SHOWN) {
				parts.add(header.describe() + hint(header, match));
			}
		});
		String more = unknown.size() > SHOWN ? " and " + (unknown.size() - SHOWN) + " more" : "";
		return String.join("; ", parts) + more + ". To load a column as a metric of the catalogue, add a line '<metric id>,<its header>' "
				+ "to jobs/mappings/metric-aliases.csv; to load a new metric, add it to the metrics of " + modelSource;
	}

	private static String hint(ColumnHeader header, MetricMatcher.Match match) {
		// a one-word name ("A&E") inside a longer header is no evidence worth suggesting, nor a name
		// without the rate or percentage the header names ("… per 100,000 GP registered population")
		if (match.metric() == null || HeaderWords.set(match.name()).size() < 2 || namesAnotherUnit(header, match)) {
			return "";
		}
		return " (looks like " + match.metric() + "; if it is, add this line to jobs/mappings/metric-aliases.csv: `"
				+ match.metric() + "," + csv(header.shown()) + "`)";
	}

	private static boolean namesAnotherUnit(ColumnHeader header, MetricMatcher.Match match) {
		java.util.Set<String> name = HeaderWords.set(match.name());
		return java.util.stream.Stream.of("percent", "per1000", "per100000")
			.anyMatch(unit -> header.words().contains(unit) && !name.contains(unit));
	}

	/** The header as one CSV field. */
	static String csv(String text) {
		return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
