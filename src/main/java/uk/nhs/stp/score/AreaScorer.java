package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.model.Thresholds;
import uk.nhs.stp.stats.CircumstanceRegression;
import uk.nhs.stp.stats.CircumstanceRegression.AreaFit;
import uk.nhs.stp.stats.CircumstanceRegression.RegressionFit;
import uk.nhs.stp.stats.Descriptive;
import uk.nhs.stp.stats.StatisticsException;
import uk.nhs.stp.stats.Standardisation;
import uk.nhs.stp.stats.TierFact;
import uk.nhs.stp.stats.TierRules;
import uk.nhs.stp.stats.Verdict;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.FourCircumstances;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.ModelFit;
import uk.nhs.stp.result.RunScores;
import uk.nhs.stp.result.Words;

/**
 * Scores areas against their circumstances and assigns support tiers (method §4–§6): composite
 * level and pace, the circumstances model with leave-one-out expectations, verdicts,
 * contributions, then the tier rules with their reasons. An adapter over {@code stats}.
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
		for (Area area : areas) {
			AreaInputs inputs = AreaInputs.of(area, outcomes);
			if (!inputs.hasData() && !area.isCurrent()) {
				continue;
			}
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
		ModelFit fit = fitAndTier(eligible, circumstances, spcConcerns, scores);
		return new RunScores(List.copyOf(scores.values()), fit);
	}

	private ModelFit fitAndTier(List<AreaInputs> eligible, Map<String, CircumstanceValues.Raw> circumstances,
			Map<String, List<String>> spcConcerns, Map<String, AreaScore> scores) {
		double[][] z;
		RegressionFit regression;
		try {
			z = standardise(eligible, circumstances);
			regression = CircumstanceRegression.fit(z, eligible.stream().mapToDouble(AreaInputs::pace).toArray());
		}
		catch (StatisticsException ex) {
			String reason = "not scored: the circumstances model could not be fitted: " + ex.getMessage();
			eligible.forEach(inputs -> scores.put(inputs.area().code(), notScored(inputs, reason)));
			return ModelFit.notFitted(ex.getMessage());
		}
		Thresholds t = this.model.thresholds();
		double critical = Verdict.criticalValue(regression.verdictDf(), t.verdictLevel());
		Tiering tiering = new Tiering(eligible, regression);
		for (int i = 0; i < eligible.size(); i++) {
			AreaInputs inputs = eligible.get(i);
			scores.put(inputs.area().code(), tiering.score(i, z[i], critical,
					spcConcerns.getOrDefault(inputs.area().code(), List.of())));
		}
		return modelFit(regression, critical);
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

	/** Tier facts need the distribution of the tiered areas' level and pace; this holds it. */
	private final class Tiering {

		private final List<AreaInputs> eligible;

		private final RegressionFit regression;

		private final double levelCutOff;

		private final double levelMedian;

		private final double paceMedian;

		Tiering(List<AreaInputs> eligible, RegressionFit regression) {
			this.eligible = eligible;
			this.regression = regression;
			double[] levels = eligible.stream().mapToDouble(AreaInputs::level).toArray();
			double[] paces = eligible.stream().mapToDouble(AreaInputs::pace).toArray();
			this.levelCutOff = Descriptive.quantile(levels, AreaScorer.this.model.thresholds().bottomQuintile());
			this.levelMedian = Descriptive.median(levels);
			this.paceMedian = Descriptive.median(paces);
		}

		AreaScore score(int i, double[] z, double critical, List<String> spcConcerns) {
			AreaInputs inputs = this.eligible.get(i);
			AreaFit fit = this.regression.areas()[i];
			double[] contributions = new double[4];
			for (int k = 0; k < 4; k++) {
				contributions[k] = this.regression.coefficients()[k + 1].estimate() * z[k];
			}
			FourCircumstances zs = FourCircumstances.of(z);
			FourCircumstances cs = FourCircumstances.of(contributions);
			if (fit.looExpected() == null || fit.studentised() == null) {
				return new AreaScore(inputs.area(), AreaScore.Support.NONE, composite(inputs, inputs.level(), inputs.pace()),
						new AreaScore.Expectation(null, null, null, fit.leverage(), null, null),
						new AreaScore.CircumstanceTerms(zs, cs), List.of("not scored: its circumstances are unlike any other area's (leverage "
								+ Words.number(fit.leverage()) + "), so no expectation can be formed without it"));
			}
			Thresholds t = AreaScorer.this.model.thresholds();
			Verdict.Judgement judgement = Verdict.judge(fit.studentised(), this.regression.verdictDf(), t.verdictLevel(),
					t.strongEvidenceLevel());
			Set<TierFact> facts = facts(inputs, fit, judgement, spcConcerns);
			TierRules.Decision decision = AreaScorer.this.model.tiers().decide(facts);
			TierReasons.Numbers numbers = new TierReasons.Numbers(inputs.level(), inputs.pace(), fit.looExpected(),
					fit.studentised(), critical, judgement.strongEvidence(), this.levelCutOff, this.levelMedian,
					this.paceMedian, spcConcerns, cs);
			return new AreaScore(inputs.area(), new AreaScore.Support(true, decision.rule().tier(), decision.rule().name()),
					composite(inputs, inputs.level(), inputs.pace()),
					new AreaScore.Expectation(fit.looExpected(), fit.looResidual(), fit.studentised(), fit.leverage(),
							judgement.verdict(), judgement.strongEvidence()),
					new AreaScore.CircumstanceTerms(zs, cs), TierReasons.reasons(decision.deciding(), numbers));
		}

		private Set<TierFact> facts(AreaInputs inputs, AreaFit fit, Verdict.Judgement judgement, List<String> spcConcerns) {
			Set<TierFact> facts = EnumSet.noneOf(TierFact.class);
			addIf(facts, TierFact.LEVEL_BOTTOM_QUINTILE, inputs.level() <= this.levelCutOff);
			addIf(facts, TierFact.LEVEL_TOP_HALF, inputs.level() > this.levelMedian);
			addIf(facts, TierFact.PACE_BELOW_MEDIAN, inputs.pace() < this.paceMedian);
			addIf(facts, TierFact.SLOWER_THAN_EXPLAINED, judgement.verdict() == Verdict.SLOWER);
			addIf(facts, TierFact.FASTER_THAN_EXPLAINED, judgement.verdict() == Verdict.FASTER);
			addIf(facts, TierFact.PACE_AT_OR_ABOVE_EXPECTED, fit.looResidual() >= 0);
			addIf(facts, TierFact.CORE_SPC_CONCERN, !spcConcerns.isEmpty());
			return facts;
		}

	}

	private static void addIf(Set<TierFact> facts, TierFact fact, boolean holds) {
		if (holds) {
			facts.add(fact);
		}
	}

	private static AreaScore notScored(AreaInputs inputs, String reason) {
		return new AreaScore(inputs.area(), AreaScore.Support.NONE,
				composite(inputs, inputs.levelOrNull(), inputs.paceOrNull()), AreaScore.Expectation.NONE,
				AreaScore.CircumstanceTerms.NONE, List.of(reason));
	}

	private static AreaScore.Composite composite(AreaInputs inputs, Double level, Double pace) {
		return new AreaScore.Composite(inputs.coverage(), inputs.paceCoverage(), level, pace);
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
