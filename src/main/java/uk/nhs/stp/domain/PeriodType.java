package uk.nhs.stp.domain;

/**
 * The length of a reporting period, in whole months (a week, 0: it is counted in days), and its
 * one-letter code in the store.
 */
public enum PeriodType {

	MONTH(1, "M"), QUARTER(3, "Q"), FINANCIAL_YEAR(12, "Y"), WEEK(0, "W");

	private final int months;

	private final String code;

	PeriodType(int months, String code) {
		this.months = months;
		this.code = code;
	}

	public int months() {
		return this.months;
	}

	/** "M", "Q", "Y" or "W". */
	public String code() {
		return this.code;
	}

	public static PeriodType fromCode(String code) {
		for (PeriodType type : values()) {
			if (type.code.equals(code)) {
				return type;
			}
		}
		throw new IllegalArgumentException("unknown period type code " + code);
	}

}
