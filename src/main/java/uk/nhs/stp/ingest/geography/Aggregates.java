package uk.nhs.stp.ingest.geography;

import java.util.Locale;
import java.util.regex.Pattern;

import uk.nhs.stp.model.IngestMappings;

/**
 * Which cells name an aggregate (England, an NHS region, a commissioning region or area team, a
 * total) rather than an area, by code and by name: England's E92000001; NHS regions' E40… and
 * Y54–Y63; ONS regions' E12…; the old area teams' Q30–Q99; names listed in
 * {@code aggregate-names.csv}; and names that say what they are ("London region", "North of
 * England Commissioning Region", "NHS England South East", "… total", "Grand Total", "… area team").
 */
final class Aggregates {

	private static final Pattern CODE = Pattern.compile("E92\\d{6}|E40\\d{6}|E12\\d{6}|E39\\d{6}|Y5[4-9]|Y6[0-3]|Q[3-9]\\d");

	private static final Pattern NAME = Pattern.compile(
			"(.*\\s)?(region|regions|commissioning region|area team|area teams|local office|total|totals|subtotal|sub total)|"
					+ "(grand |sub )?total(\\s.*)?|nhs england(\\s.*)?|all\\s+(stps|icbs|systems|areas|ccgs|providers|trusts|organisations)|"
					+ "england(\\s.*)?(total|average|mean)?|national(\\s+(total|average))?");

	/** Texts asked about, bounded: the same few area cells repeat on every row of a file. */
	private static final int REMEMBERED = 10_000;

	private final IngestMappings mappings;

	private final java.util.Map<String, Boolean> remembered = new java.util.concurrent.ConcurrentHashMap<>();

	Aggregates(IngestMappings mappings) {
		this.mappings = mappings;
	}

	boolean isAggregate(String text) {
		Boolean known = this.remembered.get(text);
		if (known != null) {
			return known;
		}
		boolean aggregate = decide(text);
		if (this.remembered.size() < REMEMBERED) {
			this.remembered.put(text, aggregate);
		}
		return aggregate;
	}

	private boolean decide(String text) {
		String strip = text.strip();
		if (strip.isEmpty()) {
			return false;
		}
		if (CODE.matcher(strip.toUpperCase(Locale.ROOT)).matches() || this.mappings.isAggregate(strip)) {
			return true;
		}
		String words = strip.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
		return !words.isEmpty() && NAME.matcher(words).matches();
	}

	/** "-", "--", "*" or "n/a" where a code or name should be: how NHS England marks its England row. */
	static boolean isPlaceholder(String text) {
		String strip = text.strip();
		return strip.equals("-") || strip.equals("--") || strip.equals("\u2013") || strip.equalsIgnoreCase("n/a");
	}

}
