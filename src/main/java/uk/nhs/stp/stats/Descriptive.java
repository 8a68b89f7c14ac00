package uk.nhs.stp.stats;

import java.util.Arrays;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Location and spread as R computes them, so that every number can be checked against R.
 * <ul>
 * <li>{@link #median} matches R's {@code median} (mean of the two middle values when n is even).</li>
 * <li>{@link #mad} matches R's {@code mad} with its default constant 1.4826.</li>
 * <li>{@link #quantile} matches R's {@code quantile(type = 7)}, R's default.</li>
 * <li>{@link #sd} matches R's {@code sd} (n − 1 denominator).</li>
 * </ul>
 * Preconditions for all: a non-empty array of finite values (callers remove missing values first).
 */
public final class Descriptive {

	/** The consistency constant that makes the MAD estimate the SD of normal data (R's default). */
	public static final double MAD_CONSTANT = 1.4826;

	private Descriptive() {
	}

	/**
	 * @throws StatisticsException if {@code values} is empty
	 */
	public static double median(double[] values) {
		return quantile(values, 0.5);
	}

	/** 1.4826 × median(|x − median(x)|), as R's {@code mad(x)}. */
	public static double mad(double[] values) {
		double centre = median(values);
		double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - centre)).toArray();
		return MAD_CONSTANT * median(deviations);
	}

	/**
	 * R's type 7 quantile: h = (n − 1)p + 1, interpolating between the order statistics around h.
	 * @param p probability in [0, 1]
	 * @throws StatisticsException if {@code values} is empty
	 */
	public static double quantile(double[] values, double p) {
		requireValues(values);
		if (p <= 0) {
			return Arrays.stream(values).min().getAsDouble();
		}
		return new Percentile().withEstimationType(EstimationType.R_7).evaluate(values, Math.min(p, 1) * 100);
	}

	/**
	 * R's type 7 quantile of values already sorted ascending, without copying them: the
	 * simulation (method §9) takes several quantiles of every draw.
	 * @param sorted finite values in ascending order, at least one
	 * @param p probability in [0, 1]
	 * @throws StatisticsException if {@code sorted} is empty
	 */
	public static double quantileOfSorted(double[] sorted, double p) {
		requireValues(sorted);
		double h = (sorted.length - 1) * Math.min(Math.max(p, 0), 1);
		int below = (int) Math.floor(h);
		if (below >= sorted.length - 1) {
			return sorted[sorted.length - 1];
		}
		return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
	}

	/**
	 * R's type 7 quantile of values in any order, by selection (Hoare's quickselect) rather than a
	 * full sort: the simulation (method §9) takes several quantiles of every draw. The array is
	 * reordered in place.
	 * @param values finite values, at least one; reordered
	 * @param p probability in [0, 1]
	 * @throws StatisticsException if {@code values} is empty
	 */
	public static double quantileInPlace(double[] values, double p) {
		requireValues(values);
		double h = (values.length - 1) * Math.min(Math.max(p, 0), 1);
		int below = (int) Math.floor(h);
		double low = select(values, below);
		if (below >= values.length - 1 || h == below) {
			return low;
		}
		// the next order statistic is the smallest value right of the selected one
		double next = Double.POSITIVE_INFINITY;
		for (int i = below + 1; i < values.length; i++) {
			next = Math.min(next, values[i]);
		}
		return low + (h - below) * (next - low);
	}

	/** The k-th smallest value (0-based); afterwards everything left of k is ≤ it and right of it ≥ it. */
	static double select(double[] a, int k) {
		int left = 0;
		int right = a.length - 1;
		while (left < right) {
			double pivot = a[(left + right) >>> 1];
			int i = left;
			int j = right;
			while (i <= j) {
				while (a[i] < pivot) {
					i++;
				}
				while (a[j] > pivot) {
					j--;
				}
				if (i <= j) {
					double swap = a[i];
					a[i++] = a[j];
					a[j--] = swap;
				}
			}
			if (k <= j) {
				right = j;
			}
			else if (k >= i) {
				left = i;
			}
			else {
				return a[k];
			}
		}
		return a[k];
	}

	public static double mean(double[] values) {
		requireValues(values);
		return new Mean().evaluate(values);
	}

	/** Sample standard deviation (n − 1), as R's {@code sd}; 0 for a single value. */
	public static double sd(double[] values) {
		requireValues(values);
		return values.length < 2 ? 0 : new StandardDeviation(true).evaluate(values);
	}

	private static void requireValues(double[] values) {
		if (values.length == 0) {
			throw StatisticsException.insufficientData("no values");
		}
	}

}
