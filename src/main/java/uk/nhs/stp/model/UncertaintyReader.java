package uk.nhs.stp.model;

import java.util.Map;
import java.util.Set;

/**
 * Reads and range-checks the optional {@code uncertainty} section of the scoring model (method §9);
 * a key left out takes the method's default.
 */
final class UncertaintyReader {

	private static final Set<String> KEYS = Set.of("draws", "simulation_seed", "borderline_below");

	private UncertaintyReader() {
	}

	static Uncertainty read(YamlNode node) {
		Map<String, YamlNode> keys = node.mapping(KEYS);
		Uncertainty defaults = Uncertainty.DEFAULTS;
		int draws = defaults.draws();
		if (keys.containsKey("draws")) {
			YamlNode n = keys.get("draws");
			draws = n.integer();
			if (draws < 100 || draws > 100_000) {
				throw n.error("must be between 100 and 100000 (was " + draws + ")");
			}
		}
		long seed = defaults.seed();
		if (keys.containsKey("simulation_seed")) {
			YamlNode n = keys.get("simulation_seed");
			try {
				seed = Long.parseLong(n.text());
			}
			catch (NumberFormatException ex) {
				throw n.error("must be a whole number (was '" + n.text() + "')");
			}
		}
		double borderline = defaults.borderlineBelow();
		if (keys.containsKey("borderline_below")) {
			YamlNode n = keys.get("borderline_below");
			borderline = n.number();
			if (!(borderline > 0.25 && borderline <= 1)) {
				throw n.error("must be above 0.25 and at most 1 (was " + borderline + ")");
			}
		}
		return new Uncertainty(draws, seed, borderline);
	}

}
