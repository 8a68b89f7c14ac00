package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.model.Thresholds;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.ModelFit;
import uk.nhs.stp.result.RunScores;
import uk.nhs.stp.result.RunTiering;
import uk.nhs.stp.result.Words;
import uk.nhs.stp.stats.CircumstanceRegression;
import uk.nhs.stp.stats.CircumstanceRegression.RegressionFit;
import uk.nhs.stp.stats.StatisticsException;
import uk.nhs.stp.stats.Standardisation;
import uk.nhs.stp.stats.Verdict;

/**
 * Scores areas against their circumstances and assigns support tiers (method §4–§6, §9–§12):
 * composite level and pace, the circumstances model with leave-one-out expectations, verdicts,
 * contributions, the tier rules with their reasons and support focus, then how sure each tier is,
 * how it holds over the grid of choices, and what a raw league table would say. An adapter over
 * {@code stats}.
 */
public final class AreaScorer {

	private final ScoringModel model;

	public AreaScorer(ScoringModel model) {
		this.model = model;
	}

	/**
	 * @param areas the reporting areas of the register (an area no longer in use is left out when
	 * it has no data)
	 * @param outcomes per metric results, in catalogue order
	 * @param circumstances raw circumstances per area code
	 * @param spcConcerns per area code, the core metrics with a special cause concern
	 */
	public RunScores score(List<Area> areas, List<MetricOutcome> outcomes, Map<String, CircumstanceValues.Raw> circumstances,
			Map<String, List<String>> spcConcerns) {
		Thresholds thresholds = this.model.thresholds();
		Map<String, AreaScore> scores = new LinkedHashMap<>();
		List<AreaInputs> eligible = new ArrayList<>();
		List<AreaInputs> withData = new ArrayList<>();
		for (Area area : areas) {
			AreaInputs inputs = AreaInputs.of(area, outcomes);
			if (!inputs.hasData() && !area.isCurrent()) {
				continue;
			}
			withData.add(inputs);
			String reason = inputs.insufficientData(thresholds.minCoverage());
			CircumstanceValues.Raw raw = circumstances.get(area.code());
			if (reason == null && raw.missing() != null) {
				reason = "not scored: " + raw.missing();
			}
			scores.put(area.code(), reason == null ? null : notScored(inputs, reason));
			if (reason == null) {
				eligible.add(inputs);
			}
		}
		Fitted fitted = fitAndTier(eligible, circumstances, spcConcerns, outcomes, scores);
		new LeagueScores(this.model, outcomes).apply(withData, scores);
		return new RunScores(List.copyOf(scores.values()), fitted.fit(), fitted.tiering());
	}

	private record Fitted(ModelFit fit, RunTiering tiering) {
	}

	private Fitted fitAndTier(List<AreaInputs> eligible, Map<String, CircumstanceValues.Raw> circumstances,
			Map<String, List<String>> spcConcerns, List<MetricOutcome> outcomes, Map<String, AreaScore> scores) {
		double[][] z;
		RegressionFit regression;
		try {
			z = standardise(eligible, circumstances);
			regression = CircumstanceRegression.fit(z, eligible.stream().mapToDouble(AreaInputs::pace).toArray());
		}
		catch (StatisticsException ex) {
			String reason = "not scored: the circumstances model could not be fitted: " + ex.getMessage();
			eligible.forEach(inputs -> scores.put(inputs.area().code(), notScored(inputs, reason)));
			return new Fitted(ModelFit.notFitted(ex.getMessage()), RunTiering.NONE);
		}
		Thresholds t = this.model.thresholds();
		double critical = Verdict.criticalValue(regression.verdictDf(), t.verdictLevel());
		BaselineTiers baseline = new BaselineTiers(this.model, eligible, z, regression, critical, spcConcerns, outcomes);
		for (int i = 0; i < eligible.size(); i++) {
			scores.put(eligible.get(i).area().code(), baseline.score(i));
		}
		List<String> skipped = new TierUncertainty(this.model, eligible, z, baseline, critical).apply(scores);
		var cut = baseline.cutoffs();
		RunTiering tiering = new RunTiering(cut.levelCutOff(), cut.levelMedian(), cut.paceMedian(),
				this.model.uncertainty().draws(), this.model.uncertainty().seed(), skipped);
		return new Fitted(modelFit(regression, critical), tiering);
	}

	private static double[][] standardise(List<AreaInputs> eligible, Map<String, CircumstanceValues.Raw> circumstances) {
		int n = eligible.size();
		double[][] z = new double[n][4];
		for (int k = 0; k < 4; k++) {
			double[] column = new double[n];
			for (int i = 0; i < n; i++) {
				column[i] = circumstances.get(eligible.get(i).area().code()).values().asList().get(k);
			}
			double[] standard = Standardisation.zScores(column, uk.nhs.stp.model.Circumstances.WORDS.get(k));
			for (int i = 0; i < n; i++) {
				z[i][k] = standard[i];
			}
		}
		return z;
	}

	static AreaScore notScored(AreaInputs inputs, String reason) {
		return new AreaScore(inputs.area(), AreaScore.Support.NONE,
				new AreaScore.Composite(inputs.coverage(), inputs.paceCoverage(), inputs.levelOrNull(), inputs.paceOrNull()),
				AreaScore.Expectation.NONE, AreaScore.CircumstanceTerms.NONE, List.of(reason));
	}

	private static ModelFit modelFit(RegressionFit regression, double critical) {
		List<ModelFit.Term> terms = new ArrayList<>();
		for (int j = 0; j < regression.coefficients().length; j++) {
			var c = regression.coefficients()[j];
			terms.add(new ModelFit.Term(ModelFit.TERM_NAMES.get(j), c.estimate(), c.se(), c.t(), c.p()));
		}
		String note = regression.adjustedR2() < 0.05
				? "the circumstances explain little of the variation in pace this period (adjusted R\u00b2 "
						+ Words.number(regression.adjustedR2()) + ")"
				: null;
		return new ModelFit(true, note, regression.n(), regression.dfResidual(), regression.r2(), regression.adjustedR2(),
				regression.looR2(), regression.sigma(), critical, terms);
	}

}
