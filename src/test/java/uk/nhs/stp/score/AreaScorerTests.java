package uk.nhs.stp.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.MetricKind;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.Polarity;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.model.ScoringModelLoader;
import uk.nhs.stp.model.Uncertainty;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.FourCircumstances;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.RunScores;

/**
 * Areas scored end to end from per-metric results (method §1, §5–§6, §9–§12): who is not scored
 * and why (coverage, missing circumstances), and that every tiered area carries its certainty,
 * sensitivity, league table and support focus.
 */
class AreaScorerTests {

	private static final ScoringModel SHIPPED = ScoringModelLoader.load(Path.of("jobs/scoring-model.yml"));

	/** Two metrics weighted 0.496 and 0.504: an area with only the first covers 49.6% of the weight. */
	private static final Metric FIRST = new Metric("m1", "First metric", "Elective care", Unit.PERCENT,
			Polarity.HIGHER_IS_BETTER, MetricKind.INDEX, 0.496, true, null, List.of(), "the first metric");

	private static final Metric SECOND = new Metric("m2", "Second metric", "Cancer", Unit.PERCENT,
			Polarity.HIGHER_IS_BETTER, MetricKind.INDEX, 0.504, false, null, List.of(), "the second metric");

	private static final int AREAS = 20;

	@Test
	void anAreaJustShortOfTheCoverageItNeedsIsNotScoredAndTheShareIsNeverRoundedUp() {
		RunScores run = score();
		AreaScore sparse = byCode(run, 0);

		assertThat(sparse.scored()).isFalse();
		assertThat(sparse.reasons()).containsExactly("not scored: too little data (level covers 49% and pace 49% of the "
				+ "metric weight; at least 50% is needed)");
		assertThat(sparse.certainty()).isEqualTo(AreaScore.Certainty.NONE);
		// a league table still ranks it on what it has
		assertThat(sparse.league().score()).isNotNull();
	}

	@Test
	void anAreaWithoutItsCircumstancesIsNotScoredAndSaysWhichAreMissing() {
		AreaScore noCircumstances = byCode(score(), 1);

		assertThat(noCircumstances.scored()).isFalse();
		assertThat(noCircumstances.reasons()).containsExactly("not scored: circumstance data missing (self_containment)");
	}

	@Test
	void everyTieredAreaCarriesItsCertaintySensitivityLeagueTableAndFocus() {
		RunScores run = score();
		List<AreaScore> tiered = run.areas().stream().filter(AreaScore::scored).toList();

		assertThat(tiered).hasSize(AREAS - 2);
		for (AreaScore a : tiered) {
			double total = a.certainty().pTier().stream().mapToDouble(Double::doubleValue).sum();
			assertThat(total).as(a.area().code()).isCloseTo(1.0, within(1e-9));
			assertThat(a.certainty().rankLower()).isLessThanOrEqualTo(a.certainty().rank());
			assertThat(a.certainty().rankUpper()).isGreaterThanOrEqualTo(a.certainty().rank());
			assertThat(a.certainty().borderline()).isEqualTo(a.certainty().p(a.tier()) < 0.8
					&& a.certainty().pTier().stream().allMatch(p -> p < 0.8));
			assertThat(a.sensitivity().stability()).isBetween(0.0, 1.0);
			assertThat(a.league().segment()).isBetween(1, 4);
			assertThat(a.focus().sentence()).contains("Monitoring: ");
			assertThat(a.reasons().get(a.reasons().size() - 1)).startsWith("its circumstances would lead us to expect");
		}
		assertThat(run.tiering().draws()).isEqualTo(500);
		assertThat(run.tiering().levelCutOff()).isLessThan(run.tiering().levelMedian());
	}

	@Test
	void withoutSamplingNoiseEveryTierIsCertain() {
		for (AreaScore a : score().areas()) {
			if (a.scored()) {
				assertThat(a.certainty().p(a.tier())).as(a.area().code()).isEqualTo(1.0);
				assertThat(a.certainty().borderline()).isFalse();
			}
		}
	}

	private static RunScores score() {
		ScoringModel model = new ScoringModel(SHIPPED.source(), SHIPPED.thresholds(), List.of(FIRST, SECOND),
				SHIPPED.circumstances(), SHIPPED.tiers(), SHIPPED.monitoring(), new Uncertainty(500, 1L, 0.8));
		Random random = new Random(19);
		List<Area> areas = new ArrayList<>();
		Map<String, AreaMetric> first = new LinkedHashMap<>();
		Map<String, AreaMetric> second = new LinkedHashMap<>();
		Map<String, CircumstanceValues.Raw> circumstances = new HashMap<>();
		for (int a = 0; a < AREAS; a++) {
			String code = ScoreFixtures.code(a);
			areas.add(new Area(code, "", "Area " + a, "North"));
			first.put(code, metric(random.nextGaussian(), random.nextGaussian()));
			if (a != 0) {
				second.put(code, metric(random.nextGaussian(), random.nextGaussian()));
			}
			circumstances.put(code, a == 1 ? new CircumstanceValues.Raw(FourCircumstances.NONE,
					"circumstance data missing (self_containment)")
					: new CircumstanceValues.Raw(new FourCircumstances(random.nextGaussian(), 5 + random.nextDouble(),
							30 * random.nextDouble(), 60 + 30 * random.nextDouble()), null));
		}
		Period march = Period.month(2019, 3);
		MetricOutcome.Comparison national = new MetricOutcome.Comparison(0.0, -0.8, null, null, null);
		List<MetricOutcome> outcomes = List.of(new MetricOutcome(FIRST, march, "robust z", 1.0, null, first, 24, national),
				new MetricOutcome(SECOND, march, "robust z", 1.0, null, second, 24, national));
		return new AreaScorer(model).score(areas, outcomes, circumstances, CoreMetrics.concerns(outcomes));
	}

	private static AreaMetric metric(double z, double pace) {
		return new AreaMetric(new AreaMetric.Level(z, z, null), new AreaMetric.Trend(pace, pace - 1, pace + 1, pace, 0.01, 24),
				null, null, 24, new AreaMetric.Source(Period.month(2019, 3), false, null, null), AreaMetric.Noise.NONE);
	}

	private static AreaScore byCode(RunScores run, int area) {
		return run.areas().stream().filter(s -> s.area().code().equals(ScoreFixtures.code(area))).findFirst().orElseThrow();
	}

}
