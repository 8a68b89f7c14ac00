package uk.nhs.stp.stats;

/**
 * A weighted mean over the metrics an area has, with its coverage (method §1): composite =
 * Σw·z / Σw over metrics present; coverage = (weight of metrics present) / (total weight).
 */
public final class WeightedComposite {

	private WeightedComposite() {
	}

	/**
	 * @param values per metric, the area's score, or NaN where the area has none
	 * @param weights per metric, its weight (≥ 0)
	 * @return the composite (NaN only when coverage is 0) and the coverage
	 */
	public static Result of(double[] values, double[] weights) {
		double total = 0;
		double present = 0;
		double weighted = 0;
		for (int m = 0; m < values.length; m++) {
			total += weights[m];
			if (!Double.isNaN(values[m])) {
				present += weights[m];
				weighted += weights[m] * values[m];
			}
		}
		double coverage = total > 0 ? present / total : 0;
		return new Result(present > 0 ? weighted / present : Double.NaN, coverage);
	}

	/**
	 * @param value the weighted mean, NaN when nothing is present (callers must check coverage)
	 * @param coverage the share of the total weight present, 0–1
	 */
	public record Result(double value, double coverage) {
	}

}
