package uk.nhs.stp.stats;

import java.util.Arrays;

import java.util.SplittableRandom;

/**
 * How sure each tier is (method §9): a seeded simulation from the sampling uncertainty the method
 * already estimates, re-applying everything after it to each draw.
 * <p>
 * Per draw d and area i: level L*<sub>i</sub> = L<sub>i</sub> + σ<sub>L,i</sub>·N(0, 1) and pace
 * P*<sub>i</sub> = P<sub>i</sub> + σ<sub>P,i</sub>·N(0, 1); then the circumstances model on the fixed
 * design ({@link FixedDesign}), the verdicts against the fixed critical value, the quintile and
 * median cut-offs of the draw, the facts and the tier rules ({@link TierFacts},
 * {@link TierRules#tierTable()}). The composite's noise is drawn directly: the composite is a
 * weighted mean of independent normal perturbations of the metric scores, so it is exactly normal
 * with σ<sub>L,i</sub>² = Σw<sub>m</sub>²σ<sub>im</sub>² / (Σw<sub>m</sub>)² over the metrics the area has,
 * which the caller works out (one draw per area instead of one per metric keeps 7,000 areas × 30
 * metrics × 2,000 draws affordable).
 * <p>
 * Per tiered area: p<sub>k</sub> = share of draws in tier k; the rank of unexplained pace among the
 * tiered areas (1 = furthest below what its circumstances explain; ties share the average rank) and
 * its 2.5% and 97.5% quantiles over the draws (R type 7). Draw order is fixed (draw by draw, area by
 * area, level before pace) and the generator is the JDK's SplittableRandom (SplitMix64, with the
 * JDK's ziggurat normal deviates: several times faster than commons-math3's Box–Muller), so a seed
 * gives the same numbers on every run.
 * <p>
 * Preconditions: at most 32,767 tiered areas (ranks are kept as 16-bit half-ranks, n × draws × 2 bytes).
 */
public final class TierSimulation {

	private static final int MAX_RANKED = Short.MAX_VALUE;

	private TierSimulation() {
	}

	/**
	 * @param level composite level per area in the model
	 * @param levelSd its sampling standard deviation (0 when unknown)
	 * @param pace composite pace per area
	 * @param paceSd its sampling standard deviation
	 * @param circumstances n × k standardised circumstances (the fixed design)
	 * @param coreConcern whether a core metric shows special cause concern (not simulated)
	 * @param tiered whether the area is given a tier (false for an area with no leave-one-out fit)
	 */
	public record Inputs(double[] level, double[] levelSd, double[] pace, double[] paceSd, double[][] circumstances,
			boolean[] coreConcern, boolean[] tiered) {
	}

	/**
	 * @param draws number of draws (at least 1)
	 * @param seed the random seed
	 * @param bottomQuintile share counted as the bottom quintile
	 * @param critical the verdict's critical value of t
	 * @param tierTable tier by fact mask ({@link TierRules#tierTable()})
	 */
	public record Settings(int draws, long seed, double bottomQuintile, double critical, int[] tierTable) {
	}

	/**
	 * @param pTier per area, the shares of draws in tiers 1 to 4 (index 0 to 3), or null when not tiered
	 * @param rank per area, the rank of its observed unexplained pace, or NaN when not tiered
	 * @param rankLower the 2.5% quantile of its simulated ranks, or NaN
	 * @param rankUpper the 97.5% quantile, or NaN
	 */
	public record Result(double[][] pTier, double[] rank, double[] rankLower, double[] rankUpper) {
	}

	/**
	 * @throws StatisticsException if the design cannot be fitted
	 * @throws IllegalArgumentException if there are more tiered areas than ranks can hold
	 */
	public static Result run(Inputs in, Settings settings) {
		int n = in.level().length;
		int[] ranked = tieredIndices(in.tiered());
		if (ranked.length > MAX_RANKED) {
			throw new IllegalArgumentException("at most " + MAX_RANKED + " areas can be ranked, not " + ranked.length);
		}
		FixedDesign design = FixedDesign.of(in.circumstances());
		Draw draw = new Draw(n, ranked.length);
		int[][] counts = new int[n][4];
		char[][] halfRanks = new char[ranked.length][settings.draws()];
		SplittableRandom random = new SplittableRandom(settings.seed());
		for (int d = 0; d < settings.draws(); d++) {
			for (int i = 0; i < n; i++) {
				draw.level[i] = in.level()[i] + in.levelSd()[i] * random.nextGaussian();
				draw.pace[i] = in.pace()[i] + in.paceSd()[i] * random.nextGaussian();
			}
			draw.tier(in, settings, design, counts);
			draw.rank(ranked, halfRanks, d);
		}
		return summarise(in, settings, design, ranked, counts, halfRanks);
	}

