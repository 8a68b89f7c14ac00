package uk.nhs.stp.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key an area name is matched by, so that spellings of one name agree: case, spacing and
 * punctuation are ignored, "&amp;" is "and", a leading "NHS" and suffixes such as "STP",
 * "Sustainability and Transformation Partnership", "Health and Care Partnership", "ICS" or
 * "Integrated Care Board" are dropped. "Frimley Health &amp; Care ICS" and "FRIMLEY HEALTH AND CARE"
 * share a key; a misspelling does not (names are never guessed).
 */
public final class AreaNames {

	private static final List<String> SUFFIXES = List.of("sustainability and transformation partnership",
			"sustainability and transformation plan", "integrated care system", "integrated care board",
			"health and social care partnership", "health and care partnership", "health and care partnerships", "partnership", "stp",
			"ics", "icb", "footprint");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	private AreaNames() {
	}

	public static String key(String name) {
		String key = " " + NON_WORD.matcher(name.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ").strip()
				+ " ";
		key = key.replace(" the ", " ");
		if (key.startsWith(" nhs ")) {
			key = key.substring(4);
		}
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String suffix : SUFFIXES) {
				if (key.endsWith(" " + suffix + " ") && key.length() > suffix.length() + 3) {
					key = key.substring(0, key.length() - suffix.length() - 1);
					stripped = true;
				}
			}
		}
		return key.strip().replace(" ", "");
	}

}
