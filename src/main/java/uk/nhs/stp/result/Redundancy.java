package uk.nhs.stp.result;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.stp.stats.MetricRedundancy;

/**
 * Which metrics say the same about pace (method §7): Spearman's ρ between every pair of metrics'
 * paces across areas, the pairs at or above the redundancy threshold, and the proposed smallest
 * set of metrics that still accounts for every metric.
 *
 * @param pairs every pair of metrics, in catalogue order
 * @param minimalSet the metrics proposed to keep, in the order chosen
 */
public record Redundancy(List<Pair> pairs, List<String> minimalSet) {

	/**
	 * @param metricA the first metric
	 * @param metricB the second
	 * @param rho Spearman's ρ over the areas with a pace on both, or null
	 * @param areas how many areas that is
	 * @param redundant whether |ρ| is at or above the threshold
	 */
	public record Pair(String metricA, String metricB, Double rho, int areas, boolean redundant) {
	}

	public static Redundancy of(List<MetricOutcome> outcomes, List<String> areaCodes, double threshold) {
		int m = outcomes.size();
		double[][] pace = new double[m][areaCodes.size()];
		for (int i = 0; i < m; i++) {
			for (int a = 0; a < areaCodes.size(); a++) {
				AreaMetric result = outcomes.get(i).areas().get(areaCodes.get(a));
				pace[i][a] = result == null || result.pace() == null ? Double.NaN : result.pace();
			}
		}
		double[][] rho = MetricRedundancy.correlations(pace);
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < m; i++) {
			for (int j = i + 1; j < m; j++) {
				Double r = Double.isNaN(rho[i][j]) ? null : rho[i][j];
				pairs.add(new Pair(outcomes.get(i).metric().id(), outcomes.get(j).metric().id(), r,
						bothPresent(pace[i], pace[j]), r != null && Math.abs(r) >= threshold));
			}
		}
		List<String> kept = MetricRedundancy.minimalSet(rho, threshold)
			.stream()
			.map(i -> outcomes.get(i).metric().id())
			.toList();
		return new Redundancy(pairs, kept);
	}

	private static int bothPresent(double[] a, double[] b) {
		int n = 0;
		for (int i = 0; i < a.length; i++) {
			n += Double.isNaN(a[i]) || Double.isNaN(b[i]) ? 0 : 1;
		}
		return n;
	}

}
