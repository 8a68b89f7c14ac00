package uk.nhs.stp.result;

import java.util.List;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.stats.Verdict;

/**
 * The answers for one area: where it is (level), how fast it moves (pace), whether that is what
 * its circumstances explain, and what support it needs, with reasons in words. Numbers that
 * could not be computed are null (never NaN); an area that is not scored says why in its reasons.
 *
 * @param area the area
 * @param scored whether a tier was assigned
 * @param tier 1 (light touch) to 4 (intensive), or null
 * @param tierName the tier's name, or "Not scored"
 * @param verdict faster / as / slower than its circumstances explain, or null
 * @param strongEvidence whether the verdict has strong evidence, or null
 * @param coverage the share of metric weight with a level
 * @param paceCoverage the share of metric weight with a pace
 * @param level composite level L
 * @param pace composite pace P
 * @param expectedPace leave-one-out expected pace
 * @param unexplainedPace P − expected
 * @param studentised externally studentised residual
 * @param leverage hat value
 * @param circumstanceZ the standardised circumstances
 * @param contributions β<sub>k</sub>·Z<sub>ik</sub> per circumstance
 * @param reasons why this tier (or why not scored), in words
 */
public record AreaScore(Area area, boolean scored, Integer tier, String tierName, Verdict verdict,
		Boolean strongEvidence, double coverage, double paceCoverage, Double level, Double pace, Double expectedPace,
		Double unexplainedPace, Double studentised, Double leverage, FourCircumstances circumstanceZ,
		FourCircumstances contributions, List<String> reasons) {

	public static final String NOT_SCORED = "Not scored";

	/**
	 * The 95% interval of the unexplained pace, u ± t·SE with SE = s<sub>(i)</sub>/√(1 − h<sub>ii</sub>),
	 * worked out as u/t<sub>i</sub> (the studentised residual is u/SE); the verdict is "slower" exactly
	 * when the whole interval is below 0. Null when not scored or when u is exactly 0.
	 * @param critical the verdict's critical value of t
	 */
	public double[] unexplainedInterval(Double critical) {
		if (this.unexplainedPace == null || this.studentised == null || critical == null || this.studentised == 0) {
			return null;
		}
		double se = this.unexplainedPace / this.studentised;
		return new double[] { this.unexplainedPace - critical * se, this.unexplainedPace + critical * se };
	}

	/**
	 * The one-line summary: the reasons that decided the tier (for a scored area, every reason but
	 * the last, which says what its circumstances explain), or why it is not scored.
	 */
	public String mainReason() {
		if (this.reasons.isEmpty()) {
			return "";
		}
		if (!this.scored || this.reasons.size() == 1) {
			return this.reasons.get(0);
		}
		return String.join("; ", this.reasons.subList(0, this.reasons.size() - 1));
	}

}
