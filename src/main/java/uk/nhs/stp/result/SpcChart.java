package uk.nhs.stp.result;

import java.util.List;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.stats.SpcRule;

/**
 * One area's XmR chart of one core metric (method §3), point by point, as the report draws it in
 * the Making Data Count style: the value, the centre line and process limits in force at that
 * point (they step where the chart is rebased) and the rule that labelled the point.
 *
 * @param areaCode the area
 * @param metricId the metric
 * @param points the chart's points in period order
 */
public record SpcChart(String areaCode, String metricId, List<Point> points) {

	/**
	 * @param period the period
	 * @param value the value
	 * @param centre the centre line (mean), or null where a segment is too short for one
	 * @param lower the lower process limit, or null
	 * @param upper the upper process limit, or null
	 * @param rule the rule that labelled the point (common cause when none)
	 */
	public record Point(Period period, double value, Double centre, Double lower, Double upper, SpcRule rule) {
	}

}
