package uk.nhs.stp.stats;

import uk.nhs.stp.domain.Polarity;

/**
 * Robust z-scores across areas (method §1):
 * z<sub>i</sub> = sign × (x<sub>i</sub> − median(x)) / (1.4826 × MAD(x)), sign +1 for higher-is-better
 * and −1 for lower-is-better. Matches R's {@code sign * (x - median(x)) / mad(x)}.
 */
public final class RobustZScores {

	private RobustZScores() {
	}

	/**
	 * @param values one finite value per area
	 * @param polarity the metric's polarity
	 * @return the median, the scaled MAD and one z per area, in input order
	 * @throws StatisticsException if there are no values, or the MAD is 0 ("not comparable this
	 * period")
	 */
	public static Result of(double[] values, Polarity polarity) {
		double median = Descriptive.median(values);
		double mad = Descriptive.mad(values);
		if (mad == 0) {
			throw StatisticsException.noSpread(
					"not comparable this period: at least half the areas have the same value, so the spread (MAD) is 0");
		}
		double[] z = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			z[i] = polarity.sign() * (values[i] - median) / mad;
		}
		return new Result(median, mad, z);
	}

	/**
	 * @param median the median across areas
	 * @param mad 1.4826 × median absolute deviation
	 * @param z one z-score per area, oriented so that higher is better
	 */
	public record Result(double median, double mad, double[] z) {
	}

}
