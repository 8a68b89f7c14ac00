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
 * @param certainty how sure the tier is (method §9)
 * @param sensitivity how the tier holds over the grid of choices (method §10)
 * @param league what a raw league table says (method §11)
 * @param focus the support focus in words (method §12)
 */
public record AreaScore(Area area, Support support, Composite composite, Expectation expectation,
		CircumstanceTerms circumstances, List<String> reasons, Certainty certainty, Sensitivity sensitivity,
		League league, Focus focus) {

	public static final String NOT_SCORED = "Not scored";

	/** A score without the simulation, sensitivity, league table or support focus (worked out later). */
	public AreaScore(Area area, Support support, Composite composite, Expectation expectation,
			CircumstanceTerms circumstances, List<String> reasons) {
		this(area, support, composite, expectation, circumstances, reasons, Certainty.NONE, Sensitivity.NONE,
				League.NONE, Focus.NONE);
	}

	/**
	 * @param pTier the shares of simulated draws in tiers 1 to 4, or an empty list when not simulated
	 * @param borderline whether the most likely tier's share is below borderline_below, or null
	 * @param rank the rank of its unexplained pace (1 = furthest below what its circumstances explain), or null
	 * @param rankLower the 2.5% quantile of its simulated ranks, or null
	 * @param rankUpper the 97.5% quantile, or null
	 */
	public record Certainty(List<Double> pTier, Boolean borderline, Double rank, Double rankLower, Double rankUpper) {

		public static final Certainty NONE = new Certainty(List.of(), null, null, null, null);

		/** The share of draws in the given tier, or null. */
		public Double p(Integer tier) {
			return tier == null || this.pTier.isEmpty() ? null : this.pTier.get(tier - 1);
		}

		/** The tier other than {@code tier} with the largest share of draws, or null. */
		public Integer runnerUp(Integer tier) {
			Integer best = null;
			for (int k = 1; k <= this.pTier.size(); k++) {
				if (k != (tier == null ? 0 : tier) && this.pTier.get(k - 1) > 0
						&& (best == null || this.pTier.get(k - 1) > this.pTier.get(best - 1))) {
					best = k;
				}
			}
			return best;
		}

	}

	/**
	 * @param stability the share of sensitivity-grid runs in which the area keeps its tier, or null
	 * @param changes the single choices that change its tier, with the tier each gives
	 */
	public record Sensitivity(Double stability, List<Change> changes) {

		public static final Sensitivity NONE = new Sensitivity(null, List.of());

		/**
		 * @param choice the choice in words, e.g. "weight of A&amp;E 4-hour waits × 1.5"
		 * @param tier the tier it gives (0 when it leaves the area without one)
		 */
		public record Change(String choice, int tier) {
		}

	}

	/**
	 * @param score the league-table score, 1.00 (best) to 4.00 (worst), or null
	 * @param segment the league-table segment 1–4, or null
	 */
	public record League(Double score, Integer segment) {

		public static final League NONE = new League(null, null);

	}

	/**
	 * The support focus in words (method §12), in its parts.
	 * @param level the metrics holding its level back, each as a phrase with its figures
	 * @param pace the metrics slowing its pace most (not already named for level)
	 * @param monitoring the monitoring its tier recommends, or null
	 * @param domains the domains to focus support on (tiers 3–4), or empty
	 * @param support whether the tier is one of support (3–4), so that a focus of support is said
	 */
	public record Focus(List<String> level, List<String> pace, String monitoring, List<String> domains,
			boolean support) {

		public static final Focus NONE = new Focus(List.of(), List.of(), null, List.of(), false);

		/** The whole focus as one passage, or null when there is none (an area not scored). */
		public String sentence() {
			if (this.equals(NONE)) {
				return null;
			}
			List<String> parts = new java.util.ArrayList<>();
			if (!this.level.isEmpty()) {
				parts.add("Holding its level back: " + String.join("; ", this.level) + ".");
			}
			if (!this.pace.isEmpty()) {
				parts.add((this.level.isEmpty() ? "Slowing its pace: " : "Slowing its pace most: ")
						+ String.join("; ", this.pace) + ".");
			}
			if (this.level.isEmpty() && this.pace.isEmpty()) {
				parts.add("No metric pulls its level or pace below typical.");
			}
			if (this.monitoring != null) {
				parts.add("Monitoring: " + this.monitoring + ".");
			}
			if (this.support) {
				parts.add(this.domains.isEmpty() ? "Focus of support: its pace of improvement across the metric set."
						: "Focus of support: " + Words.and(this.domains) + ".");
			}
			return String.join(" ", parts);
		}

	}

	/**
	 * The same score with a caveat among its reasons: before the last reason of a scored area (which
	 * says what its circumstances explain, see {@link #mainReason()}), after the reason an area is
	 * not scored.
	 */
	public AreaScore withCaveat(String caveat) {
		List<String> more = new java.util.ArrayList<>(this.reasons);
		more.add(scored() && !more.isEmpty() ? more.size() - 1 : more.size(), caveat);
		return new AreaScore(this.area, this.support, this.composite, this.expectation, this.circumstances,
				List.copyOf(more), this.certainty, this.sensitivity, this.league, this.focus);
	}

	/** The same score with the simulation, sensitivity, league table and focus filled in. */
	public AreaScore with(Certainty certainty, Sensitivity sensitivity, League league, Focus focus) {
		return new AreaScore(this.area, this.support, this.composite, this.expectation, this.circumstances, this.reasons,
				certainty, sensitivity, league, focus);
	}

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
