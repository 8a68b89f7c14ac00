package uk.nhs.stp.stats;

/**
 * Standard scores across areas: (x − mean) / sd with the sample SD (n − 1), as R's {@code scale()}.
 */
public final class Standardisation {

	private Standardisation() {
	}

	/**
	 * @param values one finite value per area, at least two
	 * @param what what the values are, for the error message (e.g. "population size")
	 * @throws StatisticsException if fewer than two values, or all values are equal
	 */
	public static double[] zScores(double[] values, String what) {
		if (values.length < 2) {
			throw StatisticsException.insufficientData("too few areas to standardise " + what);
		}
		double mean = Descriptive.mean(values);
		double sd = Descriptive.sd(values);
		if (!(sd > 0)) {
			throw StatisticsException.noSpread("every area has the same " + what + ", so it cannot explain differences");
		}
		double[] z = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			z[i] = (values[i] - mean) / sd;
		}
		return z;
	}

}
