package uk.nhs.stp.stats;

/**
 * The label an XmR chart gives a point (method §3), in precedence order: outside the process
 * limits, a trend, two of three close to a limit, a shift, or common cause. Each special-cause
 * label has a direction: +1 high or increasing, −1 low or decreasing.
 */
public enum SpcRule {

	OUTSIDE_HIGH(1, "a point above the upper process limit"), OUTSIDE_LOW(-1, "a point below the lower process limit"),
	TREND_UP(1, "a run of 7 rising points"), TREND_DOWN(-1, "a run of 7 falling points"),
	TWO_IN_THREE_HIGH(1, "two of three points close to the upper limit"),
	TWO_IN_THREE_LOW(-1, "two of three points close to the lower limit"),
	SHIFT_HIGH(1, "7 or more points above the mean"), SHIFT_LOW(-1, "7 or more points below the mean"),
	COMMON_CAUSE(0, "common cause variation");

	private final int direction;

	private final String words;

	SpcRule(int direction, String words) {
		this.direction = direction;
		this.words = words;
	}

	/** +1 high/increasing, −1 low/decreasing, 0 common cause. */
	public int direction() {
		return this.direction;
	}

	public String words() {
		return this.words;
	}

	public boolean isSpecialCause() {
		return this.direction != 0;
	}

}
