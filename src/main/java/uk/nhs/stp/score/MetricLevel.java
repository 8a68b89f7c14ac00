package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.MetricKind;
import uk.nhs.stp.stats.FunnelComparison;
import uk.nhs.stp.stats.RobustZScores;
import uk.nhs.stp.stats.StatisticsException;
import uk.nhs.stp.store.ObservationDao.StoredObservation;

/**
 * One metric's level across areas at its latest period (method §1): a funnel comparison for a
 * proportion with numerator and denominator from at least min_areas areas, a robust z-score
 * otherwise; with each area's binomial share of the level's noise on a funnel (method §9) and the
 * funnel's target and over-dispersion for the report's funnel plot.
 *
 * @param method "funnel" or "robust z", or null when no level could be computed
 * @param z the level z per area
 * @param outlier per area, beyond the 99.8% funnel limits
 * @param zSd per area, the sampling sd of z where it follows from the funnel
 * @param mad the robust z's scale (1.4826 × MAD), or null
 * @param funnel θ₀, τ² and φ of the funnel, or null
 * @param note why there is no level, or null
 */
record MetricLevel(String method, Map<String, Double> z, Map<String, Boolean> outlier, Map<String, Double> zSd,
		Double mad, double[] funnel, String note) {

	static MetricLevel of(Metric metric, Map<String, StoredObservation> latest, int minAreas) {
		List<String> areas = new ArrayList<>(latest.keySet());
		List<StoredObservation> rows = new ArrayList<>(latest.values());
		try {
			boolean funnel = metric.kind() == MetricKind.PROPORTION
					&& rows.stream().filter(r -> r.numerator() != null && r.denominator() != null).count() >= minAreas;
			return funnel ? funnel(metric, areas, rows) : robust(metric, areas, rows);
		}
		catch (StatisticsException ex) {
			return new MetricLevel(null, Map.of(), Map.of(), Map.of(), null, null,
					"level not comparable this period: " + ex.getMessage());
		}
	}

	private static MetricLevel funnel(Metric metric, List<String> areas, List<StoredObservation> rows) {
		List<String> used = new ArrayList<>();
		List<StoredObservation> counted = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).numerator() != null && rows.get(i).denominator() != null) {
				used.add(areas.get(i));
				counted.add(rows.get(i));
			}
		}
		double[] num = counted.stream().mapToDouble(StoredObservation::numerator).toArray();
		double[] den = counted.stream().mapToDouble(StoredObservation::denominator).toArray();
		FunnelComparison.Result result = FunnelComparison.compare(num, den, metric.polarity());
		Map<String, Double> z = new HashMap<>();
		Map<String, Boolean> outlier = new HashMap<>();
		Map<String, Double> sd = new HashMap<>();
		for (int i = 0; i < used.size(); i++) {
			z.put(used.get(i), result.z()[i]);
			outlier.put(used.get(i), result.outlier()[i]);
			sd.put(used.get(i), FunnelComparison.zSamplingSd(den[i], result.tau2()));
		}
		return new MetricLevel("funnel", z, outlier, sd, null,
				new double[] { result.theta0(), result.tau2(), result.phi() }, null);
	}

	private static MetricLevel robust(Metric metric, List<String> areas, List<StoredObservation> rows) {
		double[] values = rows.stream().mapToDouble(StoredObservation::value).toArray();
		RobustZScores.Result result = RobustZScores.of(values, metric.polarity());
		Map<String, Double> z = new HashMap<>();
		for (int i = 0; i < areas.size(); i++) {
			z.put(areas.get(i), result.z()[i]);
		}
		return new MetricLevel("robust z", z, Map.of(), Map.of(), result.mad(), null, null);
	}

	boolean isFunnel() {
		return "funnel".equals(this.method);
	}

}
