package uk.nhs.stp.result;

import java.util.List;

/**
 * How one run's tiers were decided and tested, for the Methodology sheet: the cut-offs of the
 * tier facts (method §6), the simulation's draws and seed (§9) and the sensitivity grid runs that
 * could not be worked out (§10).
 *
 * @param levelCutOff the bottom-quintile cut-off of composite level, or null when no area was tiered
 * @param levelMedian the median composite level, or null
 * @param paceMedian the median composite pace, or null
 * @param draws simulated draws (0 when not simulated)
 * @param seed the simulation's seed
 * @param gridSkipped sensitivity-grid runs that could not be worked out, with why
 */
public record RunTiering(Double levelCutOff, Double levelMedian, Double paceMedian, int draws, long seed,
		List<String> gridSkipped) {

	public static final RunTiering NONE = new RunTiering(null, null, null, 0, 0, List.of());

}
