package uk.nhs.stp.result;

/**
 * One area's results on one metric. Absent numbers are null, never NaN.
 *
 * @param latestValue the area's value at the metric's latest period, or null
 * @param levelZ the level z-score (funnel or robust), oriented so higher is better, or null
 * @param funnelOutlier whether the area lies beyond the 99.8% funnel limits (null if no funnel)
 * @param slope the Theil–Sen slope per year in the metric's unit, or null
 * @param slopeLower the lower bound of Sen's 95% interval, or null
 * @param slopeUpper the upper bound, or null
 * @param pace sign × slope / national spread, or null
 * @param mannKendallP the Mann–Kendall two-sided p, or null
 * @param points periods in the pace window
 * @param spc the SPC chart's reading of the latest point, or null for fewer than two points
 * @param note why something is absent, or null
 * @param returned periods the area returned, of those requested (method §7)
 */
public record AreaMetric(Double latestValue, Double levelZ, Boolean funnelOutlier, Double slope, Double slopeLower,
		Double slopeUpper, Double pace, Double mannKendallP, int points, Spc spc, String note, int returned) {

	/** The same result with the number of periods returned. */
	public AreaMetric withReturned(int periods) {
		return new AreaMetric(this.latestValue, this.levelZ, this.funnelOutlier, this.slope, this.slopeLower,
				this.slopeUpper, this.pace, this.mannKendallP, this.points, this.spc, this.note, periods);
	}

	/**
	 * What the SPC chart says of the latest point (method §3).
	 * @param variation "special cause improvement", "special cause concern" or "common cause"
	 * @param rule the rule that labelled the point, in words
	 * @param assurance "consistently passing", "hit and miss" or "consistently failing", or null without a target
	 * @param shortSeries whether the series has fewer than 13 points
	 * @param concern whether the variation is special cause concern
	 */
	public record Spc(String variation, String rule, String assurance, boolean shortSeries, boolean concern) {
	}

	public boolean spcConcern() {
		return this.spc != null && this.spc.concern();
	}

	/** "improving", "no clear change" or "deteriorating", oriented by polarity (p &lt; 0.05). */
	public String direction(int polaritySign) {
		if (this.slope == null) {
			return "";
		}
		if (this.mannKendallP == null || this.mannKendallP >= 0.05 || this.slope == 0) {
			return "no clear change";
		}
		return this.slope * polaritySign > 0 ? "improving" : "deteriorating";
	}

}
