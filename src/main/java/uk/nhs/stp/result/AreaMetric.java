package uk.nhs.stp.result;

/**
 * One area's results on one metric, in named parts: its level, its trend, its SPC reading and
 * what it returned. Absent numbers are null, never NaN; the accessors below read through the parts.
 *
 * @param level the latest value and where it stands
 * @param trend the slope over the pace window, or {@link Trend#NONE}
 * @param spc the SPC chart's reading of the latest point, or null for fewer than two points
 * @param note why something is absent, or null
 * @param returned periods the area returned, of those requested (method §7)
 * @param source which period the latest value is from, whether late, and its counts (method §1)
 * @param noise the sampling uncertainty of its level z and pace (method §9)
 */
public record AreaMetric(Level level, Trend trend, Spc spc, String note, int returned, Source source, Noise noise) {

	/** A result with no latest value's source or noise (e.g. when the metric has no latest period). */
	public AreaMetric(Level level, Trend trend, Spc spc, String note, int returned) {
		this(level, trend, spc, note, returned, Source.NONE, Noise.NONE);
	}

	/**
	 * Where the latest value comes from (method §1): the metric's latest period T, or the period
	 * just before it (a late return).
	 * @param period the period of the value used, or null when the area has none at T or before it
	 * @param late whether it is the period before T
	 * @param numerator the value's numerator, or null
	 * @param denominator its denominator, or null
	 * @param first the first period of the area's series, or null (to tell whether the series
	 * crosses a boundary change)
	 */
	public record Source(uk.nhs.stp.domain.Period period, boolean late, Double numerator, Double denominator,
			uk.nhs.stp.domain.Period first) {

		public static final Source NONE = new Source(null, false, null, null, null);

		public Source(uk.nhs.stp.domain.Period period, boolean late, Double numerator, Double denominator) {
			this(period, late, numerator, denominator, null);
		}

	}

	/**
	 * The sampling standard deviations the tier simulation draws from (method §9).
	 * @param levelZ of the level z: binomial for a funnel metric, the area's own SPC sigma over the
	 * national spread otherwise; null when unknown
	 * @param pace of the pace: Sen's interval width / (2 × 1.959964), in pace units; null when unknown
	 */
	public record Noise(Double levelZ, Double pace) {

		public static final Noise NONE = new Noise(null, null);

	}

	/**
	 * @param latestValue the area's value at the metric's latest period, or null
	 * @param z the level z-score (funnel or robust), oriented so higher is better, or null
	 * @param funnelOutlier whether the area lies beyond the 99.8% funnel limits (null if no funnel)
	 */
	public record Level(Double latestValue, Double z, Boolean funnelOutlier) {

		public static final Level NONE = new Level(null, null, null);

	}

	/**
	 * @param slope the Theil–Sen slope per year in the metric's unit, or null
	 * @param slopeLower the lower bound of Sen's 95% interval, or null
	 * @param slopeUpper the upper bound, or null
	 * @param pace sign × slope / national spread, or null
	 * @param mannKendallP the Mann–Kendall two-sided p, or null
	 * @param points periods in the pace window
	 */
	public record Trend(Double slope, Double slopeLower, Double slopeUpper, Double pace, Double mannKendallP,
			int points) {

		public static final Trend NONE = new Trend(null, null, null, null, null, 0);

		/** No slope, from a window of {@code points} periods (too few). */
		public static Trend tooShort(int points) {
			return new Trend(null, null, null, null, null, points);
		}

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

	/** The same result with the number of periods returned. */
	public AreaMetric withReturned(int periods) {
		return new AreaMetric(this.level, this.trend, this.spc, this.note, periods, this.source, this.noise);
	}

	/** Whether the latest value is the period before the metric's latest (a late return). */
	public boolean late() {
		return this.source.late();
	}

	public Double latestValue() {
		return this.level.latestValue();
	}

	public Double levelZ() {
		return this.level.z();
	}

	public Boolean funnelOutlier() {
		return this.level.funnelOutlier();
	}

	public Double slope() {
		return this.trend.slope();
	}

	public Double slopeLower() {
		return this.trend.slopeLower();
	}

	public Double slopeUpper() {
		return this.trend.slopeUpper();
	}

	public Double pace() {
		return this.trend.pace();
	}

	public Double mannKendallP() {
		return this.trend.mannKendallP();
	}

	public int points() {
		return this.trend.points();
	}

	public boolean spcConcern() {
		return this.spc != null && this.spc.concern();
	}

	/** "improving", "no clear change" or "deteriorating", oriented by polarity (p &lt; 0.05). */
	public String direction(int polaritySign) {
		if (slope() == null) {
			return "";
		}
		if (mannKendallP() == null || mannKendallP() >= 0.05 || slope() == 0) {
			return "no clear change";
		}
		return slope() * polaritySign > 0 ? "improving" : "deteriorating";
	}

}
