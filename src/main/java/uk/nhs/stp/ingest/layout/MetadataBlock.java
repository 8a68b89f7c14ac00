package uk.nhs.stp.ingest.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodParser;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;

/**
 * What the rows above a table say about it. Publications open with a block of labelled lines
 * ("Title:", "Period: December 2022", "Source:", "Basis: Provider", "Published:") and title lines;
 * the period a label such as "Period:" or "Month:" gives applies to every value of the table,
 * while dates on "Published:" or "Revised:" lines are never the data's period.
 *
 * @param labels each labelled line's value, by its label in lower case without the colon
 * @param title the title lines' text (labelled title and summary lines included), for naming the metric
 */
record MetadataBlock(Map<String, String> labels, String title) {

	/** Labels whose value is the period of the table's figures. */
	private static final List<String> PERIOD_LABELS = List.of("period", "month", "quarter", "reporting period",
			"time period", "data period", "financial year", "year", "week ending", "date");

	/** Labels whose value describes what the table holds (read for the metric). */
	private static final Set<String> TITLE_LABELS = Set.of("title", "summary", "indicator", "measure", "metric");

	/** Lines that carry dates or words that are not the data's period or subject. */
	private static final List<String> METADATA_STARTS = List.of("published", "source", "note", "contact", "released",
			"next update", "status", "date of", "last updated", "updated", "revised", "copyright", "produced", "basis",
			"geography", "data source", "data quality", "definitions", "introduction", "context", "filter", "filters",
			"selected", "parameters");

	static final MetadataBlock NONE = new MetadataBlock(Map.of(), "");

	/** The block of rows before the header row (index into {@code rows}). */
	static MetadataBlock of(List<SourceRow> rows, int headerIndex) {
		Map<String, String> labels = new LinkedHashMap<>();
		StringBuilder title = new StringBuilder();
		for (int i = 0; i < headerIndex; i++) {
			List<SourceCell> cells = rows.get(i).cells().stream().filter(c -> c != null && !c.isBlank()).toList();
			if (cells.isEmpty()) {
				continue;
			}
			String first = cells.get(0).text().strip();
			Optional<String[]> labelled = labelled(first, cells);
			if (labelled.isPresent()) {
				labels.putIfAbsent(labelled.get()[0], labelled.get()[1]);
				if (TITLE_LABELS.contains(labelled.get()[0])) {
					title.append(labelled.get()[1]).append(" \n ");
				}
			}
			else if (!isMetadataLine(first)) {
				cells.stream().filter(c -> c.number() == null).forEach(c -> title.append(c.text()).append(" \n "));
			}
		}
		return new MetadataBlock(labels, title.toString());
	}

	/** Labels publications give their metadata lines (a title line with a colon is not one of these). */
	private static final Set<String> KNOWN_LABELS = Set.of("title", "summary", "period", "month", "quarter", "year",
			"source", "data source", "basis", "published", "revised", "status", "contact", "geography", "notes", "note",
			"filters", "filter", "measure", "indicator", "metric", "date", "week ending", "reporting period", "time period",
			"data period", "financial year", "released", "next update", "last updated", "produced", "copyright",
			"definitions", "introduction", "context", "data quality", "organisation", "level", "frequency", "coverage");

	/** "Period:" with its value in the next cell, or "Period: March 2019" in one cell. */
	private static Optional<String[]> labelled(String first, List<SourceCell> cells) {
		int colon = first.indexOf(':');
		if (colon <= 0 || colon > 30) {
			return Optional.empty();
		}
		String label = first.substring(0, colon).strip().toLowerCase(Locale.ROOT);
		if (!KNOWN_LABELS.contains(label)) {
			return Optional.empty();
		}
		String value = first.substring(colon + 1).strip();
		if (value.isEmpty() && cells.size() > 1) {
			value = cells.get(1).date() != null ? cells.get(1).date().toLocalDate().toString() : cells.get(1).text().strip();
		}
		return Optional.of(new String[] { label, value });
	}

	/** The period a "Period:" (or "Month:", "Quarter:"…) line gives, and the label it came from. */
	Optional<Found> period() {
		for (String label : PERIOD_LABELS) {
			String value = this.labels.get(label);
			if (value != null && !isRange(value)) {
				Optional<Period> period = PeriodParser.parse(value).or(() -> PeriodParser.find(value));
				if (period.isPresent()) {
					return Optional.of(new Found(period.get(), "the '" + label + ":' line above the table"));
				}
			}
		}
		return Optional.empty();
	}

	/** "August 2010 - present", "April 2007 to November 2022": a span, not the period of each value. */
	private static boolean isRange(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return lower.contains(" to ") || lower.contains("present") || lower.matches(".*[a-z]{3,}\\s+\\d{4}\\s*[-\u2013]\\s*[a-z].*");
	}

	/** Lines above a table that are publication metadata, not its title. */
	static boolean isMetadataLine(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT);
		return METADATA_STARTS.stream().anyMatch(lower::startsWith);
	}

	/** A period and where it was found. */
	record Found(Period period, String from) {
	}

}
