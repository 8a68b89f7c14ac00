package uk.nhs.stp.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form metric names and headers are compared in: lower case, "&amp;" as "and", text in brackets
 * (units such as "(%)") dropped, punctuation as spaces. "A&amp;E 4hr performance (%)" and
 * "a and e 4hr performance" compare equal.
 */
public final class MeasureNames {

	private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	private MeasureNames() {
	}

	public static String normalise(String text) {
		String lower = BRACKETS.matcher(text.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ");
		return NON_WORD.matcher(lower).replaceAll(" ").strip();
	}

	/** Whether {@code phrase} (normalised) occurs in {@code text} (normalised) as whole words. */
	public static boolean containsPhrase(String normalisedText, String normalisedPhrase) {
		return !normalisedPhrase.isEmpty() && (" " + normalisedText + " ").contains(" " + normalisedPhrase + " ");
	}

}
