package uk.nhs.stp.stats;

import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The raw league table a method that ignores circumstances gives (method §11; NHS Oversight
 * Framework 2025/26 metric scoring):
 * <ul>
 * <li>per metric, the areas with a value are ranked, best = 1 by polarity, ties taking the
 * average rank, and scaled: score = 1 + 3·(rank − 1)/(n − 1), 1.00 best and 4.00 worst, n = areas
 * ranked (a metric with fewer than two values is left out);</li>
 * <li>league score = the weight-weighted mean of an area's metric scores;</li>
 * <li>segment 1 if the score ≤ the 25th percentile of the reference areas' scores (R type 7),
 * 2 if ≤ their median, 3 if ≤ their 75th percentile, else 4.</li>
 * </ul>
 */
public final class LeagueTable {

	private static final NaturalRanking RANKING = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);

	private LeagueTable() {
	}

	/**
	 * @param values [metric][area] the latest values, NaN where an area has none
	 * @param signs per metric, +1 when higher is better, −1 when lower is better
	 * @param weights per metric, at least 0
	 * @return per area, its league score, or NaN when it has no scored metric
	 */
	public static double[] scores(double[][] values, int[] signs, double[] weights) {
		int areas = values.length == 0 ? 0 : values[0].length;
		double[][] byArea = new double[areas][values.length];
		for (int m = 0; m < values.length; m++) {
			double[] metricScores = metricScores(values[m], signs[m]);
			for (int a = 0; a < areas; a++) {
				byArea[a][m] = metricScores[a];
			}
		}
		double[] scores = new double[areas];
		for (int a = 0; a < areas; a++) {
			scores[a] = WeightedComposite.of(byArea[a], weights).value();
		}
		return scores;
	}

	/**
	 * One metric's scores from 1 (best) to 4 (worst), NaN where the area has no value.
	 * @param values per area, NaN where absent
	 * @param sign +1 when higher is better, −1 when lower is better
	 */
	static double[] metricScores(double[] values, int sign) {
		int present = 0;
		for (double v : values) {
			present += Double.isNaN(v) ? 0 : 1;
		}
		double[] scores = new double[values.length];
		java.util.Arrays.fill(scores, Double.NaN);
		if (present < 2) {
			return scores;
		}
		double[] oriented = new double[present];
		int[] where = new int[present];
		for (int a = 0, j = 0; a < values.length; a++) {
			if (!Double.isNaN(values[a])) {
				// rank 1 is the best value: the largest when higher is better
				oriented[j] = -sign * values[a];
				where[j++] = a;
			}
		}
		double[] ranks = RANKING.rank(oriented);
		for (int j = 0; j < present; j++) {
			scores[where[j]] = 1 + 3 * (ranks[j] - 1) / (present - 1);
		}
		return scores;
	}

	/**
	 * @param scores per area, its league score (NaN when none)
	 * @param reference which areas' scores set the quartiles (the scored areas)
	 * @return per area its segment 1–4, or 0 when it has no score or there is no reference score
	 */
	public static int[] segments(double[] scores, boolean[] reference) {
		double[] ref = java.util.stream.IntStream.range(0, scores.length)
			.filter(a -> reference[a] && !Double.isNaN(scores[a]))
			.mapToDouble(a -> scores[a])
			.sorted()
			.toArray();
		int[] segments = new int[scores.length];
		if (ref.length == 0) {
			return segments;
		}
		double q1 = Descriptive.quantileOfSorted(ref, 0.25);
		double q2 = Descriptive.quantileOfSorted(ref, 0.5);
		double q3 = Descriptive.quantileOfSorted(ref, 0.75);
		for (int a = 0; a < scores.length; a++) {
			double s = scores[a];
			segments[a] = Double.isNaN(s) ? 0 : s <= q1 ? 1 : s <= q2 ? 2 : s <= q3 ? 3 : 4;
		}
		return segments;
	}

}
