package uk.nhs.stp.model;

import java.util.Map;
import java.util.Set;

/** Reads and range-checks the {@code thresholds} section of the scoring model. */
final class ThresholdsReader {

	private static final Set<String> KEYS = Set.of("window_months", "min_points", "min_areas", "min_coverage",
			"verdict_level", "strong_evidence_level", "bottom_quintile", "peer_count", "redundancy_rho",
			"spc_baseline");

	private ThresholdsReader() {
	}

	static Thresholds read(YamlNode node) {
		Map<String, YamlNode> keys = node.mapping(KEYS);
		int window = integer(node, keys, "window_months", 2, 600);
		int minPoints = integer(node, keys, "min_points", 3, window);
		int minAreas = integer(node, keys, "min_areas", 2, 100_000);
		double minCoverage = fraction(node, keys, "min_coverage", 0, 1, true);
		double verdict = fraction(node, keys, "verdict_level", 0.5, 1, false);
		double strong = fraction(node, keys, "strong_evidence_level", verdict, 1, false);
		double quintile = fraction(node, keys, "bottom_quintile", 0, 0.5, true);
		int peers = integer(node, keys, "peer_count", 1, 100);
		double rho = fraction(node, keys, "redundancy_rho", 0, 1, true);
		int baseline = integer(node, keys, "spc_baseline", 0, 600);
		if (baseline != 0 && baseline < 12) {
			throw keys.get("spc_baseline").error("must be 0 (the whole series) or at least 12 points (was " + baseline + ")");
		}
		return new Thresholds(window, minPoints, minAreas, minCoverage, verdict, strong, quintile, peers, rho, baseline);
	}

	private static int integer(YamlNode parent, Map<String, YamlNode> keys, String key, int min, int max) {
		YamlNode node = YamlNode.required(parent, keys, key);
		int value = node.integer();
		if (value < min || value > max) {
			throw node.error("must be between " + min + " and " + max + " (was " + value + ")");
		}
		return value;
	}

	/** A number above {@code low} and up to (or below) {@code high}. */
	private static double fraction(YamlNode parent, Map<String, YamlNode> keys, String key, double low, double high,
			boolean highInclusive) {
		YamlNode node = YamlNode.required(parent, keys, key);
		double value = node.number();
		boolean ok = value > low && (highInclusive ? value <= high : value < high);
		if (!ok) {
			throw node.error("must be above " + low + " and " + (highInclusive ? "at most " : "below ") + high
					+ " (was " + value + ")");
		}
		return value;
	}

}
