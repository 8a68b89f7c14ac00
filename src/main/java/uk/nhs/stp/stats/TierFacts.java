package uk.nhs.stp.stats;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The facts support-tier rules are written in (method §6), worked out from an area's composite
 * level and pace, the circumstances model and its SPC readings. The baseline tiers, the
 * simulation (§9) and the sensitivity grid (§10) all work the facts out here, so all three apply
 * exactly the same definitions. Facts are held as a bit mask (bit {@code ordinal}) so that a tier
 * can be looked up in {@link TierRules#tierTable()}.
 * <ul>
 * <li>bottom quintile: level ≤ the {@code bottomQuintile} quantile of the tiered areas' levels (R type 7);</li>
 * <li>top half: level &gt; their median; pace below median: pace &lt; the median pace;</li>
 * <li>slower / faster: the verdict on the studentised residual;</li>
 * <li>at or above expected: unexplained (leave-one-out) pace ≥ 0;</li>
 * <li>core SPC concern: special cause concern at the latest point of a core metric.</li>
 * </ul>
 */
public final class TierFacts {

	private TierFacts() {
	}

	/**
	 * The cut-offs of one run (or one simulated draw).
	 * @param levelCutOff the bottom-quintile quantile of level
	 * @param levelMedian the median level
	 * @param paceMedian the median pace
	 */
	public record Cutoffs(double levelCutOff, double levelMedian, double paceMedian) {

		/**
		 * @param level composite levels of the areas being tiered
		 * @param pace their composite paces
		 * @param bottomQuintile the share counted as the bottom quintile (0.2)
		 * @throws StatisticsException if there are no areas
		 */
		public static Cutoffs of(double[] level, double[] pace, double bottomQuintile) {
			double[] sortedLevel = level.clone();
			Arrays.sort(sortedLevel);
			double[] sortedPace = pace.clone();
			Arrays.sort(sortedPace);
			return ofSorted(sortedLevel, sortedPace, bottomQuintile);
		}

		/**
		 * As {@link #of}, by selection on working copies the caller owns (they are reordered): the
		 * simulation (method §9) takes the cut-offs of every draw.
		 */
		public static Cutoffs ofScratch(double[] level, double[] pace, double bottomQuintile) {
			return new Cutoffs(Descriptive.quantileInPlace(level, bottomQuintile), Descriptive.quantileInPlace(level, 0.5),
					Descriptive.quantileInPlace(pace, 0.5));
		}

		/** As {@link #of}, from arrays already sorted ascending. */
		public static Cutoffs ofSorted(double[] sortedLevel, double[] sortedPace, double bottomQuintile) {
			return new Cutoffs(Descriptive.quantileOfSorted(sortedLevel, bottomQuintile),
					Descriptive.quantileOfSorted(sortedLevel, 0.5), Descriptive.quantileOfSorted(sortedPace, 0.5));
		}

	}

	/**
	 * @param level the area's composite level
	 * @param pace its composite pace
	 * @param looResidual its unexplained pace (pace − leave-one-out expected pace)
	 * @param verdict its verdict
	 * @param coreConcern whether a core metric shows special cause concern
	 * @param cutoffs the run's cut-offs
	 * @return the facts that hold, as a bit mask
	 */
	public static int mask(double level, double pace, double looResidual, Verdict verdict, boolean coreConcern,
			Cutoffs cutoffs) {
		int mask = 0;
		mask |= level <= cutoffs.levelCutOff() ? bit(TierFact.LEVEL_BOTTOM_QUINTILE) : 0;
		mask |= level > cutoffs.levelMedian() ? bit(TierFact.LEVEL_TOP_HALF) : 0;
		mask |= pace < cutoffs.paceMedian() ? bit(TierFact.PACE_BELOW_MEDIAN) : 0;
		mask |= verdict == Verdict.SLOWER ? bit(TierFact.SLOWER_THAN_EXPLAINED) : 0;
		mask |= verdict == Verdict.FASTER ? bit(TierFact.FASTER_THAN_EXPLAINED) : 0;
		mask |= looResidual >= 0 ? bit(TierFact.PACE_AT_OR_ABOVE_EXPECTED) : 0;
		mask |= coreConcern ? bit(TierFact.CORE_SPC_CONCERN) : 0;
		return mask;
	}

	public static int bit(TierFact fact) {
		return 1 << fact.ordinal();
	}

	/** The facts of a mask, as a set. */
	public static Set<TierFact> set(int mask) {
		Set<TierFact> facts = EnumSet.noneOf(TierFact.class);
		for (TierFact fact : TierFact.values()) {
			if ((mask & bit(fact)) != 0) {
				facts.add(fact);
			}
		}
		return facts;
	}

}