	private static Result summarise(Inputs in, Settings settings, FixedDesign design, int[] ranked, int[][] counts,
			char[][] halfRanks) {
		int n = in.level().length;
		double[][] pTier = new double[n][];
		double[] rank = new double[n];
		double[] lower = new double[n];
		double[] upper = new double[n];
		Arrays.fill(rank, Double.NaN);
		Arrays.fill(lower, Double.NaN);
		Arrays.fill(upper, Double.NaN);
		for (int i = 0; i < n; i++) {
			if (in.tiered()[i]) {
				pTier[i] = new double[4];
				for (int k = 0; k < 4; k++) {
					pTier[i][k] = (double) counts[i][k] / settings.draws();
				}
			}
		}
		double[] observedRanks = observedRanks(in, design, ranked);
		for (int r = 0; r < ranked.length; r++) {
			double[] ranks = new double[settings.draws()];
			for (int d = 0; d < ranks.length; d++) {
				ranks[d] = halfRanks[r][d] / 2.0;
			}
			int i = ranked[r];
			rank[i] = observedRanks[r];
			lower[i] = Descriptive.quantileInPlace(ranks, 0.025);
			upper[i] = Descriptive.quantileInPlace(ranks, 0.975);
		}
		return new Result(pTier, rank, lower, upper);
	}

	private static double[] observedRanks(Inputs in, FixedDesign design, int[] ranked) {
		int n = in.level().length;
		double[] loo = new double[n];
		design.fit(in.pace(), loo, new double[n]);
		double[] values = new double[ranked.length];
		for (int r = 0; r < ranked.length; r++) {
			values[r] = loo[ranked[r]];
		}
		return averageRanks(values);
	}

	/** Ranks, smallest first from 1, ties sharing their average rank. */
	static double[] averageRanks(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double[] ranks = new double[values.length];
		for (int r = 0; r < values.length; r++) {
			ranks[r] = averageRank(sorted, values[r]);
		}
		return ranks;
	}

	/** The average 1-based rank of a value in a sorted array that holds it. */
	private static double averageRank(double[] sorted, double value) {
		int at = Arrays.binarySearch(sorted, value);
		int first = at;
		while (first > 0 && sorted[first - 1] == value) {
			first--;
		}
		int last = at;
		while (last + 1 < sorted.length && sorted[last + 1] == value) {
			last++;
		}
		return (first + last) / 2.0 + 1;
	}

	private static int[] tieredIndices(boolean[] tiered) {
		int count = 0;
		for (boolean t : tiered) {
			count += t ? 1 : 0;
		}
		int[] indices = new int[count];
		int next = 0;
		for (int i = 0; i < tiered.length; i++) {
			if (tiered[i]) {
				indices[next++] = i;
			}
		}
		return indices;
	}

	/** The working arrays of one draw, reused across draws. */
	private static final class Draw {

		final double[] level;

		final double[] pace;

		final double[] loo;

		final double[] studentised;

		final double[] sortedLevel;

		final double[] sortedPace;

		final double[] rankedLoo;

		final double[] sortedLoo;

		Draw(int n, int rankedCount) {
			this.level = new double[n];
			this.pace = new double[n];
			this.loo = new double[n];
			this.studentised = new double[n];
			this.sortedLevel = new double[n];
			this.sortedPace = new double[n];
			this.rankedLoo = new double[rankedCount];
			this.sortedLoo = new double[rankedCount];
		}

		void tier(Inputs in, Settings settings, FixedDesign design, int[][] counts) {
			design.fit(this.pace, this.loo, this.studentised);
			System.arraycopy(this.level, 0, this.sortedLevel, 0, this.level.length);
			System.arraycopy(this.pace, 0, this.sortedPace, 0, this.pace.length);
			TierFacts.Cutoffs cutoffs = TierFacts.Cutoffs.ofScratch(this.sortedLevel, this.sortedPace,
					settings.bottomQuintile());
			for (int i = 0; i < this.level.length; i++) {
				if (!in.tiered()[i]) {
					continue;
				}
				// a draw that fits an area perfectly has no studentised residual: no evidence either way
				Verdict verdict = Double.isNaN(this.studentised[i]) ? Verdict.AS_EXPLAINED
						: Verdict.classify(this.studentised[i], settings.critical());
				int mask = TierFacts.mask(this.level[i], this.pace[i], this.loo[i], verdict, in.coreConcern()[i], cutoffs);
				counts[i][settings.tierTable()[mask] - 1]++;
			}
		}

		void rank(int[] ranked, char[][] halfRanks, int d) {
			for (int r = 0; r < ranked.length; r++) {
				this.rankedLoo[r] = this.loo[ranked[r]];
			}
			System.arraycopy(this.rankedLoo, 0, this.sortedLoo, 0, ranked.length);
			Arrays.sort(this.sortedLoo);
			for (int r = 0; r < ranked.length; r++) {
				halfRanks[r][d] = (char) Math.round(2 * averageRank(this.sortedLoo, this.rankedLoo[r]));
			}
		}

	}

}
