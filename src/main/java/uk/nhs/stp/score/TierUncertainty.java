package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.model.Circumstances;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.model.Uncertainty;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.stats.TierSensitivity;
import uk.nhs.stp.stats.TierSimulation;

/**
 * How sure each baseline tier is (method §9) and how it holds over the grid of choices (§10):
 * hands the areas of the model to {@link TierSimulation} and {@link TierSensitivity} and writes
 * their answers into the area scores.
 */
final class TierUncertainty {

	private final ScoringModel model;

	private final List<AreaInputs> eligible;

	private final double[][] z;

	private final BaselineTiers baseline;

	private final double critical;

	TierUncertainty(ScoringModel model, List<AreaInputs> eligible, double[][] z, BaselineTiers baseline, double critical) {
		this.model = model;
		this.eligible = eligible;
		this.z = z;
		this.baseline = baseline;
		this.critical = critical;
	}

	/**
	 * Adds certainty and sensitivity to the scores of the areas in the model.
	 * @return the sensitivity-grid runs that could not be worked out, with why
	 */
	List<String> apply(Map<String, AreaScore> scores) {
		int n = this.eligible.size();
		boolean[] tiered = new boolean[n];
		boolean[] concern = new boolean[n];
		int[] tiers = new int[n];
		for (int i = 0; i < n; i++) {
			tiered[i] = this.baseline.tiered(i);
			concern[i] = this.baseline.concern(i);
			AreaScore score = scores.get(code(i));
			tiers[i] = score.tier() == null ? 0 : score.tier();
		}
		TierSimulation.Result simulated = simulate(tiered, concern);
		TierSensitivity.Result grid = sensitivity(concern, tiers);
		Uncertainty settings = this.model.uncertainty();
		for (int i = 0; i < n; i++) {
			if (!tiered[i]) {
				continue;
			}
			AreaScore score = scores.get(code(i));
			scores.put(code(i), score.with(certainty(simulated, i, settings.borderlineBelow()),
					sensitivity(grid, i, tiers[i]), score.league(), score.focus()));
		}
		return grid.skipped();
	}

	private String code(int i) {
		return this.eligible.get(i).area().code();
	}

	private TierSimulation.Result simulate(boolean[] tiered, boolean[] concern) {
		TierSimulation.Inputs in = new TierSimulation.Inputs(column(AreaInputs::level), column(AreaInputs::levelSd),
				column(AreaInputs::pace), column(AreaInputs::paceSd), this.z, concern, tiered);
		Uncertainty u = this.model.uncertainty();
		return TierSimulation.run(in, new TierSimulation.Settings(u.draws(), u.seed(),
				this.model.thresholds().bottomQuintile(), this.critical, this.model.tiers().tierTable()));
	}

	private TierSensitivity.Result sensitivity(boolean[] concern, int[] tiers) {
		List<Metric> metrics = this.model.metrics();
		double[][] levels = this.eligible.stream().map(AreaInputs::levels).toArray(double[][]::new);
		double[][] paces = this.eligible.stream().map(AreaInputs::paces).toArray(double[][]::new);
		double[] weights = metrics.stream().mapToDouble(Metric::weight).toArray();
		TierSensitivity.Inputs in = new TierSensitivity.Inputs(levels, paces, weights, this.z, concern, tiers);
		return TierSensitivity.run(in, new TierSensitivity.Settings(this.model.thresholds().bottomQuintile(),
				this.model.thresholds().verdictLevel(), this.model.tiers().tierTable(),
				metrics.stream().map(Metric::shortName).toList(), Circumstances.WORDS));
	}

	private static AreaScore.Certainty certainty(TierSimulation.Result simulated, int i, double borderlineBelow) {
		double[] p = simulated.pTier()[i];
		List<Double> shares = List.of(p[0], p[1], p[2], p[3]);
		double largest = Math.max(Math.max(p[0], p[1]), Math.max(p[2], p[3]));
		return new AreaScore.Certainty(shares, largest < borderlineBelow, simulated.rank()[i], simulated.rankLower()[i],
				simulated.rankUpper()[i]);
	}

	private static AreaScore.Sensitivity sensitivity(TierSensitivity.Result grid, int i, int tier) {
		List<AreaScore.Sensitivity.Change> changes = new ArrayList<>();
		for (TierSensitivity.Run run : grid.runs()) {
			if (run.tiers()[i] != tier) {
				changes.add(new AreaScore.Sensitivity.Change(run.description(), run.tiers()[i]));
			}
		}
		double stability = grid.stability()[i];
		return new AreaScore.Sensitivity(Double.isNaN(stability) ? null : stability, List.copyOf(changes));
	}

	private double[] column(java.util.function.ToDoubleFunction<AreaInputs> value) {
		return this.eligible.stream().mapToDouble(value).toArray();
	}

}
