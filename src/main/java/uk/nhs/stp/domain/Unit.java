package uk.nhs.stp.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The unit a metric is declared in, with the range of values that unit can hold. A value outside
 * it is rejected, never clipped (method §0).
 */
public enum Unit {

	PERCENT("%", 0, 100), RATE_PER_1000("per 1,000", 0, Double.POSITIVE_INFINITY),
	RATE_PER_100000("per 100,000", 0, Double.POSITIVE_INFINITY), COUNT("count", 0, Double.POSITIVE_INFINITY),
	DAYS("days", 0, Double.POSITIVE_INFINITY), RATIO("ratio", 0, Double.POSITIVE_INFINITY);

	private final String label;

	private final double min;

	private final double max;

	Unit(String label, double min, double max) {
		this.label = label;
		this.min = min;
		this.max = max;
	}

	/** Short label for report headers, e.g. "%" or "per 1,000". */
	public String label() {
		return this.label;
	}

	/** The spelling used in the scoring model, e.g. {@code rate_per_1000}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Why a value cannot be held in this unit, or empty when it can.
	 * @param value a finite value already expressed in this unit
	 * @return the reason in plain English, or empty
	 */
	public Optional<String> rangeProblem(double value) {
		if (value < this.min) {
			return Optional.of(this == PERCENT ? "a percentage cannot be below 0" : "cannot be negative");
		}
		if (value > this.max) {
			return Optional.of("a percentage cannot exceed 100");
		}
		return Optional.empty();
	}

	/** Parses the model's spelling, e.g. {@code percent}; empty if unknown. */
	public static Optional<Unit> fromCode(String code) {
		for (Unit unit : values()) {
			if (unit.code().equals(code)) {
				return Optional.of(unit);
			}
		}
		return Optional.empty();
	}

}
