package uk.nhs.stp.stats;

import java.util.Arrays;

import uk.nhs.stp.domain.Polarity;

/**
 * An XmR (individuals and moving range) chart as NHS England's <i>Making Data Count</i> and its
 * reference implementation NHSRplotthedots compute it (method §3).
 * <ul>
 * <li>Centre line: the mean of the series, or of its first {@code baseline} points.</li>
 * <li>Moving ranges MR<sub>t</sub> = |y<sub>t</sub> − y<sub>t−1</sub>|; AMR their mean; then, once, every
 * MR ≥ 3.267 × AMR is dropped and AMR recomputed from those kept.</li>
 * <li>Process limits mean ± 2.66 × AMR; the near-limit band mean ± (2/3)·2.66 × AMR.</li>
 * <li>Labels, first match wins: outside a limit (strictly); a trend of 7 points each strictly above
 * (or below) the one before; two of three consecutive points on one side of the mean close to
 * that limit (only the close ones flagged); a shift of 7 or more points on one side of the mean
 * (a point on the mean breaks a run); otherwise common cause.</li>
 * </ul>
 * Preconditions: at least two points, finite values, in time order with gaps removed.
 */
public final class XmrChart {

	/** Moving ranges at or above this multiple of the average are screened out, once. */
	public static final double SCREENING = 3.267;

	/** Process limits are this multiple of the average moving range from the mean. */
	public static final double LIMIT = 2.66;

	/** Runs of this length make a trend or a shift. */
	public static final int RUN = 7;

	/** d₂ for moving ranges of two points: σ̂ = AMR/1.128 (so that 2.66 = 3/1.128). */
	public static final double D2 = 1.128;

	/** Series shorter than this carry a "short series" warning. */
	public static final int SHORT_SERIES = 13;

	private XmrChart() {
	}

	/**
	 * @param y the series in time order
	 * @param baseline points that set the centre line and limits, or 0 for all
	 * @throws StatisticsException if there are fewer than two points
	 */
	public static Result of(double[] y, int baseline) {
		return of(y, baseline, new int[0]);
	}

	/**
	 * A chart rebased at the given points: each segment (from a rebase point to the next) gets its
	 * own centre line and limits from its own points, and the rules run within each segment, as
	 * NHSRplotthedots does with {@code rebase}. The result carries the latest segment's limits.
	 * @param rebaseAt indices (ascending, each above 0) where a new segment starts
	 */
	public static Result of(double[] y, int baseline, int[] rebaseAt) {
		if (rebaseAt.length == 0) {
			return segment(y, baseline);
		}
		SpcRule[] labels = new SpcRule[y.length];
		int start = 0;
		Result last = null;
		for (int s = 0; s <= rebaseAt.length; s++) {
			int end = s < rebaseAt.length ? rebaseAt[s] : y.length;
			if (end - start >= 2) {
				last = segment(Arrays.copyOfRange(y, start, end), baseline);
				System.arraycopy(last.labels(), 0, labels, start, end - start);
			}
			else {
				Arrays.fill(labels, start, end, SpcRule.COMMON_CAUSE);
			}
			start = end;
		}
		if (last == null) {
			throw StatisticsException.insufficientData("every SPC segment between rebase points has fewer than two points");
		}
		int lastSegment = y.length - (rebaseAt.length == 0 ? 0 : rebaseAt[rebaseAt.length - 1]);
		return new Result(last.limits(), labels, lastSegment < SHORT_SERIES);
	}

	static Result segment(double[] y, int baseline) {
		if (y.length < 2) {
			throw StatisticsException.insufficientData("an SPC chart needs at least two points");
		}
		double[] base = baseline > 0 && baseline < y.length ? Arrays.copyOf(y, baseline) : y;
		double mean = Descriptive.mean(base);
		double amr = screenedAverageMovingRange(base);
		Limits limits = new Limits(mean, amr, mean - LIMIT * amr, mean + LIMIT * amr, mean - 2.0 / 3.0 * LIMIT * amr,
				mean + 2.0 / 3.0 * LIMIT * amr);
		return new Result(limits, label(y, limits), y.length < SHORT_SERIES);
	}

	static double screenedAverageMovingRange(double[] y) {
		double[] ranges = new double[y.length - 1];
		for (int t = 1; t < y.length; t++) {
			ranges[t - 1] = Math.abs(y[t] - y[t - 1]);
		}
		double initial = Descriptive.mean(ranges);
		double[] kept = Arrays.stream(ranges).filter(r -> r < SCREENING * initial).toArray();
		return kept.length == 0 ? initial : Descriptive.mean(kept);
	}

	private static SpcRule[] label(double[] y, Limits limits) {
		SpcRule[] labels = new SpcRule[y.length];
		Arrays.fill(labels, SpcRule.COMMON_CAUSE);
		SpcRule[] shifts = shifts(y, limits.mean());
		SpcRule[] twoInThree = twoInThree(y, limits);
		SpcRule[] trends = trends(y);
		for (int i = 0; i < y.length; i++) {
			if (y[i] > limits.upper()) {
				labels[i] = SpcRule.OUTSIDE_HIGH;
			}
			else if (y[i] < limits.lower()) {
				labels[i] = SpcRule.OUTSIDE_LOW;
			}
			else if (trends[i] != null) {
				labels[i] = trends[i];
			}
			else if (twoInThree[i] != null) {
				labels[i] = twoInThree[i];
			}
			else if (shifts[i] != null) {
				labels[i] = shifts[i];
			}
		}
		return labels;
	}

