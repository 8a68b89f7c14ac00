package uk.nhs.stp.ingest.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a header, sheet name, title or metric name says, in one canonical spelling, so that
 * names are compared by what they say rather than by how they are typed: case, punctuation, word
 * order, "%" or "percentage", "per 1,000", "no." and the NHS's abbreviations (A&amp;E, RTT, DToC,
 * IAPT / Talking Therapies) all agree. A number with its time unit is one word ("4 hours", "4hr"
 * and "four hour" are all {@code 4hour}), so a header about 12 hours never matches a name about 4;
 * comparisons keep their sense ("&lt; 4 hours", "within 4 hours" and "4 hours or less" all give
 * {@code lt 4hour}). Footnote references such as "(see note 1)" say nothing and are dropped.
 * <p>
 * Written by hand: the rules are the NHS's own spellings, which no text library knows.
 */
public final class HeaderWords {

	private static final Pattern SEE_NOTE = Pattern.compile("\\(\\s*see\\s+notes?[^)]*\\)|\\[\\s*notes?\\s*\\d+[^]]*]");

	private static final Pattern PER_100000 = Pattern.compile("per\\s*100[,\\s]?000|per\\s*100\\s*k\\b|per\\s*hundred\\s+thousand");

	private static final Pattern PER_1000 = Pattern.compile("per\\s*1[,\\s]?000\\b|per\\s*thousand");

	private static final Pattern NUMBER_THEN_LETTERS = Pattern.compile("(\\d)([a-z])");

