package uk.nhs.stp.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

import uk.nhs.stp.domain.Polarity;

/**
 * Compares proportions with numerator and denominator on a funnel plot, with Spiegelhalter's
 * over-dispersion adjustment (method §1; Spiegelhalter 2005; FunnelPlotR's "PR" type).
 * <p>
 * On the variance-stabilised scale Y<sub>i</sub> = asin√p<sub>i</sub>, target θ₀ = asin√(Σr/Σn),
 * s<sub>i</sub> = 1/(2√n<sub>i</sub>). The naive z-scores are winsorised at their 10th and 90th
 * percentiles (R's type 7 quantile) and φ is the mean of their squares. If φ ≤ 1, τ² = 0;
 * otherwise τ² = (Iφ − (I − 1)) / (Σw − Σw²/Σw) with w = 1/s², floored at 0. The level z is
 * sign × (Y − θ₀)/√(s² + τ²); limits are sin²(θ₀ ± z<sub>p</sub>√(s² + τ²)), clipped to [0, 1].
 */
public final class FunnelComparison {

	/** Two-sided 95% normal point, R's {@code qnorm(0.975)} = 1.959964 (method §1). */
	public static final double Z95 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

	/** Two-sided 99.8% normal point, R's {@code qnorm(0.999)} = 3.090232 (method §1). */
	public static final double Z998 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.999);

	private static final double WINSOR_PROBABILITY = 0.10;

	private FunnelComparison() {
	}

	/**
	 * @param numerators one count per area, 0 ≤ r ≤ n
	 * @param denominators one count per area, n &gt; 0
	 * @param polarity the metric's polarity
	 * @throws StatisticsException if there are fewer than two areas, or a denominator is not
	 * positive, or a numerator lies outside [0, n]
	 */
	public static Result compare(double[] numerators, double[] denominators, Polarity polarity) {
		checkCounts(numerators, denominators);
		int areas = numerators.length;
		double theta0 = Math.asin(Math.sqrt(sum(numerators) / sum(denominators)));
		double[] y = new double[areas];
		double[] s = new double[areas];
		double[] naiveZ = new double[areas];
		for (int i = 0; i < areas; i++) {
			y[i] = Math.asin(Math.sqrt(numerators[i] / denominators[i]));
			s[i] = 1 / (2 * Math.sqrt(denominators[i]));
			naiveZ[i] = (y[i] - theta0) / s[i];
		}
		double phi = overdispersion(naiveZ);
		double tau2 = phi <= 1 ? 0 : tauSquared(phi, s);
		return limitsAndScores(numerators, denominators, polarity, theta0, y, s, phi, tau2);
	}

	private static Result limitsAndScores(double[] numerators, double[] denominators, Polarity polarity,
			double theta0, double[] y, double[] s, double phi, double tau2) {
		int areas = y.length;
		double[] z = new double[areas];
		Limits[] limits = new Limits[areas];
		boolean[] outlier = new boolean[areas];
		for (int i = 0; i < areas; i++) {
			double sd = Math.sqrt(s[i] * s[i] + tau2);
			z[i] = polarity.sign() * (y[i] - theta0) / sd;
			limits[i] = new Limits(proportion(theta0 - Z95 * sd), proportion(theta0 + Z95 * sd),
					proportion(theta0 - Z998 * sd), proportion(theta0 + Z998 * sd));
			double p = numerators[i] / denominators[i];
			outlier[i] = p < limits[i].lower998() || p > limits[i].upper998();
		}
		return new Result(Math.pow(Math.sin(theta0), 2), theta0, phi, tau2, z, limits, outlier);
	}

	/**
	 * The binomial part of an area's level z on the funnel's scale (method §9): the level z is
	 * (Y − θ₀)/√(s² + τ²) and Y's sampling variance is s², so its standard deviation on the z scale
	 * is s/√(s² + τ²), with s = 1/(2√n).
	 * @param denominator the area's denominator n &gt; 0
	 * @param tau2 the metric's τ² (0 without over-dispersion)
	 */
	public static double zSamplingSd(double denominator, double tau2) {
		double s2 = 1 / (4 * denominator);
		return Math.sqrt(s2 / (s2 + tau2));
	}

	/**
	 * A funnel limit at denominator n on the proportion scale (0–1), sin²(θ₀ ± z√(s² + τ²)),
	 * clipped to [0, 1]: the line a funnel plot draws.
	 * @param z the normal point, negative for the lower limit (e.g. −{@link #Z998})
	 */
	public static double limit(double theta0, double tau2, double denominator, double z) {
		return proportion(theta0 + z * Math.sqrt(1 / (4 * denominator) + tau2));
	}

	/** φ: the mean square of the z-scores winsorised at their 10th and 90th percentiles. */
	static double overdispersion(double[] naiveZ) {
		double low = Descriptive.quantile(naiveZ, WINSOR_PROBABILITY);
		double high = Descriptive.quantile(naiveZ, 1 - WINSOR_PROBABILITY);
		double sumOfSquares = 0;
		for (double z : naiveZ) {
			double w = Math.min(Math.max(z, low), high);
			sumOfSquares += w * w;
		}
		return sumOfSquares / naiveZ.length;
	}

	private static double tauSquared(double phi, double[] s) {
		double sumW = 0;
		double sumW2 = 0;
		for (double si : s) {
			double w = 1 / (si * si);
			sumW += w;
			sumW2 += w * w;
		}
		int areas = s.length;
		return Math.max(0, (areas * phi - (areas - 1)) / (sumW - sumW2 / sumW));
	}

	/** Back from the angle to a proportion; outside [0, π/2] the limit is 0 or 1. */
	private static double proportion(double angle) {
		if (angle <= 0) {
			return 0;
		}
		if (angle >= Math.PI / 2) {
			return 1;
		}
		double sin = Math.sin(angle);
		return sin * sin;
	}

	private static void checkCounts(double[] numerators, double[] denominators) {
		if (numerators.length != denominators.length) {
			throw new IllegalArgumentException("numerators and denominators differ in length");
		}
		if (numerators.length < 2) {
			throw StatisticsException.insufficientData("a funnel needs at least two areas");
		}
		for (int i = 0; i < numerators.length; i++) {
			if (!(denominators[i] > 0) || !(numerators[i] >= 0) || numerators[i] > denominators[i]) {
				throw new IllegalArgumentException("numerator " + numerators[i] + " and denominator "
						+ denominators[i] + " do not form a proportion");
			}
		}
	}

	private static double sum(double[] values) {
		double total = 0;
		for (double v : values) {
			total += v;
		}
		return total;
	}

	/**
	 * @param target the pooled proportion Σr/Σn
	 * @param theta0 the target on the angle scale
	 * @param phi the over-dispersion factor
	 * @param tau2 the additive random-effects variance (0 when φ ≤ 1)
	 * @param z one level z-score per area, oriented so that higher is better
	 * @param limits per area, the 95% and 99.8% limits on the proportion scale
	 * @param outlier per area, whether its proportion lies strictly outside the 99.8% limits
	 */
	public record Result(double target, double theta0, double phi, double tau2, double[] z, Limits[] limits,
			boolean[] outlier) {
	}

	/** Funnel limits for one area's denominator, on the proportion scale (0–1). */
	public record Limits(double lower95, double upper95, double lower998, double upper998) {
	}

}
