package uk.nhs.stp.result;

import java.util.Map;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.Period;

/**
 * One metric's results across areas.
 *
 * @param metric the metric
 * @param latestPeriod the most recent period reported by at least min_areas areas, or null
 * @param levelMethod "funnel" or "robust z", or null when no level could be computed
 * @param spread the national spread (1.4826 × MAD) that pace is measured in, or null
 * @param note why level or pace is absent for every area, or null
 * @param areas results per area code
 * @param requested periods requested of every area: those any area returned, up to the latest
 * @param comparison the national figures each area is compared with (method §1, §12)
 */
public record MetricOutcome(Metric metric, Period latestPeriod, String levelMethod, Double spread, String note,
		Map<String, AreaMetric> areas, int requested, Comparison comparison) {

	public MetricOutcome(Metric metric, Period latestPeriod, String levelMethod, Double spread, String note,
			Map<String, AreaMetric> areas, int requested) {
		this(metric, latestPeriod, levelMethod, spread, note, areas, requested, Comparison.NONE);
	}

	/**
	 * @param englandMedian the median of the areas' values at the latest period, or null
	 * @param bottomFifth the value at the edge of the worst fifth (by polarity), or null
	 * @param funnelTheta0 the funnel's target on the angle scale, or null without a funnel
	 * @param funnelTau2 its additive over-dispersion variance τ², or null
	 * @param funnelPhi its over-dispersion factor φ, or null
	 */
	public record Comparison(Double englandMedian, Double bottomFifth, Double funnelTheta0, Double funnelTau2,
			Double funnelPhi) {

		public static final Comparison NONE = new Comparison(null, null, null, null, null);

	}

}