	private static final Pattern LETTERS_THEN_NUMBER = Pattern.compile("([a-z])(\\d)");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9<>+]+");

	/** Phrases rewritten before the text is split into words, longest first. */
	private static final List<String[]> PHRASES = List.of(
			new String[] { "improving access to psychological therapies", " talking therapy " },
			new String[] { "delayed transfers of care", " delayed transfer care " },
			new String[] { "delayed transfer of care", " delayed transfer care " },
			new String[] { "referral to treatment", " referral treatment " },
			new String[] { "accident and emergency", " ae " }, new String[] { "a and e", " ae " },
			new String[] { "a&e", " ae " }, new String[] { "a & e", " ae " }, new String[] { "a+e", " ae " },
			new String[] { "less than or equal to", " lt " }, new String[] { "greater than or equal to", " gt " },
			new String[] { "less than", " lt " }, new String[] { "greater than", " gt " },
			new String[] { "more than", " gt " }, new String[] { "longer than", " gt " }, new String[] { "or less", " lt " },
			new String[] { "or more", " gt " }, new String[] { "or over", " gt " }, new String[] { "per cent", " percent " },
			new String[] { "number of", " number " }, new String[] { " no. ", " number " }, new String[] { "(no.)", " number " },
			new String[] { " no.", " number " }, new String[] { "%", " percent " },
			new String[] { "&", " and " }, new String[] { "≤", " lt " }, new String[] { "≥", " gt " });

	/** Single words with the same meaning as another. */
	private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("percentage", "percent"),
			Map.entry("pct", "percent"), Map.entry("proportion", "percent"), Map.entry("rtt", "referral treatment"),
			Map.entry("dtoc", "delayed transfer care"), Map.entry("dtocs", "delayed transfer care"),
			Map.entry("iapt", "talking therapy"), Map.entry("ae", "ae"), Map.entry("within", "lt"),
			Map.entry("under", "lt"), Map.entry("below", "lt"), Map.entry("over", "gt"), Map.entry("above", "gt"),
			Map.entry("<", "lt"), Map.entry(">", "gt"), Map.entry("+", "gt"), Map.entry("hr", "hour"),
			Map.entry("hrs", "hour"), Map.entry("hs", "hour"), Map.entry("hours", "hour"), Map.entry("h", "hour"),
			Map.entry("wk", "week"), Map.entry("wks", "week"), Map.entry("weeks", "week"), Map.entry("days", "day"),
			Map.entry("d", "day"), Map.entry("mins", "minute"), Map.entry("min", "minute"), Map.entry("minutes", "minute"),
			Map.entry("mths", "month"), Map.entry("mth", "month"), Map.entry("months", "month"), Map.entry("yrs", "year"),
			Map.entry("yr", "year"), Map.entry("years", "year"), Map.entry("four", "4"), Map.entry("twelve", "12"),
			Map.entry("eighteen", "18"), Map.entry("no", "number"), Map.entry("num", "number"), Map.entry("nos", "number"),
			Map.entry("count", "number"), Map.entry("attends", "attendance"), Map.entry("pop", "population"),
			Map.entry("gps", "gp"), Map.entry("waiting", "wait"), Map.entry("waits", "wait"),
			Map.entry("practitioner", "gp"), Map.entry("therapies", "therapy"), Map.entry("cd", "code"),
			Map.entry("cdh", "code"), Map.entry("nm", "name"));

	/** Time units a number is joined to, so "4 hours" is one word. */
	private static final Set<String> TIME_UNITS = Set.of("hour", "week", "day", "minute", "month", "year");

	/** Words that carry no meaning of their own in a name. */
	private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "in", "for", "to", "by", "on", "at",
			"with", "and", "or", "from", "as", "is", "are", "who", "which", "that", "their", "its", "were", "was",
			"be", "been", "see", "note", "notes", "nhs");

	private HeaderWords() {
	}

	/** The canonical words of a text, in order, without repeats. */
	public static List<String> of(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String lower = " " + text.toLowerCase(Locale.ROOT).replace('\n', ' ').replace('\u00a0', ' ') + " ";
		lower = SEE_NOTE.matcher(lower).replaceAll(" ");
		for (String[] phrase : PHRASES) {
			lower = lower.replace(phrase[0], phrase[1]);
		}
		lower = lower.replace("<", " < ").replace(">", " > ").replace("+", " + ");
		lower = NUMBER_THEN_LETTERS.matcher(lower).replaceAll("$1 $2");
		lower = LETTERS_THEN_NUMBER.matcher(lower).replaceAll("$1 $2");
		lower = PER_100000.matcher(lower).replaceAll(" per100000 ");
		lower = PER_1000.matcher(lower).replaceAll(" per1000 ");
		List<String> words = new ArrayList<>();
		for (String raw : NON_WORD.split(lower)) {
			if (!raw.isEmpty()) {
				for (String word : SYNONYMS.getOrDefault(raw, raw).split(" ")) {
					addWord(words, singular(word));
				}
			}
		}
		return joinQuantities(words);
	}

	/** The words as a set, for comparisons. */
	public static Set<String> set(String text) {
		return new LinkedHashSet<>(of(text));
	}

	private static void addWord(List<String> words, String word) {
		if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
			words.add(SYNONYMS.getOrDefault(word, word));
		}
	}

	/** "attendances" is "attendance", "therapies" "therapy"; short words and "ss" endings stay. */
	static String singular(String word) {
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
				&& !word.endsWith("is") && !Character.isDigit(word.charAt(0))) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	/** Joins a number to the time unit after it ("4", "hour" is "4hour") and drops repeated words. */
	private static List<String> joinQuantities(List<String> words) {
		LinkedHashSet<String> joined = new LinkedHashSet<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (isNumber(word) && i + 2 < words.size() && words.get(i + 1).equals("gt")
					&& TIME_UNITS.contains(words.get(i + 2))) {
				// "12+ hours" is "more than 12 hours"
				joined.add("gt");
				joined.add(word + words.get(i + 2));
				i += 2;
			}
			else if (isNumber(word) && i + 1 < words.size() && TIME_UNITS.contains(words.get(i + 1))) {
				joined.add(word + words.get(++i));
			}
			else {
				joined.add(word);
			}
		}
		return List.copyOf(joined);
	}

	private static boolean isNumber(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isDigit(word.charAt(i))) {
				return false;
			}
		}
		return !word.isEmpty();
	}

	/** Whether a word is a number joined to its time unit, such as {@code 4hour}. */
	public static boolean isQuantity(String word) {
		Matcher m = Pattern.compile("\\d+([a-z]+)").matcher(word);
		return m.matches() && TIME_UNITS.contains(m.group(1));
	}

}
