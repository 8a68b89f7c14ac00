package uk.nhs.stp.result;

import java.util.List;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.stats.Verdict;

/**
 * The answers for one area: where it is (level), how fast it moves (pace), whether that is what
 * its circumstances explain, and what support it needs, with reasons in words. Numbers that
 * could not be computed are null (never NaN); an area that is not scored says why in its reasons.
 * The parts are named records; the accessors below read through them.
 *
 * @param area the area
 * @param support the tier it was given, or that it is not scored
 * @param composite its composite level and pace with their coverage
 * @param expectation its pace against what its circumstances explain
 * @param circumstances its standardised circumstances and their contributions
 * @param reasons why this tier (or why not scored), in words
 */
public record AreaScore(Area area, Support support, Composite composite, Expectation expectation,
		CircumstanceTerms circumstances, List<String> reasons) {

	public static final String NOT_SCORED = "Not scored";

	/**
	 * @param scored whether a tier was assigned
	 * @param tier 1 (light touch) to 4 (intensive), or null
	 * @param tierName the tier's name, or "Not scored"
	 */
	public record Support(boolean scored, Integer tier, String tierName) {

		public static final Support NONE = new Support(false, null, NOT_SCORED);

	}

	/**
	 * @param coverage the share of metric weight with a level
	 * @param paceCoverage the share of metric weight with a pace
	 * @param level composite level L, or null
	 * @param pace composite pace P, or null
	 */
	public record Composite(double coverage, double paceCoverage, Double level, Double pace) {
	}

	/**
	 * @param expectedPace leave-one-out expected pace
	 * @param unexplainedPace P − expected
	 * @param studentised externally studentised residual
	 * @param leverage hat value
	 * @param verdict faster / as / slower than its circumstances explain, or null
	 * @param strongEvidence whether the verdict has strong evidence, or null
	 */
	public record Expectation(Double expectedPace, Double unexplainedPace, Double studentised, Double leverage,
			Verdict verdict, Boolean strongEvidence) {

		public static final Expectation NONE = new Expectation(null, null, null, null, null, null);

	}

	/**
	 * @param z the standardised circumstances
	 * @param contributions β<sub>k</sub>·Z<sub>ik</sub> per circumstance
	 */
	public record CircumstanceTerms(FourCircumstances z, FourCircumstances contributions) {

		public static final CircumstanceTerms NONE = new CircumstanceTerms(FourCircumstances.NONE,
				FourCircumstances.NONE);

	}

	public boolean scored() {
		return this.support.scored();
	}

	public Integer tier() {
		return this.support.tier();
	}

	public String tierName() {
		return this.support.tierName();
	}

	public Verdict verdict() {
		return this.expectation.verdict();
	}

	public Boolean strongEvidence() {
		return this.expectation.strongEvidence();
	}

	public double coverage() {
		return this.composite.coverage();
	}

	public double paceCoverage() {
		return this.composite.paceCoverage();
	}

	public Double level() {
		return this.composite.level();
	}

	public Double pace() {
		return this.composite.pace();
	}

	public Double expectedPace() {
		return this.expectation.expectedPace();
	}

	public Double unexplainedPace() {
		return this.expectation.unexplainedPace();
	}

	public Double studentised() {
		return this.expectation.studentised();
	}

	public Double leverage() {
		return this.expectation.leverage();
	}

	public FourCircumstances circumstanceZ() {
		return this.circumstances.z();
	}

	public FourCircumstances contributions() {
		return this.circumstances.contributions();
	}

	/**
	 * The 95% interval of the unexplained pace, u ± t·SE with SE = s<sub>(i)</sub>/√(1 − h<sub>ii</sub>),
	 * worked out as u/t<sub>i</sub> (the studentised residual is u/SE); the verdict is "slower" exactly
	 * when the whole interval is below 0. Null when not scored or when u is exactly 0.
	 * @param critical the verdict's critical value of t
	 */
	public double[] unexplainedInterval(Double critical) {
		Double u = unexplainedPace();
		Double t = studentised();
		if (u == null || t == null || critical == null || t == 0) {
			return null;
		}
		double se = u / t;
		return new double[] { u - critical * se, u + critical * se };
	}

	/**
	 * The one-line summary: the reasons that decided the tier (for a scored area, every reason but
	 * the last, which says what its circumstances explain), or why it is not scored.
	 */
	public String mainReason() {
		if (this.reasons.isEmpty()) {
			return "";
		}
		if (!scored() || this.reasons.size() == 1) {
			return this.reasons.get(0);
		}
		return String.join("; ", this.reasons.subList(0, this.reasons.size() - 1));
	}

}
