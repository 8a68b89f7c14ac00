package uk.nhs.stp.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.model.ScoringModelLoader;
import uk.nhs.stp.model.Thresholds;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.stats.Descriptive;
import uk.nhs.stp.stats.FunnelComparison;
import uk.nhs.stp.stats.XmrLines;
import uk.nhs.stp.store.ObservationDao.StoredObservation;

/**
 * One metric scored across 33 areas (method §1–§3, §9): areas 0–30 report every month to March
 * 2019; area 31 has no March return but has February's (late); area 32 has neither.
 */
class MetricScorerTests {

	private static final Thresholds THRESHOLDS = ScoringModelLoader.load(Path.of("jobs/scoring-model.yml")).thresholds();

	private static final Period MARCH = Period.month(2019, 3);

	@Test
	void usesThePeriodBeforeTheLatestAsALateReturnAndSaysWhenNeitherWasReturned() {
		MetricOutcome outcome = new MetricScorer(THRESHOLDS).score(ScoreFixtures.ELECTIVE, observations(1000));
		AreaMetric late = outcome.areas().get(ScoreFixtures.code(31));
		AreaMetric missing = outcome.areas().get(ScoreFixtures.code(32));

		assertThat(outcome.latestPeriod()).isEqualTo(MARCH);
		assertThat(late.late()).isTrue();
		assertThat(late.source().period()).isEqualTo(Period.month(2019, 2));
		assertThat(late.latestValue()).isEqualTo(value(31, 22));
		assertThat(late.levelZ()).isNotNull();
		assertThat(late.note()).isNull();
		assertThat(missing.latestValue()).isNull();
		assertThat(missing.levelZ()).isNull();
		assertThat(missing.late()).isFalse();
		assertThat(missing.note()).isEqualTo("no return for Mar 2019 or the period before");
		assertThat(outcome.areas().get(ScoreFixtures.code(0)).late()).isFalse();
	}

	@Test
	void comparesWithTheEnglandMedianOfTheLatestPeriodOnly() {
		MetricOutcome outcome = new MetricScorer(THRESHOLDS).score(ScoreFixtures.ELECTIVE, observations(1000));
		double[] march = new double[31];
		for (int a = 0; a < 31; a++) {
			march[a] = value(a, 23);
		}
		Arrays.sort(march);

		// 31 values: the median is the 16th; the bottom fifth edge (type 7) is at h = 30 × 0.2 = 6, the 7th
		assertThat(outcome.comparison().englandMedian()).isEqualTo(march[15]);
		assertThat(outcome.comparison().bottomFifth()).isCloseTo(march[6], within(1e-12));
		assertThat(outcome.comparison().funnelTheta0()).isNotNull();
	}

	@Test
	void theNoiseOfAFunnelLevelIsBinomialAndThatOfPaceComesFromSensInterval() {
		MetricOutcome outcome = new MetricScorer(THRESHOLDS).score(ScoreFixtures.ELECTIVE, observations(1000));
		AreaMetric area = outcome.areas().get(ScoreFixtures.code(4));

		assertThat(area.noise().levelZ())
			.isCloseTo(FunnelComparison.zSamplingSd(1000, outcome.comparison().funnelTau2()), within(1e-15));
		assertThat(area.noise().pace()).isCloseTo(
				(area.slopeUpper() - area.slopeLower()) / (2 * 1.959964) / outcome.spread(), within(1e-6));
		assertThat(area.source().denominator()).isEqualTo(1000.0);
	}

	@Test
	void theNoiseOfARobustLevelIsTheAreasOwnSpcSigmaOverTheNationalSpread() {
		MetricOutcome outcome = new MetricScorer(THRESHOLDS).score(ScoreFixtures.BED_DAYS, observations(0));
		double[] latest = new double[32];
		for (int a = 0; a < 32; a++) {
			latest[a] = value(a, a == 31 ? 22 : 23);
		}
		double[] window = new double[24];
		for (int t = 0; t < 24; t++) {
			window[t] = value(7, t);
		}

		assertThat(outcome.levelMethod()).isEqualTo("robust z");
		assertThat(outcome.areas().get(ScoreFixtures.code(7)).noise().levelZ())
			.isCloseTo(XmrLines.sigma(window) / Descriptive.mad(latest), within(1e-12));
	}

	@Test
	void handsOverTheFullSpcChartOfACoreMetricOnly() {
		List<SpcChart> charts = new ArrayList<>();
		new MetricScorer(THRESHOLDS).score(ScoreFixtures.ELECTIVE, observations(1000), charts::add);
		new MetricScorer(THRESHOLDS).score(ScoreFixtures.BED_DAYS, observations(0), charts::add);

		assertThat(charts).hasSize(33).allMatch(c -> c.metricId().equals("rtt_18wk"));
		SpcChart first = charts.get(0);
		assertThat(first.points()).hasSize(24);
		assertThat(first.points().get(0).period()).isEqualTo(Period.month(2017, 4));
		assertThat(first.points().get(0).centre()).isNotNull();
		assertThat(charts.get(32).points()).hasSize(22);
	}

	/** Area a at month t (0 = Apr 2017): 80 + 0.3a + slope·t ± 0.3. */
	private static double value(int a, int t) {
		return 80 + 0.3 * a + 0.05 * (a % 5 - 2) * t + (t % 2 == 0 ? 0.3 : -0.3);
	}

	private static List<StoredObservation> observations(double denominator) {
		List<StoredObservation> rows = new ArrayList<>();
		for (int a = 0; a < 33; a++) {
			for (StoredObservation o : ScoreFixtures.series(a, 80 + 0.3 * a, 0.05 * (a % 5 - 2), denominator)) {
				boolean afterLast = a == 31 && o.period().equals(MARCH)
						|| a == 32 && !o.period().start().isBefore(Period.month(2019, 2).start());
				if (!afterLast) {
					rows.add(o);
				}
			}
		}
		return rows;
	}

}
