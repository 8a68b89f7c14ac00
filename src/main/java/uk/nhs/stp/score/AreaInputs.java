package uk.nhs.stp.score;

import java.util.List;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.Words;
import uk.nhs.stp.stats.WeightedComposite;

/**
 * One area's metric scores over the catalogue and their composites (method §1–§2), whether it has
 * enough data to be scored, and the sampling noise of its composites (method §9): the composite
 * is a weighted mean of independent normal errors, so its sd is √(Σw²σ²)/Σw over the metrics the
 * area has (an unknown σ counts as 0).
 *
 * @param area the area
 * @param levels per metric, the level z (NaN where absent)
 * @param paces per metric, the pace (NaN where absent)
 * @param level the weighted mean level z (NaN when coverage is 0)
 * @param coverage share of metric weight with a level
 * @param pace the weighted mean pace (NaN when pace coverage is 0)
 * @param paceCoverage share of metric weight with a pace
 * @param levelSd the composite level's sampling sd
 * @param paceSd the composite pace's sampling sd
 * @param hasData whether any metric has a value for the area
 */
record AreaInputs(Area area, double[] levels, double[] paces, double level, double coverage, double pace,
		double paceCoverage, double levelSd, double paceSd, boolean hasData) {

	static AreaInputs of(Area area, List<MetricOutcome> outcomes) {
		int m = outcomes.size();
		double[] levels = new double[m];
		double[] paces = new double[m];
		double[] levelSd = new double[m];
		double[] paceSd = new double[m];
		double[] weights = new double[m];
		boolean hasData = false;
		for (int i = 0; i < m; i++) {
			MetricOutcome outcome = outcomes.get(i);
			AreaMetric am = outcome.areas().get(area.code());
			weights[i] = outcome.metric().weight();
			levels[i] = am == null || am.levelZ() == null ? Double.NaN : am.levelZ();
			paces[i] = am == null || am.pace() == null ? Double.NaN : am.pace();
			levelSd[i] = am == null || am.noise().levelZ() == null ? 0 : am.noise().levelZ();
			paceSd[i] = am == null || am.noise().pace() == null ? 0 : am.noise().pace();
			hasData |= am != null;
		}
		WeightedComposite.Result level = WeightedComposite.of(levels, weights);
		WeightedComposite.Result pace = WeightedComposite.of(paces, weights);
		return new AreaInputs(area, levels, paces, level.value(), level.coverage(), pace.value(), pace.coverage(),
				compositeSd(levels, levelSd, weights), compositeSd(paces, paceSd, weights), hasData);
	}

	private static double compositeSd(double[] values, double[] sd, double[] weights) {
		double variance = 0;
		double present = 0;
		for (int m = 0; m < values.length; m++) {
			if (!Double.isNaN(values[m])) {
				variance += weights[m] * weights[m] * sd[m] * sd[m];
				present += weights[m];
			}
		}
		return present > 0 ? Math.sqrt(variance) / present : 0;
	}

	/** Why the area cannot be scored on its data, or null if it can. */
	String insufficientData(double minCoverage) {
		if (!this.hasData) {
			return "not scored: no data has been loaded for this area";
		}
		if (this.coverage < minCoverage || this.paceCoverage < minCoverage) {
			return "not scored: too little data (level covers " + Words.percentDown(this.coverage) + " and pace "
					+ Words.percentDown(this.paceCoverage) + " of the metric weight; at least "
					+ Words.percent(minCoverage) + " is needed)";
		}
		return null;
	}

	Double levelOrNull() {
		return Double.isNaN(this.level) ? null : this.level;
	}

	Double paceOrNull() {
		return Double.isNaN(this.pace) ? null : this.pace;
	}

}
