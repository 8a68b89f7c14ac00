package uk.nhs.stp.stats;

import java.util.Locale;
import java.util.Optional;

/**
 * The facts about an area that support-tier rules are written in (method §6). Each is true or
 * false for a scored area; the score step works them out from the numbers and writes each true
 * fact that decided a tier as a reason in words.
 */
public enum TierFact {

	/** Composite level in the bottom quintile of scored areas (at or below the 20th percentile). */
	LEVEL_BOTTOM_QUINTILE,
	/** Composite level above the median of scored areas. */
	LEVEL_TOP_HALF,
	/** Composite pace below the median of scored areas. */
	PACE_BELOW_MEDIAN,
	/** Verdict: slower than its circumstances explain. */
	SLOWER_THAN_EXPLAINED,
	/** Verdict: faster than its circumstances explain. */
	FASTER_THAN_EXPLAINED,
	/** Pace at or above its leave-one-out expected pace (unexplained pace ≥ 0). */
	PACE_AT_OR_ABOVE_EXPECTED,
	/** Special cause concern on the latest point of any core metric's SPC chart. */
	CORE_SPC_CONCERN;

	/** The spelling in the scoring model, e.g. {@code level_bottom_quintile}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<TierFact> fromCode(String code) {
		for (TierFact fact : values()) {
			if (fact.code().equals(code)) {
				return Optional.of(fact);
			}
		}
		return Optional.empty();
	}

}
