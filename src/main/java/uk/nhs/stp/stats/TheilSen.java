package uk.nhs.stp.stats;

import java.util.Arrays;

/**
 * The Theil–Sen slope with Sen's (1968) confidence interval, as R's {@code trend::sens.slope}
 * computes it (method §2).
 * <p>
 * The slope is the median of the pairwise slopes (y<sub>j</sub> − y<sub>i</sub>)/(t<sub>j</sub> − t<sub>i</sub>)
 * over pairs with t<sub>j</sub> ≠ t<sub>i</sub>. With N such slopes and C = z·√Var S (Var S from
 * {@link MannKendall}, tie-corrected), the bounds are the round((N − C)/2)-th and
 * round((N + C)/2 + 1)-th ordered slopes, 1-based, rounding half to even as R does. When a bound
 * falls outside 1..N (short series) it is not available and is returned as {@code null}.
 */
public final class TheilSen {

	private TheilSen() {
	}

	/**
	 * @param t time in years, one per point (gaps allowed, no NaN)
	 * @param y the values, same length as {@code t}, in time order
	 * @param z the two-sided normal point for the interval (1.959964 for 95%)
	 * @throws StatisticsException if fewer than two points have distinct times
	 */
	public static Result estimate(double[] t, double[] y, double z) {
		if (t.length != y.length) {
			throw new IllegalArgumentException("t and y differ in length");
		}
		double[] slopes = pairwiseSlopes(t, y);
		if (slopes.length == 0) {
			throw StatisticsException.insufficientData("a slope needs two points at different times");
		}
		Arrays.sort(slopes);
		double slope = Descriptive.median(slopes);
		double c = z * Math.sqrt(MannKendall.variance(y));
		int n = slopes.length;
		long lowerRank = (long) Math.rint((n - c) / 2);
		long upperRank = (long) Math.rint((n + c) / 2 + 1);
		return new Result(slope, orderedSlope(slopes, lowerRank), orderedSlope(slopes, upperRank), y.length);
	}

	private static Double orderedSlope(double[] sorted, long rank) {
		return (rank >= 1 && rank <= sorted.length) ? sorted[(int) rank - 1] : null;
	}

	private static double[] pairwiseSlopes(double[] t, double[] y) {
		double[] slopes = new double[t.length * (t.length - 1) / 2];
		int count = 0;
		for (int i = 0; i < t.length - 1; i++) {
			for (int j = i + 1; j < t.length; j++) {
				if (t[j] != t[i]) {
					slopes[count++] = (y[j] - y[i]) / (t[j] - t[i]);
				}
			}
		}
		return Arrays.copyOf(slopes, count);
	}

	/**
	 * @param slope the Theil–Sen slope per unit of t (per year)
	 * @param lower the lower bound of Sen's interval, or {@code null} when the series is too short
	 * @param upper the upper bound, or {@code null}
	 * @param points the number of points used
	 */
	public record Result(double slope, Double lower, Double upper, int points) {
	}

}
