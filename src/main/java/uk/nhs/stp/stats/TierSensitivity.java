package uk.nhs.stp.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sensitivity of the tiers to the method's choices (method §10): the tiers re-worked, without
 * simulation, over a documented grid of choices, each made on its own with the others at their
 * baseline: each metric's weight × 0.5 and × 1.5 in turn (metrics of weight 0 are left out), the
 * bottom-quintile share 0.15 and 0.25, the verdict level 0.90 and 0.99, and each circumstance left
 * out of the model in turn. The set of areas tiered is held fixed (their circumstances are
 * standardised once, as in the baseline). tier_stability = the share of grid runs in which an area
 * keeps its baseline tier.
 * <p>
 * Preconditions: as {@link CircumstanceRegression#fit} for every grid run; a run whose model cannot
 * be fitted (e.g. too few areas once a circumstance is left out) is skipped and named.
 */
public final class TierSensitivity {

	/** The weight multipliers of the grid. */
	public static final double[] WEIGHT_FACTORS = { 0.5, 1.5 };

	/** The bottom-quintile shares of the grid. */
	public static final double[] QUINTILES = { 0.15, 0.25 };

	/** The verdict levels of the grid. */
	public static final double[] VERDICT_LEVELS = { 0.90, 0.99 };

	private TierSensitivity() {
	}

	/**
	 * @param levelZ [area][metric] level z-scores, NaN where absent
	 * @param pace [area][metric] paces, NaN where absent
	 * @param weights per metric
	 * @param circumstances n × 4 standardised circumstances
	 * @param coreConcern whether a core metric shows special cause concern
	 * @param baselineTier each area's baseline tier, 0 when not tiered
	 */
	public record Inputs(double[][] levelZ, double[][] pace, double[] weights, double[][] circumstances,
			boolean[] coreConcern, int[] baselineTier) {
	}

	/**
	 * @param bottomQuintile the baseline share
	 * @param verdictLevel the baseline verdict level
	 * @param tierTable tier by fact mask
	 * @param metricNames per metric, its name in the choice's description
	 * @param circumstanceNames per circumstance, its name
	 */
	public record Settings(double bottomQuintile, double verdictLevel, int[] tierTable, List<String> metricNames,
			List<String> circumstanceNames) {
	}

	/**
	 * @param description the choice in words, e.g. "weight of A&amp;E × 0.5"
	 * @param tiers the tier of every area under it (0 when not tiered)
	 */
	public record Run(String description, int[] tiers) {
	}

	/**
	 * @param runs the grid runs that could be worked out
	 * @param skipped grid runs that could not, with why
	 * @param stability per area, the share of runs keeping its baseline tier (NaN when not tiered)
	 */
	public record Result(List<Run> runs, List<String> skipped, double[] stability) {
	}

	public static Result run(Inputs in, Settings settings) {
		List<Run> runs = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (Grid choice : grid(in, settings)) {
			try {
				runs.add(new Run(choice.description(), tiers(in, settings, choice)));
			}
			catch (StatisticsException ex) {
				skipped.add(choice.description() + ": " + ex.getMessage());
			}
		}
		return new Result(runs, skipped, stability(in.baselineTier(), runs));
	}

	/** One choice of the grid: the weights, share, level and circumstance columns it uses. */
	private record Grid(String description, double[] weights, double bottomQuintile, double verdictLevel,
			int leftOut) {
	}

	private static List<Grid> grid(Inputs in, Settings s) {
		List<Grid> grid = new ArrayList<>();
		double[] w = in.weights();
		for (int m = 0; m < w.length; m++) {
			for (double factor : WEIGHT_FACTORS) {
				if (w[m] > 0) {
					double[] changed = w.clone();
					changed[m] = w[m] * factor;
					grid.add(new Grid("weight of " + s.metricNames().get(m) + " \u00d7 " + number(factor), changed,
							s.bottomQuintile(), s.verdictLevel(), -1));
				}
			}
		}
		for (double q : QUINTILES) {
			grid.add(new Grid("bottom quintile " + number(q), w, q, s.verdictLevel(), -1));
		}
		for (double level : VERDICT_LEVELS) {
			grid.add(new Grid("verdict level " + number(level), w, s.bottomQuintile(), level, -1));
		}
		for (int k = 0; k < in.circumstances()[0].length; k++) {
			grid.add(new Grid(s.circumstanceNames().get(k) + " left out of the model", w, s.bottomQuintile(),
					s.verdictLevel(), k));
		}
		return grid;
	}

	private static int[] tiers(Inputs in, Settings s, Grid choice) {
		int n = in.baselineTier().length;
		double[] level = new double[n];
		double[] pace = new double[n];
		for (int i = 0; i < n; i++) {
			level[i] = WeightedComposite.of(in.levelZ()[i], choice.weights()).value();
			pace[i] = WeightedComposite.of(in.pace()[i], choice.weights()).value();
		}
		CircumstanceRegression.RegressionFit fit = CircumstanceRegression.fit(columns(in.circumstances(), choice.leftOut()),
				pace);
		double critical = Verdict.criticalValue(fit.verdictDf(), choice.verdictLevel());
		TierFacts.Cutoffs cutoffs = TierFacts.Cutoffs.of(level, pace, choice.bottomQuintile());
		int[] tiers = new int[n];
		for (int i = 0; i < n; i++) {
			CircumstanceRegression.AreaFit area = fit.areas()[i];
			if (in.baselineTier()[i] == 0 || area.studentised() == null || Double.isNaN(level[i] + pace[i])) {
				continue;
			}
			Verdict verdict = Verdict.classify(area.studentised(), critical);
			tiers[i] = s.tierTable()[TierFacts.mask(level[i], pace[i], area.looResidual(), verdict, in.coreConcern()[i],
					cutoffs)];
		}
		return tiers;
	}

	private static double[][] columns(double[][] x, int leftOut) {
		if (leftOut < 0) {
			return x;
		}
		double[][] kept = new double[x.length][x[0].length - 1];
		for (int i = 0; i < x.length; i++) {
			for (int k = 0, j = 0; k < x[i].length; k++) {
				if (k != leftOut) {
					kept[i][j++] = x[i][k];
				}
			}
		}
		return kept;
	}

	private static double[] stability(int[] baseline, List<Run> runs) {
		double[] stability = new double[baseline.length];
		for (int i = 0; i < baseline.length; i++) {
			if (baseline[i] == 0 || runs.isEmpty()) {
				stability[i] = Double.NaN;
				continue;
			}
			int kept = 0;
			for (Run run : runs) {
				kept += run.tiers()[i] == baseline[i] ? 1 : 0;
			}
			stability[i] = (double) kept / runs.size();
		}
		return stability;
	}

	private static String number(double value) {
		return String.format(Locale.UK, "%.2f", value).replaceAll("0$", "");
	}

}
