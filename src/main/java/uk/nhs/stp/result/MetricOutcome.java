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
 */
public record MetricOutcome(Metric metric, Period latestPeriod, String levelMethod, Double spread, String note,
		Map<String, AreaMetric> areas, int requested) {
}
