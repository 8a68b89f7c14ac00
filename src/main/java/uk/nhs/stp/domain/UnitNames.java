package uk.nhs.stp.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a unit's name is matched by: case, punctuation, "&amp;"/"and", a leading "NHS", a trailing
 * code ("NHS North West London ICB - W2U3Z") and suffixes such as "CCG", "NHS Trust" or
 * "NHS Foundation Trust" are ignored, so the spellings of one name agree; a misspelling does not.
 */
public final class UnitNames {

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Pattern TRAILING_CODE = Pattern.compile("\\s+-\\s+[A-Z0-9]{3,6}\\s*$");

	private static final List<String> SUFFIXES = List.of("clinical commissioning group", "nhs foundation trust",
			"nhs trust", "foundation trust", "trust", "ccg", "sub icb location", "icb");

	private UnitNames() {
	}

	public static String key(String name) {
		String text = TRAILING_CODE.matcher(name).replaceAll("");
		String key = " " + NON_WORD.matcher(text.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ").strip() + " ";
		if (key.startsWith(" nhs ")) {
			key = key.substring(4);
		}
		for (String suffix : SUFFIXES) {
			if (key.endsWith(" " + suffix + " ") && key.length() > suffix.length() + 3) {
				key = key.substring(0, key.length() - suffix.length() - 1);
			}
		}
		return key.strip().replace(" ", "");
	}

}
