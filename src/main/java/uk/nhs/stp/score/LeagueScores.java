package uk.nhs.stp.score;

import java.util.List;
import java.util.Map;

import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.stats.LeagueTable;

/**
 * The raw league table beside the adjusted tier (method §11): every area with a latest value
 * (late ones included, as a league table would take them) is ranked metric by metric, and the
 * segments are cut at the quartiles of the tiered areas' league scores.
 */
final class LeagueScores {

	private final ScoringModel model;

	private final List<MetricOutcome> outcomes;

	LeagueScores(ScoringModel model, List<MetricOutcome> outcomes) {
		this.model = model;
		this.outcomes = outcomes;
	}

	/** Adds the league score and segment to the score of every area that has one. */
	void apply(List<AreaInputs> areas, Map<String, AreaScore> scores) {
		int m = this.outcomes.size();
		double[][] values = new double[m][areas.size()];
		int[] signs = new int[m];
		double[] weights = new double[m];
		for (int k = 0; k < m; k++) {
			MetricOutcome outcome = this.outcomes.get(k);
			signs[k] = outcome.metric().polarity().sign();
			weights[k] = outcome.metric().weight();
			for (int a = 0; a < areas.size(); a++) {
				AreaMetric am = outcome.areas().get(areas.get(a).area().code());
				values[k][a] = am == null || am.latestValue() == null ? Double.NaN : am.latestValue();
			}
		}
		double[] league = LeagueTable.scores(values, signs, weights);
		boolean[] reference = new boolean[areas.size()];
		for (int a = 0; a < areas.size(); a++) {
			reference[a] = scores.get(areas.get(a).area().code()).scored();
		}
		int[] segments = LeagueTable.segments(league, reference);
		for (int a = 0; a < areas.size(); a++) {
			if (Double.isNaN(league[a])) {
				continue;
			}
			String code = areas.get(a).area().code();
			AreaScore s = scores.get(code);
			scores.put(code, s.with(s.certainty(), s.sensitivity(), new AreaScore.League(league[a], segments[a]), s.focus()));
		}
	}

}
