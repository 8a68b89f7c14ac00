package uk.nhs.stp.ingest.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.MetricSource;

/**
 * Chooses, for each metric a wide table's headers name, the one column its values are read from,
 * and the count columns of its numerator and denominator, by meaning: among several columns that
 * name a metric ("Percentage in 4 hours or less (all)", "… (type 1)"), the one whose header holds
 * the qualifier its {@code source} block prefers. Where two columns still match, nothing is
 * chosen and the refusal names both and the line that would decide; a value is never taken from
 * the first column found.
 */
final class ColumnChoice {

	private static final Pattern BRACKETS = Pattern.compile("\\(([^)]*)\\)");

	private ColumnChoice() {
	}

	/** What was decided for one metric. */
	sealed interface Choice permits Chosen, Ambiguous {
	}

	/** The columns chosen for one metric. */
	record Chosen(String metric, ColumnHeader value, ColumnHeader numerator, ColumnHeader denominator,
			List<String> notes) implements Choice {
	}

	/** Two or more columns name one metric and nothing decides between them. */
	record Ambiguous(String metric, List<ColumnHeader> columns, String suggestion) implements Choice {

		String reason(String modelSource) {
			return "columns " + String.join(" and ", this.columns.stream().map(ColumnHeader::describe).toList())
					+ " all match metric " + this.metric + ", and nothing says which it is; to choose, add to metric "
					+ this.metric + " in " + modelSource + ": " + this.suggestion;
		}

	}

	/**
	 * @param candidates the columns each metric's name matched
	 * @param others the columns of figures not matched to any metric (where counts are found)
	 * @return for each metric either its chosen columns or why none could be chosen
	 */
	static List<Choice> choose(Map<String, List<ColumnHeader>> candidates, Collection<ColumnHeader> others,
			Map<String, Metric> metrics) {
		List<Choice> choices = new ArrayList<>();
		candidates.forEach((id, columns) -> {
			Metric metric = metrics.get(id);
			MetricSource source = metric == null ? MetricSource.NONE : metric.source();
			List<ColumnHeader> kept = preferred(columns, source.prefer());
			if (kept.size() > 1) {
				choices.add(new Ambiguous(id, kept, suggestion(kept)));
				return;
			}
			choices.add(withCounts(id, kept.get(0), source, others));
		});
		return choices;
	}

	/** The columns whose header holds the preferred qualifier, or all of them when none or no preference. */
	private static List<ColumnHeader> preferred(List<ColumnHeader> columns, String prefer) {
		if (columns.size() < 2 || prefer == null) {
			return columns;
		}
		Set<String> words = HeaderWords.set(prefer);
		List<ColumnHeader> kept = columns.stream().filter(c -> c.words().containsAll(words)).toList();
		return kept.isEmpty() ? columns : kept;
	}

	private static Chosen withCounts(String id, ColumnHeader value, MetricSource source, Collection<ColumnHeader> others) {
		List<String> notes = new ArrayList<>();
		ColumnHeader numerator = count(source.numerator(), others, "numerator", id, notes);
		ColumnHeader denominator = count(source.denominator(), others, "denominator", id, notes);
		return new Chosen(id, value, numerator, denominator, notes);
	}

	/**
	 * The column a numerator or denominator phrase names: every word of the phrase, no other
	 * quantity, and the fewest other words; a tie captures nothing and says so.
	 */
	private static ColumnHeader count(String phrase, Collection<ColumnHeader> others, String what, String metric,
			List<String> notes) {
		if (phrase == null) {
			return null;
		}
		Set<String> words = HeaderWords.set(phrase);
		ColumnHeader best = null;
		double bestScore = 0;
		boolean tie = false;
		for (ColumnHeader column : others) {
			double score = MetricMatcher.score(words, column.words());
			if (score > bestScore) {
				best = column;
				bestScore = score;
				tie = false;
			}
			else if (score > 0 && score == bestScore) {
				tie = true;
			}
		}
		if (best == null) {
			return null;
		}
		if (tie) {
			notes.add("the " + what + " of " + metric + " ('" + phrase + "') matches several columns equally, so it is not captured");
			return null;
		}
		return best;
	}

	/** The line that would decide: the first column's own qualifier, as the source block's {@code prefer}. */
	static String suggestion(List<ColumnHeader> columns) {
		ColumnHeader first = columns.get(0);
		Matcher brackets = BRACKETS.matcher(first.own().text());
		String qualifier = null;
		while (brackets.find()) {
			String inside = brackets.group(1).strip();
			if (!HeaderWords.set(inside).isEmpty() && !inside.toLowerCase(java.util.Locale.ROOT).startsWith("see note")) {
				qualifier = "(" + inside + ")";
			}
		}
		if (qualifier == null) {
			List<String> distinct = new ArrayList<>(first.words());
			columns.subList(1, columns.size()).forEach(c -> distinct.removeAll(c.words()));
			qualifier = distinct.isEmpty() ? first.shown() : String.join(" ", distinct);
		}
		return "`source: { prefer: \"" + qualifier + "\" }`";
	}

}
