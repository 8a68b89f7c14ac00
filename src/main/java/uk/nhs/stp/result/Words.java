package uk.nhs.stp.result;

import java.util.Locale;

/** Numbers as the report writes them in sentences: two decimals and a true minus sign. */
public final class Words {

	private Words() {
	}

	public static String number(double value) {
		String text = String.format(Locale.UK, "%.2f", Math.abs(value));
		return (value < 0 && !text.equals("0.00") ? "\u2212" : "") + text;
	}

	/** "+0.25" or "−0.25": a signed change. */
	public static String signed(double value) {
		String text = number(value);
		return text.startsWith("\u2212") ? text : "+" + text;
	}

	public static String percent(double fraction) {
		return String.format(Locale.UK, "%.0f%%", fraction * 100);
	}

}