	/** Points in 7 consecutive strict rises or falls; a shared point takes the trend to its right. */
	static SpcRule[] trends(double[] y) {
		int n = y.length;
		boolean[] up = new boolean[n];
		boolean[] down = new boolean[n];
		for (int start = 0; start + RUN <= n; start++) {
			boolean rising = true;
			boolean falling = true;
			for (int i = start + 1; i < start + RUN; i++) {
				rising &= y[i] > y[i - 1];
				falling &= y[i] < y[i - 1];
			}
			for (int i = start; i < start + RUN; i++) {
				up[i] |= rising;
				down[i] |= falling;
			}
		}
		SpcRule[] trends = new SpcRule[n];
		for (int i = 0; i < n; i++) {
			if (up[i] && down[i]) {
				trends[i] = i + 1 < n && y[i + 1] > y[i] ? SpcRule.TREND_UP : SpcRule.TREND_DOWN;
			}
			else if (up[i]) {
				trends[i] = SpcRule.TREND_UP;
			}
			else if (down[i]) {
				trends[i] = SpcRule.TREND_DOWN;
			}
		}
		return trends;
	}

	/** In any three consecutive points on one side of the mean, two or more close ones are flagged. */
	static SpcRule[] twoInThree(double[] y, Limits limits) {
		int n = y.length;
		SpcRule[] flags = new SpcRule[n];
		for (int start = 0; start + 3 <= n; start++) {
			int side = side(y[start], limits.mean());
			if (side == 0 || side(y[start + 1], limits.mean()) != side || side(y[start + 2], limits.mean()) != side) {
				continue;
			}
			int close = 0;
			for (int i = start; i < start + 3; i++) {
				close += isClose(y[i], limits, side) ? 1 : 0;
			}
			if (close >= 2) {
				for (int i = start; i < start + 3; i++) {
					if (isClose(y[i], limits, side)) {
						flags[i] = side > 0 ? SpcRule.TWO_IN_THREE_HIGH : SpcRule.TWO_IN_THREE_LOW;
					}
				}
			}
		}
		return flags;
	}

	private static boolean isClose(double value, Limits limits, int side) {
		boolean outside = value > limits.upper() || value < limits.lower();
		return !outside && (side > 0 ? value > limits.nearUpper() : value < limits.nearLower());
	}

	/** Runs of 7 or more points strictly on one side of the mean. */
	static SpcRule[] shifts(double[] y, double mean) {
		int n = y.length;
		SpcRule[] flags = new SpcRule[n];
		int start = 0;
		while (start < n) {
			int side = side(y[start], mean);
			int end = start;
			while (end + 1 < n && side != 0 && side(y[end + 1], mean) == side) {
				end++;
			}
			if (side != 0 && end - start + 1 >= RUN) {
				for (int i = start; i <= end; i++) {
					flags[i] = side > 0 ? SpcRule.SHIFT_HIGH : SpcRule.SHIFT_LOW;
				}
			}
			start = end + 1;
		}
		return flags;
	}

	private static int side(double value, double mean) {
		return Double.compare(value, mean) == 0 ? 0 : (value > mean ? 1 : -1);
	}

	/** What a point's label means for a metric of this polarity. */
	public static Variation variation(SpcRule rule, Polarity polarity) {
		if (!rule.isSpecialCause()) {
			return Variation.COMMON_CAUSE;
		}
		return rule.direction() * polarity.sign() > 0 ? Variation.IMPROVEMENT : Variation.CONCERN;
	}

	/**
	 * Assurance against a target: for higher-is-better, a target above the upper limit is
	 * consistently failing, below the lower limit consistently passing, otherwise hit and miss
	 * (mirrored for lower-is-better).
	 */
	public static Assurance assurance(Limits limits, double target, Polarity polarity) {
		if (target > limits.upper()) {
			return polarity == Polarity.HIGHER_IS_BETTER ? Assurance.CONSISTENTLY_FAILING : Assurance.CONSISTENTLY_PASSING;
		}
		if (target < limits.lower()) {
			return polarity == Polarity.HIGHER_IS_BETTER ? Assurance.CONSISTENTLY_PASSING : Assurance.CONSISTENTLY_FAILING;
		}
		return Assurance.HIT_AND_MISS;
	}

	/** Variation labels of Making Data Count. */
	public enum Variation {

		IMPROVEMENT("special cause improvement"), CONCERN("special cause concern"), COMMON_CAUSE("common cause");

		private final String words;

		Variation(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}

	}

	/** Assurance labels of Making Data Count. */
	public enum Assurance {

		CONSISTENTLY_PASSING("consistently passing"), HIT_AND_MISS("hit and miss"),
		CONSISTENTLY_FAILING("consistently failing");

		private final String words;

		Assurance(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}

	}

	/** Centre line, average moving range, process limits and the near-limit band. */
	public record Limits(double mean, double amr, double lower, double upper, double nearLower, double nearUpper) {
	}

	/**
	 * @param limits the chart's lines
	 * @param labels one label per point
	 * @param shortSeries whether the series has fewer than 13 points
	 */
	public record Result(Limits limits, SpcRule[] labels, boolean shortSeries) {

		/** The label of the latest point. */
		public SpcRule latest() {
			return this.labels[this.labels.length - 1];
		}

	}

}
