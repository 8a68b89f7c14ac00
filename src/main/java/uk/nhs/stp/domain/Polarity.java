package uk.nhs.stp.domain;

/**
 * Which direction of a metric is better. The sign is applied in exactly one place per
 * statistic (method §8), by multiplying with {@link #sign()}.
 */
public enum Polarity {

	HIGHER_IS_BETTER(1), LOWER_IS_BETTER(-1);

	private final int sign;

	Polarity(int sign) {
		this.sign = sign;
	}

	public int sign() {
		return this.sign;
	}

	/** The spelling used in the scoring model and the exports, e.g. {@code higher_is_better}. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
