package uk.nhs.stp.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Ordinary least squares for a design that stays fixed while the response changes, as in the
 * simulation of method §9: X (with an intercept) is fixed, so (XᵀX)⁻¹Xᵀ and the hat values
 * h<sub>ii</sub> are worked out once and each new response costs two matrix–vector products.
 * <ul>
 * <li>β = (XᵀX)⁻¹Xᵀy, residuals e = y − Xβ, s² = Σe²/(n − p);</li>
 * <li>leave-one-out residual e<sub>i</sub>/(1 − h<sub>ii</sub>) (the unexplained pace);</li>
 * <li>externally studentised residual t<sub>i</sub> = e<sub>i</sub>/(s<sub>(i)</sub>√(1 − h<sub>ii</sub>)),
 * s<sub>(i)</sub>² = ((n − p)s² − e<sub>i</sub>²/(1 − h<sub>ii</sub>))/(n − p − 1),</li>
 * </ul>
 * exactly as {@link CircumstanceRegression} (and R's {@code rstudent}) computes them for one fit.
 * Preconditions: n &gt; p + 1 rows and a design of full column rank.
 */
public final class FixedDesign {

	private static final double SINGULARITY_THRESHOLD = 1e-8;

	private static final double LEVERAGE_ONE = 1 - 1e-10;

	/** (XᵀX)⁻¹Xᵀ, p × n. */
	private final double[][] projection;

	/** X with its intercept column, n × p. */
	private final double[][] design;

	private final double[] leverage;

	private FixedDesign(double[][] projection, double[][] design, double[] leverage) {
		this.projection = projection;
		this.design = design;
		this.leverage = leverage;
	}

	/**
	 * @param x n × k explanatory values, one row per area (an intercept is added)
	 * @throws StatisticsException if there are too few rows or the columns are collinear
	 */
	public static FixedDesign of(double[][] x) {
		int n = x.length;
		int p = (n == 0 ? 0 : x[0].length) + 1;
		if (n < p + 2) {
			throw StatisticsException.insufficientData("a model with " + p + " parameters needs at least " + (p + 2)
					+ " rows, and has " + n);
		}
		double[][] design = new double[n][p];
		for (int i = 0; i < n; i++) {
			design[i][0] = 1;
			System.arraycopy(x[i], 0, design[i], 1, p - 1);
		}
		RealMatrix matrix = new Array2DRowRealMatrix(design, false);
		RealMatrix inverse;
		try {
			inverse = new QRDecomposition(matrix.transpose().multiply(matrix), SINGULARITY_THRESHOLD).getSolver()
				.getInverse();
		}
		catch (SingularMatrixException ex) {
			throw StatisticsException.collinear("the explanatory columns are collinear");
		}
		double[][] projection = inverse.multiply(matrix.transpose()).getData();
		double[][] xtxInverse = inverse.getData();
		return new FixedDesign(projection, design, CircumstanceRegression.leverages(xtxInverse, x));
	}

	public int rows() {
		return this.design.length;
	}

	/** The hat value of row i. */
	public double leverage(int i) {
		return this.leverage[i];
	}

	/**
	 * Fits one response and writes each row's leave-one-out residual and studentised residual
	 * (NaN for a row with leverage 1, which has neither).
	 * @param y the response, one per row
	 * @param looResidual receives e<sub>i</sub>/(1 − h<sub>ii</sub>)
	 * @param studentised receives t<sub>i</sub>
	 */
	public void fit(double[] y, double[] looResidual, double[] studentised) {
		int n = this.design.length;
		int p = this.projection.length;
		double[] beta = new double[p];
		for (int j = 0; j < p; j++) {
			double sum = 0;
			double[] row = this.projection[j];
			for (int i = 0; i < n; i++) {
				sum += row[i] * y[i];
			}
			beta[j] = sum;
		}
		double rss = 0;
		for (int i = 0; i < n; i++) {
			double fitted = 0;
			for (int j = 0; j < p; j++) {
				fitted += this.design[i][j] * beta[j];
			}
			double e = y[i] - fitted;
			looResidual[i] = e;
			rss += e * e;
		}
		int df = n - p;
		for (int i = 0; i < n; i++) {
			double e = looResidual[i];
			double h = this.leverage[i];
			if (h >= LEVERAGE_ONE) {
				looResidual[i] = Double.NaN;
				studentised[i] = Double.NaN;
				continue;
			}
			double without = (rss - e * e / (1 - h)) / (df - 1);
			looResidual[i] = e / (1 - h);
			studentised[i] = without > 0 ? e / (Math.sqrt(without) * Math.sqrt(1 - h)) : Double.NaN;
		}
	}

}
