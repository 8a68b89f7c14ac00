package uk.nhs.stp.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Pace against circumstances (method §5): ordinary least squares of composite pace on the
 * standardised circumstances, with leave-one-out expectations and externally studentised
 * residuals. Matches R's {@code lm}, {@code hatvalues} and {@code rstudent}.
 * <ul>
 * <li>Leave-one-out expected pace Ê<sub>i</sub> = P<sub>i</sub> − e<sub>i</sub>/(1 − h<sub>ii</sub>),
 * the fit without area i, from the hat matrix.</li>
 * <li>Externally studentised residual t<sub>i</sub> = e<sub>i</sub>/(s<sub>(i)</sub>√(1 − h<sub>ii</sub>)), with
 * s<sub>(i)</sub>² = ((n − p)s² − e<sub>i</sub>²/(1 − h<sub>ii</sub>))/(n − p − 1).</li>
 * <li>PRESS = Σ(e<sub>i</sub>/(1 − h<sub>ii</sub>))², leave-one-out R² = 1 − PRESS/TSS.</li>
 * </ul>
 * Preconditions: n &gt; p + 1 areas (p = circumstances + 1), no circumstance a linear combination
 * of the others. An area with leverage 1 has no leave-one-out expectation; its values are
 * {@code null}.
 */
public final class CircumstanceRegression {

	/** Columns whose QR pivot falls below this are treated as collinear (standardised scale). */
	private static final double SINGULARITY_THRESHOLD = 1e-8;

	private static final double LEVERAGE_ONE = 1 - 1e-10;

	private CircumstanceRegression() {
	}

	/**
	 * @param circumstances n × k standardised circumstances, one row per area
	 * @param pace composite pace, one per area
	 * @throws StatisticsException if there are too few areas or the circumstances are collinear
	 */
	public static RegressionFit fit(double[][] circumstances, double[] pace) {
		int n = pace.length;
		int parameters = (n == 0 ? 0 : circumstances[0].length) + 1;
		if (n < parameters + 2) {
			throw StatisticsException.insufficientData("the circumstances model needs at least " + (parameters + 2)
					+ " scored areas, and has " + n);
		}
		OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(SINGULARITY_THRESHOLD);
		ols.newSampleData(pace, circumstances);
		try {
			return summarise(ols, circumstances, pace, parameters);
		}
		catch (SingularMatrixException ex) {
			throw StatisticsException.collinear(
					"the circumstances are collinear (one is a combination of the others), so their effects cannot be separated");
		}
	}

	private static RegressionFit summarise(OLSMultipleLinearRegression ols, double[][] x, double[] y,
			int parameters) {
		double[] beta = ols.estimateRegressionParameters();
		double[] se = ols.estimateRegressionParametersStandardErrors();
		double[] residuals = ols.estimateResiduals();
		double[] leverage = leverages(ols.estimateRegressionParametersVariance(), x);
		int n = y.length;
		int dfResidual = n - parameters;
		double sigma = ols.estimateRegressionStandardError();
		TDistribution t = new TDistribution(null, dfResidual);
		Coefficient[] coefficients = new Coefficient[parameters];
		for (int j = 0; j < parameters; j++) {
			double tValue = beta[j] / se[j];
			coefficients[j] = new Coefficient(beta[j], se[j], tValue, 2 * (1 - t.cumulativeProbability(Math.abs(tValue))));
		}
		AreaFit[] areas = new AreaFit[n];
		double press = 0;
		boolean pressDefined = true;
		for (int i = 0; i < n; i++) {
			areas[i] = areaFit(y[i], residuals[i], leverage[i], sigma, dfResidual);
			if (areas[i].looResidual() == null) {
				pressDefined = false;
			}
			else {
				press += areas[i].looResidual() * areas[i].looResidual();
			}
		}
		double tss = totalSumOfSquares(y);
		Double looR2 = pressDefined ? 1 - press / tss : null;
		return new RegressionFit(n, dfResidual, coefficients, ols.calculateRSquared(), ols.calculateAdjustedRSquared(),
				sigma, pressDefined ? press : null, looR2, areas);
	}

	/**
	 * The hat values h<sub>ii</sub> = x<sub>i</sub>ᵀ(XᵀX)⁻¹x<sub>i</sub>, from the p × p matrix (XᵀX)⁻¹ rather
	 * than the n × n hat matrix, which at 7,000 areas alone would need 390 MB.
	 */
	static double[] leverages(double[][] xtxInverse, double[][] x) {
		int p = xtxInverse.length;
		double[] leverage = new double[x.length];
		double[] row = new double[p];
		for (int i = 0; i < x.length; i++) {
			row[0] = 1;
			System.arraycopy(x[i], 0, row, 1, p - 1);
			double h = 0;
			for (int a = 0; a < p; a++) {
				double sum = 0;
				for (int b = 0; b < p; b++) {
					sum += xtxInverse[a][b] * row[b];
				}
				h += row[a] * sum;
			}
			leverage[i] = h;
		}
		return leverage;
	}

	private static AreaFit areaFit(double y, double residual, double leverage, double sigma, int dfResidual) {
		double fitted = y - residual;
		if (leverage >= LEVERAGE_ONE || dfResidual < 2) {
			return new AreaFit(fitted, residual, leverage, null, null, null);
		}
		double looResidual = residual / (1 - leverage);
		double sigmaWithout2 = (dfResidual * sigma * sigma - residual * residual / (1 - leverage)) / (dfResidual - 1);
		Double studentised = sigmaWithout2 > 0 ? residual / (Math.sqrt(sigmaWithout2) * Math.sqrt(1 - leverage)) : null;
		return new AreaFit(fitted, residual, leverage, y - looResidual, looResidual, studentised);
	}

	private static double totalSumOfSquares(double[] y) {
		double mean = Descriptive.mean(y);
		double tss = 0;
		for (double v : y) {
			tss += (v - mean) * (v - mean);
		}
		return tss;
	}

	/** One estimated coefficient: estimate, standard error, t and two-sided p (R's {@code summary.lm}). */
	public record Coefficient(double estimate, double se, double t, double p) {
	}

	/**
	 * The fit for one area.
	 * @param fitted fitted pace with all areas
	 * @param residual observed minus fitted
	 * @param leverage the hat value h<sub>ii</sub>
	 * @param looExpected the leave-one-out expected pace, or {@code null} at leverage 1
	 * @param looResidual observed minus leave-one-out expected (unexplained pace), or {@code null}
	 * @param studentised the externally studentised residual, or {@code null}
	 */
	public record AreaFit(double fitted, double residual, double leverage, Double looExpected, Double looResidual,
			Double studentised) {
	}

	/**
	 * The whole fit.
	 * @param n areas in the model
	 * @param dfResidual n − p
	 * @param coefficients intercept first, then one per circumstance, in input column order
	 * @param r2 R²
	 * @param adjustedR2 adjusted R²
	 * @param sigma residual standard error
	 * @param press the PRESS statistic, or {@code null} when an area has leverage 1
	 * @param looR2 1 − PRESS/TSS, or {@code null}
	 * @param areas one fit per area, in input order
	 */
	public record RegressionFit(int n, int dfResidual, Coefficient[] coefficients, double r2, double adjustedR2,
			double sigma, Double press, Double looR2, AreaFit[] areas) {

		/** Degrees of freedom for the verdict: n − p − 1. */
		public int verdictDf() {
			return this.dfResidual - 1;
		}

	}

}
