package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.Polarity;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.Words;

/**
 * The support focus in words (method §12): the (up to three) metrics that pull an area's level
 * down most (weight × level z, most negative first) and its pace down most (weight × pace), each
 * as its name, latest value in its unit, the England median, its position and its direction a
 * year in its unit ("elective waits 82.7% (England median 89.1%), in the bottom fifth, falling 2.2
 * points a year"); then the tier's monitoring, and for tiers 3–4 the domains of those metrics as
 * the focus of support. No z-score, residual or cut-off appears in it.
 */
final class SupportFocus {

	/** Metrics named per list. */
	static final int NAMED = 3;

	private SupportFocus() {
	}

	/**
	 * @param area the area code
	 * @param tier its tier (1–4)
	 * @param outcomes per metric results, in catalogue order
	 * @param monitoring the recommended monitoring per tier
	 */
	static AreaScore.Focus of(String area, int tier, List<MetricOutcome> outcomes, Map<Integer, String> monitoring) {
		List<MetricOutcome> level = worst(area, outcomes, true, List.of());
		List<MetricOutcome> pace = worst(area, outcomes, false, level);
		List<String> domains = new ArrayList<>();
		if (tier >= 3) {
			Set<String> distinct = new LinkedHashSet<>();
			level.forEach(o -> distinct.add(o.metric().domain()));
			pace.forEach(o -> distinct.add(o.metric().domain()));
			domains.addAll(distinct);
		}
		return new AreaScore.Focus(phrases(area, level), phrases(area, pace), monitoring.get(tier), List.copyOf(domains),
				tier >= 3);
	}

	/** The metrics with the most negative weight × score, at most three, leaving out those given. */
	private static List<MetricOutcome> worst(String area, List<MetricOutcome> outcomes, boolean level,
			List<MetricOutcome> except) {
		return outcomes.stream()
			.filter(o -> !except.contains(o) && o.metric().weight() > 0)
			.filter(o -> contribution(area, o, level) < 0)
			.sorted(Comparator.comparingDouble(o -> contribution(area, o, level)))
			.limit(NAMED)
			.toList();
	}

	private static double contribution(String area, MetricOutcome outcome, boolean level) {
		AreaMetric am = outcome.areas().get(area);
		Double score = am == null ? null : level ? am.levelZ() : am.pace();
		return score == null || am.latestValue() == null ? 0 : outcome.metric().weight() * score;
	}

	private static List<String> phrases(String area, List<MetricOutcome> outcomes) {
		List<String> phrases = new ArrayList<>();
		outcomes.forEach(o -> phrases.add(phrase(o, o.areas().get(area))));
		return List.copyOf(phrases);
	}

	/** "elective waits 82.7% (England median 89.1%), in the bottom fifth, falling 2.2 points a year". */
	static String phrase(MetricOutcome outcome, AreaMetric am) {
		Metric metric = outcome.metric();
		StringBuilder text = new StringBuilder(metric.shortName()).append(' ')
			.append(Words.value(metric.unit(), am.latestValue()));
		MetricOutcome.Comparison national = outcome.comparison();
		List<String> bracket = new ArrayList<>();
		if (am.late()) {
			bracket.add(am.source().period().label() + ", a late return");
		}
		if (national.englandMedian() != null) {
			bracket.add("England median " + Words.value(metric.unit(), national.englandMedian()));
		}
		if (!bracket.isEmpty()) {
			text.append(" (").append(String.join("; ", bracket)).append(')');
		}
		if (national.englandMedian() != null) {
			text.append(", ").append(position(metric.polarity(), am.latestValue(), national));
		}
		String direction = direction(metric, am);
		if (direction != null) {
			text.append(", ").append(direction);
		}
		return text.toString();
	}

	/** "in the bottom fifth" / "below the median" / "above the median" (worst / worse / better for lower-is-better). */
	static String position(Polarity polarity, double value, MetricOutcome.Comparison national) {
		int sign = polarity.sign();
		boolean higher = polarity == Polarity.HIGHER_IS_BETTER;
		if (national.bottomFifth() != null && sign * value <= sign * national.bottomFifth()) {
			return higher ? "in the bottom fifth" : "in the worst fifth";
		}
		if (sign * value < sign * national.englandMedian()) {
			return higher ? "below the median" : "worse than the median";
		}
		return higher ? "above the median" : "better than the median";
	}

	/** "falling 2.2 points a year", or "no clear change (0.3 points a year)"; null without a slope. */
	static String direction(Metric metric, AreaMetric am) {
		if (am.slope() == null) {
			return null;
		}
		String size = Words.change(metric.unit(), am.slope());
		String perYear = size + " a year";
		if ("no clear change".equals(am.direction(metric.polarity().sign()))) {
			// a slope that rounds to nothing in its unit is simply no change
			boolean zero = size.split(" ")[0].replaceAll("[0.,]", "").isEmpty();
			return zero ? "no clear change" : "no clear change (" + (am.slope() < 0 ? "\u2212" : "+") + perYear + ")";
		}
		return (am.slope() > 0 ? "rising " : "falling ") + perYear;
	}

}
