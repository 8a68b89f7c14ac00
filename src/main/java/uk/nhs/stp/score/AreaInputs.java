package uk.nhs.stp.score;

import java.util.List;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.stats.WeightedComposite;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.Words;

/**
 * One area's composite level and pace over the metric catalogue (method §1–§2), and whether it has
 * enough data to be scored.
 *
 * @param area the area
 * @param level the weighted mean level z (NaN when coverage is 0)
 * @param coverage share of metric weight with a level
 * @param pace the weighted mean pace (NaN when pace coverage is 0)
 * @param paceCoverage share of metric weight with a pace
 * @param hasData whether any metric has a value for the area
 */
record AreaInputs(Area area, double level, double coverage, double pace, double paceCoverage, boolean hasData) {

	static AreaInputs of(Area area, List<MetricOutcome> outcomes) {
		int m = outcomes.size();
		double[] levels = new double[m];
		double[] paces = new double[m];
		double[] weights = new double[m];
		boolean hasData = false;
		for (int i = 0; i < m; i++) {
			MetricOutcome outcome = outcomes.get(i);
			Metric metric = outcome.metric();
			AreaMetric am = outcome.areas().get(area.code());
			weights[i] = metric.weight();
			levels[i] = am == null || am.levelZ() == null ? Double.NaN : am.levelZ();
			paces[i] = am == null || am.pace() == null ? Double.NaN : am.pace();
			hasData |= am != null;
		}
		WeightedComposite.Result level = WeightedComposite.of(levels, weights);
		WeightedComposite.Result pace = WeightedComposite.of(paces, weights);
		return new AreaInputs(area, level.value(), level.coverage(), pace.value(), pace.coverage(), hasData);
	}

	/** Why the area cannot be scored on its data, or null if it can. */
	String insufficientData(double minCoverage) {
		if (!this.hasData) {
			return "not scored: no data has been loaded for this area";
		}
		if (this.coverage < minCoverage || this.paceCoverage < minCoverage) {
			return "not scored: too little data (level covers " + Words.percent(this.coverage) + " and pace "
					+ Words.percent(this.paceCoverage) + " of the metric weight; at least " + Words.percent(minCoverage)
					+ " is needed)";
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
