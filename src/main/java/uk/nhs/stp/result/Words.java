package uk.nhs.stp.result;

import java.util.Locale;

import uk.nhs.stp.domain.Unit;

/** Numbers as the report writes them in sentences: two decimals and a true minus sign. */
public final class Words {

	private Words() {
	}

	public static String number(double value) {
		String text = String.format(Locale.UK, "%.2f", Math.abs(value));
		return (value < 0 && !text.equals("0.00") ? "\u2212" : "") + text;
	}

	/** "a, b and c". */
	public static String and(java.util.List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	/** "+0.25" or "−0.25": a signed change. */
	public static String signed(double value) {
		String text = number(value);
		return text.startsWith("\u2212") ? text : "+" + text;
	}

	public static String percent(double fraction) {
		return String.format(Locale.UK, "%.0f%%", fraction * 100);
	}

	/**
	 * A share as a whole percentage rounded down, so that 287 of 288 returned reads 99%, never
	 * 100%, and 49.6% never passes for the 50% a rule needs.
	 */
	public static String percentDown(double fraction) {
		return String.format(Locale.UK, "%d%%", (long) Math.floor(fraction * 100 + 1e-9));
	}

	/** A value in its unit, as a sentence writes it: "82.7%", "812.3 per 1,000", "1,234", "4.2 days". */
	public static String value(Unit unit, double value) {
		return switch (unit) {
			case PERCENT -> String.format(Locale.UK, "%.1f%%", value);
			case RATE_PER_1000 -> String.format(Locale.UK, "%,.1f per 1,000", value);
			case RATE_PER_100000 -> String.format(Locale.UK, "%,.1f per 100,000", value);
			case COUNT -> String.format(Locale.UK, "%,.0f", value);
			case DAYS -> String.format(Locale.UK, "%,.1f days", value);
			case RATIO -> String.format(Locale.UK, "%.2f", value);
		};
	}

	/**
	 * A size of change in its unit, unsigned: percentages change by points ("2.2 points"), rates by
	 * "3.1 per 1,000", days by "0.4 days".
	 */
	public static String change(Unit unit, double change) {
		double size = Math.abs(change);
		return switch (unit) {
			case PERCENT -> String.format(Locale.UK, "%.1f points", size);
			case RATE_PER_1000 -> String.format(Locale.UK, "%,.1f per 1,000", size);
			case RATE_PER_100000 -> String.format(Locale.UK, "%,.1f per 100,000", size);
			case COUNT -> String.format(Locale.UK, "%,.0f", size);
			case DAYS -> String.format(Locale.UK, "%,.1f days", size);
			case RATIO -> String.format(Locale.UK, "%.2f", size);
		};
	}

}
