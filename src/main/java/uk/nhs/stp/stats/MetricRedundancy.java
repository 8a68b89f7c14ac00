package uk.nhs.stp.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Which metrics tell the same story about pace (method §7): the Spearman correlation of pace
 * between every pair of metrics across areas (average ranks for ties, over the areas that have
 * both, as R's {@code cor(x, y, method = "spearman", use = "pairwise.complete.obs")}), the pairs
 * with |ρ| at or above a threshold, and a greedy smallest set of metrics such that every metric
 * left out correlates at or above the threshold with one kept.
 */
public final class MetricRedundancy {

	private MetricRedundancy() {
	}

	/**
	 * @param a one metric's pace per area, NaN where the area has none
	 * @param b another metric's pace per area, same areas in the same order
	 * @return ρ over the areas with both, or NaN when fewer than three areas have both or either
	 * is constant there
	 */
	public static double spearman(double[] a, double[] b) {
		List<double[]> pairs = new ArrayList<>();
		for (int i = 0; i < a.length; i++) {
			if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
				pairs.add(new double[] { a[i], b[i] });
			}
		}
		if (pairs.size() < 3) {
			return Double.NaN;
		}
		double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
		double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
		if (isConstant(x) || isConstant(y)) {
			return Double.NaN;
		}
		return new SpearmansCorrelation(new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE)).correlation(x, y);
	}

	/**
	 * @param pace per metric (rows) the pace of each area (columns), NaN where missing
	 * @return the m × m matrix of ρ (NaN where not computable; 1 on the diagonal)
	 */
	public static double[][] correlations(double[][] pace) {
		int m = pace.length;
		double[][] rho = new double[m][m];
		for (int i = 0; i < m; i++) {
			rho[i][i] = 1;
			for (int j = i + 1; j < m; j++) {
				rho[i][j] = spearman(pace[i], pace[j]);
				rho[j][i] = rho[i][j];
			}
		}
		return rho;
	}

	/**
	 * Greedy cover: repeatedly keep the metric that accounts for the most metrics not yet
	 * accounted for (itself and those it correlates with at |ρ| ≥ threshold), ties to the first
	 * listed, until every metric is kept or accounted for.
	 * @return the indices kept, in the order chosen
	 */
	public static List<Integer> minimalSet(double[][] rho, double threshold) {
		int m = rho.length;
		boolean[] covered = new boolean[m];
		List<Integer> kept = new ArrayList<>();
		int left = m;
		while (left > 0) {
			int best = -1;
			int bestGain = -1;
			for (int i = 0; i < m; i++) {
				if (kept.contains(i)) {
					continue;
				}
				int gain = 0;
				for (int j = 0; j < m; j++) {
					if (!covered[j] && (i == j || Math.abs(rho[i][j]) >= threshold)) {
						gain++;
					}
				}
				if (gain > bestGain) {
					best = i;
					bestGain = gain;
				}
			}
			kept.add(best);
			for (int j = 0; j < m; j++) {
				if (!covered[j] && (best == j || Math.abs(rho[best][j]) >= threshold)) {
					covered[j] = true;
					left--;
				}
			}
		}
		return kept;
	}

	private static boolean isConstant(double[] values) {
		for (double v : values) {
			if (v != values[0]) {
				return false;
			}
		}
		return true;
	}

}
