package uk.nhs.stp.score;

import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.model.Thresholds;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.FourCircumstances;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.Words;
import uk.nhs.stp.stats.CircumstanceRegression.AreaFit;
import uk.nhs.stp.stats.CircumstanceRegression.RegressionFit;
import uk.nhs.stp.stats.TierFacts;
import uk.nhs.stp.stats.TierFact;
import uk.nhs.stp.stats.TierRules;
import uk.nhs.stp.stats.Verdict;

/**
 * The tiers of one run before any uncertainty (method §5–§6, §12): for each area in the model its
 * verdict, contributions, the facts worked out by {@link TierFacts} against the run's cut-offs,
 * the first tier rule that holds, its reasons and its support focus.
 */
final class BaselineTiers {

	private final ScoringModel model;

	private final List<AreaInputs> eligible;

	private final double[][] z;

	private final RegressionFit regression;

	private final double critical;

	private final Map<String, List<String>> spcConcerns;

	private final List<MetricOutcome> outcomes;

	private final TierFacts.Cutoffs cutoffs;

	BaselineTiers(ScoringModel model, List<AreaInputs> eligible, double[][] z, RegressionFit regression, double critical,
			Map<String, List<String>> spcConcerns, List<MetricOutcome> outcomes) {
		this.model = model;
		this.eligible = eligible;
		this.z = z;
		this.regression = regression;
		this.critical = critical;
		this.spcConcerns = spcConcerns;
		this.outcomes = outcomes;
		this.cutoffs = TierFacts.Cutoffs.of(eligible.stream().mapToDouble(AreaInputs::level).toArray(),
				eligible.stream().mapToDouble(AreaInputs::pace).toArray(), model.thresholds().bottomQuintile());
	}

	TierFacts.Cutoffs cutoffs() {
		return this.cutoffs;
	}

	RegressionFit regression() {
		return this.regression;
	}

	/** Whether the area has a special-cause concern on a core metric. */
	boolean concern(int i) {
		return !this.spcConcerns.getOrDefault(this.eligible.get(i).area().code(), List.of()).isEmpty();
	}

	/** Whether the area can be tiered: it has a leave-one-out expectation and studentised residual. */
	boolean tiered(int i) {
		AreaFit fit = this.regression.areas()[i];
		return fit.looExpected() != null && fit.studentised() != null;
	}

	AreaScore score(int i) {
		AreaInputs inputs = this.eligible.get(i);
		AreaFit fit = this.regression.areas()[i];
		double[] contributions = new double[4];
		for (int k = 0; k < 4; k++) {
			contributions[k] = this.regression.coefficients()[k + 1].estimate() * this.z[i][k];
		}
		AreaScore.CircumstanceTerms terms = new AreaScore.CircumstanceTerms(FourCircumstances.of(this.z[i]),
				FourCircumstances.of(contributions));
		AreaScore.Composite composite = new AreaScore.Composite(inputs.coverage(), inputs.paceCoverage(), inputs.level(),
				inputs.pace());
		if (!tiered(i)) {
			return new AreaScore(inputs.area(), AreaScore.Support.NONE, composite,
					new AreaScore.Expectation(null, null, null, fit.leverage(), null, null), terms,
					List.of("not scored: its circumstances are unlike any other area's (leverage "
							+ Words.number(fit.leverage()) + "), so no expectation can be formed without it"));
		}
		Thresholds t = this.model.thresholds();
		Verdict.Judgement judgement = Verdict.judge(fit.studentised(), this.regression.verdictDf(), t.verdictLevel(),
				t.strongEvidenceLevel());
		Set<TierFact> facts = TierFacts.set(TierFacts.mask(inputs.level(), inputs.pace(), fit.looResidual(),
				judgement.verdict(), concern(i), this.cutoffs));
		TierRules rules = this.model.tiers();
		TierRules.Rule rule = rules.decide(facts).rule();
		String code = inputs.area().code();
		List<String> reasons = TierReasons.reasons(rules, new TierReasons.Facts(facts, judgement.verdict(),
				judgement.strongEvidence(), this.spcConcerns.getOrDefault(code, List.of()),
				CoreMetrics.gaps(code, this.outcomes), terms.contributions()));
		return new AreaScore(inputs.area(), new AreaScore.Support(true, rule.tier(), rule.name()), composite,
				new AreaScore.Expectation(fit.looExpected(), fit.looResidual(), fit.studentised(), fit.leverage(),
						judgement.verdict(), judgement.strongEvidence()),
				terms, reasons, AreaScore.Certainty.NONE, AreaScore.Sensitivity.NONE, AreaScore.League.NONE,
				SupportFocus.of(code, rule.tier(), this.outcomes, this.model.monitoring()));
	}

}
