package uk.nhs.stp.ingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.nhs.stp.domain.Metric;

/**
 * Finds the metric (or circumstance input) a header, metric cell, sheet name, title or file name
 * names, by its words ({@link HeaderWords}) rather than its spelling, and says how sure it is.
 * A name matches a text when every word of the name is in the text and the text names no other
 * quantity (a header about 12 hours never matches a name about 4); its score is the share of the
 * text's words that the name accounts for. A confident match loads; an ambiguous one (two metrics
 * about as good) or a weak one (the name is only a small part of the text) does not, and the
 * caller says which line would teach it.
 */
public final class MetricMatcher {

	/** A header or metric cell must be at least this much the metric's name. */
	static final double CONFIDENT = 0.5;

	/** Below {@link #CONFIDENT} but at least this is reported as a likely match, never loaded. */
	static final double WEAK = 0.25;

	/** A second metric scoring within this of the best makes the match ambiguous. */
	static final double MARGIN = 0.15;

	/** Words of titles, sheet and file names that say where or when, not what. */
	private static final Set<String> CONTEXT_WORDS = Set.of("stp", "sustainability", "transformation", "ics",
			"icb", "integrated", "care", "board", "system", "ccg", "area", "region", "regional", "england", "national",
			"provider", "trust", "organisation", "level", "data", "table", "sheet", "monthly", "quarterly", "annual",
			"weekly", "month", "quarter", "year", "statistic", "summary", "time", "series", "timeseries", "figure",
			"report", "dashboard", "published", "publication", "revised", "provisional", "final", "progress",
			"performance", "independent", "sector", "extract", "file", "csv", "xlsx", "xls", "web", "by", "q1", "q2",
			"q3", "q4", "january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
			"nov", "dec", "fy");

	private final List<Name> names;

	/**
	 * @param names every name of every measure: for each id, its catalogue name, its id written as
	 * words, its aliases and its source header phrases
	 */
	public MetricMatcher(Map<String, List<String>> names) {
		List<Name> all = new ArrayList<>();
		names.forEach((id, texts) -> texts.forEach(text -> {
			Set<String> words = HeaderWords.set(text);
			if (!words.isEmpty()) {
				all.add(new Name(id, text, words));
			}
		}));
		this.names = List.copyOf(all);
	}

	/** The names of the catalogue's metrics, as {@link #MetricMatcher(Map)} takes them. */
	public static Map<String, List<String>> catalogueNames(List<Metric> metrics, Map<String, List<String>> aliases,
			Map<String, String> otherMeasures) {
		Map<String, List<String>> names = new LinkedHashMap<>();
		for (Metric metric : metrics) {
			List<String> texts = names.computeIfAbsent(metric.id(), k -> new ArrayList<>());
			texts.add(metric.id().replace('_', ' '));
			texts.add(metric.name());
			texts.addAll(metric.source().header());
		}
		otherMeasures.forEach((id, name) -> {
			List<String> texts = names.computeIfAbsent(id, k -> new ArrayList<>());
			texts.add(id.replace('_', ' '));
			texts.add(name);
		});
		aliases.forEach((id, texts) -> names.computeIfAbsent(id, k -> new ArrayList<>()).addAll(texts));
		return names;
	}

	/** How well a text names a measure. */
	public enum Confidence {

		/** One measure, clearly. */
		CONFIDENT,
		/** Two or more measures about equally. */
		AMBIGUOUS,
		/** Only a small part of the text is a measure's name. */
		WEAK,
		/** No measure. */
		NONE

	}

	/**
	 * @param confidence how sure
	 * @param metric the best measure's id, or null for none
	 * @param score the best score, 0 to 1
	 * @param runnerUp the next best measure when ambiguous, or null
	 * @param name the name that matched, for messages
	 */
	public record Match(Confidence confidence, String metric, double score, String runnerUp, String name) {

		static final Match NONE = new Match(Confidence.NONE, null, 0, null, null);

		public boolean confident() {
			return this.confidence == Confidence.CONFIDENT;
		}

	}

	/** The measure a column header (read with its group header) or a metric cell names. */
	public Match header(String text) {
		return best(HeaderWords.set(text), CONFIDENT);
	}

	/**
	 * The measure a sheet name, title or file name names: words about place and time ("by STP",
	 * "monthly", "April 2017") are left out before the name must account for half of the rest.
	 */
	public Match context(String text) {
		Set<String> words = HeaderWords.set(text);
		words.removeIf(w -> CONTEXT_WORDS.contains(w) || w.matches("\\d+"));
		return best(words, CONFIDENT);
	}

	/**
	 * The measure a file name names: as {@link #context}, but only a name of two words or more
	 * ("ae-4hr-2019.csv") counts, since one word of a file name ("Monthly-AE-April-2025") says too little.
	 */
	public Match fileName(String stem) {
		Match match = context(stem);
		return match.confident() && HeaderWords.set(match.name()).size() < 2
				? new Match(Confidence.WEAK, match.metric(), match.score(), null, match.name()) : match;
	}

	private Match best(Set<String> words, double confident) {
		if (words.isEmpty()) {
			return Match.NONE;
		}
		Map<String, Scored> byMetric = new LinkedHashMap<>();
		for (Name name : this.names) {
			double score = score(name.words(), words);
			Scored scored = byMetric.get(name.metric());
			if (score > 0 && (scored == null || score > scored.score())) {
				byMetric.put(name.metric(), new Scored(name.metric(), score, name.text()));
			}
		}
		List<Scored> ranked = byMetric.values().stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).toList();
		if (ranked.isEmpty() || ranked.get(0).score() < WEAK) {
			return Match.NONE;
		}
		Scored top = ranked.get(0);
		if (top.score() < confident) {
			return new Match(Confidence.WEAK, top.metric(), top.score(), null, top.name());
		}
		if (ranked.size() > 1 && ranked.get(1).score() > top.score() - MARGIN) {
			return new Match(Confidence.AMBIGUOUS, top.metric(), top.score(), ranked.get(1).metric(), top.name());
		}
		return new Match(Confidence.CONFIDENT, top.metric(), top.score(), null, top.name());
	}

	/**
	 * The share of the text's words the name accounts for, or 0 when the name has a word the text
	 * lacks or the text names a quantity (such as {@code 12hour}) the name does not.
	 */
	static double score(Set<String> name, Set<String> text) {
		if (!text.containsAll(name)) {
			return 0;
		}
		for (String word : text) {
			if (HeaderWords.isQuantity(word) && !name.contains(word)) {
				return 0;
			}
		}
		return (double) name.size() / text.size();
	}

	private record Name(String metric, String text, Set<String> words) {
	}

	private record Scored(String metric, double score, String name) {
	}

}
