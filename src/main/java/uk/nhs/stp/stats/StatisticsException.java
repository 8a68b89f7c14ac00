package uk.nhs.stp.stats;

/**
 * A statistic could not be computed honestly. The message is a plain-English reason that becomes
 * a "not scored: &lt;reason&gt;" line (method §8); the code is a stable short name for exports.
 */
public class StatisticsException extends IllegalArgumentException {

	private final String code;

	public StatisticsException(String code, String reason) {
		super(reason);
		this.code = code;
	}

	/** Stable short code, e.g. {@code insufficient_data}. */
	public String code() {
		return this.code;
	}

	/** Too few values for the statistic (fewer areas or points than it needs). */
	public static StatisticsException insufficientData(String reason) {
		return new StatisticsException("insufficient_data", reason);
	}

	/** Every value is the same, so there is no spread to compare against. */
	public static StatisticsException noSpread(String reason) {
		return new StatisticsException("no_spread", reason);
	}

	/** The circumstances are collinear, so their effects cannot be separated. */
	public static StatisticsException collinear(String reason) {
		return new StatisticsException("collinear", reason);
	}

}
