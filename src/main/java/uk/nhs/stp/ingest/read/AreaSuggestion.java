package uk.nhs.stp.ingest.read;

import java.util.HashSet;
import java.util.Set;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.AreaNames;
import uk.nhs.stp.domain.AreaRegister;

/**
 * The line that would teach an unknown area name, ready to paste: an alias for the registered area
 * whose name it most resembles (by shared letter pairs of the names' keys), which is only ever a
 * suggestion in a message; a name is never loaded as a resemblance.
 */
final class AreaSuggestion {

	/** Names sharing at least this share of letter pairs (Dice's coefficient) are suggested. */
	private static final double SIMILAR = 0.5;

	private AreaSuggestion() {
	}

	static String line(AreaRegister areas, String written) {
		Area closest = null;
		double best = 0;
		for (Area area : areas.reportingAreas()) {
			double similarity = dice(AreaNames.key(written), AreaNames.key(area.name()));
			if (similarity > best) {
				best = similarity;
				closest = area;
			}
		}
		String teach = "add it to jobs/mappings/area-aliases.csv if it is a spelling of a known area, or to the area"
				+ " register (jobs/areas.csv) if it is a new one";
		if (closest == null || best < SIMILAR) {
			return teach;
		}
		return teach + "; if it is " + closest.name() + ", add this line to jobs/mappings/area-aliases.csv: `"
				+ closest.code() + "," + (written.contains(",") ? "\"" + written.replace("\"", "\"\"") + "\"" : written) + "`";
	}

	/** Dice's coefficient over the two texts' letter pairs. */
	static double dice(String a, String b) {
		Set<String> pairsA = pairs(a);
		Set<String> pairsB = pairs(b);
		if (pairsA.isEmpty() || pairsB.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(pairsA);
		common.retainAll(pairsB);
		return 2.0 * common.size() / (pairsA.size() + pairsB.size());
	}

	private static Set<String> pairs(String text) {
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < text.length(); i++) {
			pairs.add(text.substring(i, i + 2));
		}
		return pairs;
	}

}
