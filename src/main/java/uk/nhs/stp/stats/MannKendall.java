package uk.nhs.stp.stats;

import java.util.Arrays;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Mann–Kendall trend test with the tie correction and continuity correction (method §2;
 * Gilbert 1987; R's {@code trend::mk.test}).
 * <p>
 * S = Σ<sub>i&lt;j</sub> sign(y<sub>j</sub> − y<sub>i</sub>);
 * Var S = [n(n−1)(2n+5) − Σ<sub>g</sub> t<sub>g</sub>(t<sub>g</sub>−1)(2t<sub>g</sub>+5)]/18 over groups
 * of tied values; Z = (S − sign S)/√Var S; two-sided p = 2(1 − Φ(|Z|)). When Var S is 0 (every
 * value tied) Z is 0 and p is 1.
 */
public final class MannKendall {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

	private MannKendall() {
	}

	/**
	 * @param y the series in time order, finite values, gaps already removed
	 * @throws StatisticsException if there are fewer than two values
	 */
	public static Result test(double[] y) {
		if (y.length < 2) {
			throw StatisticsException.insufficientData("a trend needs at least two points");
		}
		long s = score(y);
		double varS = variance(y);
		if (varS <= 0) {
			return new Result(s, 0, 0, 1);
		}
		double z = (s - Math.signum(s)) / Math.sqrt(varS);
		double p = 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z)));
		return new Result(s, varS, z, p);
	}

	static long score(double[] y) {
		long s = 0;
		for (int i = 0; i < y.length - 1; i++) {
			for (int j = i + 1; j < y.length; j++) {
				s += Double.compare(y[j], y[i]) == 0 ? 0 : (y[j] > y[i] ? 1 : -1);
			}
		}
		return s;
	}

	/** Var S with the correction for groups of tied values. */
	static double variance(double[] y) {
		double n = y.length;
		double ties = 0;
		double[] sorted = y.clone();
		Arrays.sort(sorted);
		int i = 0;
		while (i < sorted.length) {
			int j = i;
			while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
				j++;
			}
			double t = j - i + 1;
			ties += t * (t - 1) * (2 * t + 5);
			i = j + 1;
		}
		return (n * (n - 1) * (2 * n + 5) - ties) / 18;
	}

	/**
	 * @param s the Mann–Kendall score
	 * @param varS its variance, tie-corrected
	 * @param z the continuity-corrected normal score
	 * @param p the two-sided p-value
	 */
	public record Result(long s, double varS, double z, double p) {
	}

}
