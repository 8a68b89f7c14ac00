package uk.nhs.stp.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.MetricOutcome;

/**
 * The support focus in words (method §12): services and figures with their units, the England
 * median, the position and the direction a year, then the tier's monitoring and, for tiers 3–4,
 * the domains to focus support on.
 */
class SupportFocusTests {

	private static final Period MARCH = Period.month(2019, 3);

	private static final Map<Integer, String> MONITORING = Map.of(1, "core metrics only, quarterly", 3,
			"full metric set, monthly");

	@Test
	void writesAMetricAsTheIssueAsksWithItsUnitMedianPositionAndDirection() {
		MetricOutcome rtt = elective(metric(82.7, -1.8, -2.2, 0.01, false));

		assertThat(SupportFocus.phrase(rtt, rtt.areas().get("A")))
			.isEqualTo("elective waits 82.7% (England median 89.1%), in the bottom fifth, falling 2.2 points a year");
	}

	@Test
	void namesTheMetricsHoldingTheLevelBackMostNegativeFirstWithDomainsForTargetedSupport() {
		MetricOutcome rtt = elective(metric(82.7, -1.8, -2.2, 0.01, false));
		MetricOutcome beds = bedDays(lowerIsBetter(70.1, -0.6, 3.0, 0.001));

		AreaScore.Focus focus = SupportFocus.of("A", 3, List.of(beds, rtt), MONITORING);

		// weight × z: elective 1 × −1.8 = −1.8 before bed days 1.5 × −0.6 = −0.9; elective's pace is already named
		assertThat(focus.sentence()).isEqualTo("Holding its level back: elective waits 82.7% (England median 89.1%), in the "
				+ "bottom fifth, falling 2.2 points a year; emergency bed days 70.1 per 1,000 (England median 61.4 per "
				+ "1,000), in the worst fifth, rising 3.0 per 1,000 a year. Monitoring: full metric set, monthly. "
				+ "Focus of support: Elective care and Prevention.");
		assertThat(focus.domains()).containsExactly("Elective care", "Prevention");
	}

	@Test
	void aLightTouchAreaGetsItsMonitoringButNoFocusOfSupport() {
		MetricOutcome rtt = elective(metric(91.0, 0.8, 0.4, 0.01, false));
		MetricOutcome beds = bedDays(lowerIsBetter(55.0, 0.9, -1.0, 0.02));

		AreaScore.Focus focus = SupportFocus.of("A", 1, List.of(rtt, beds), MONITORING);

		assertThat(focus.sentence()).isEqualTo("No metric pulls its level or pace below typical. Monitoring: core metrics "
				+ "only, quarterly.");
		assertThat(focus.domains()).isEmpty();
	}

	@Test
	void aLateReturnIsDatedAndAnUnclearTrendSaysSo() {
		AreaMetric late = new AreaMetric(new AreaMetric.Level(82.7, -1.8, false),
				new AreaMetric.Trend(-0.44, -1.0, 0.2, -0.1, 0.3, 24), null, null, 23,
				new AreaMetric.Source(Period.month(2019, 2), true, null, null), AreaMetric.Noise.NONE);
		MetricOutcome rtt = elective(late);

		assertThat(SupportFocus.phrase(rtt, late)).isEqualTo("elective waits 82.7% (Feb 2019, a late return; England "
				+ "median 89.1%), in the bottom fifth, no clear change (\u22120.4 points a year)");
		AreaMetric flat = metric(88.0, -0.2, 0.01, 0.9, false);
		assertThat(SupportFocus.phrase(rtt, flat)).endsWith("below the median, no clear change");
	}

	@Test
	void forALowerIsBetterMetricTheWorstFifthIsTheHighestValues() {
		MetricOutcome beds = bedDays(lowerIsBetter(58.0, 0.4, -1.0, 0.01));
		AreaMetric high = lowerIsBetter(64.0, -0.4, 1.0, 0.01);

		assertThat(SupportFocus.phrase(beds, beds.areas().get("A"))).contains("better than the median, falling 1.0 per 1,000 a year");
		assertThat(SupportFocus.phrase(beds, high)).contains("(England median 61.4 per 1,000), worse than the median");
	}

	private static AreaMetric metric(double value, double z, double slope, double p, boolean late) {
		return new AreaMetric(new AreaMetric.Level(value, z, null),
				new AreaMetric.Trend(slope, slope - 1, slope + 1, slope / 4, p, 24), null, null, 24,
				new AreaMetric.Source(MARCH, late, null, null), AreaMetric.Noise.NONE);
	}

	/** Pace is −slope/spread when lower is better: a falling rate is improving. */
	private static AreaMetric lowerIsBetter(double value, double z, double slope, double p) {
		return new AreaMetric(new AreaMetric.Level(value, z, null),
				new AreaMetric.Trend(slope, slope - 1, slope + 1, -slope / 4, p, 24), null, null, 24,
				new AreaMetric.Source(MARCH, false, null, null), AreaMetric.Noise.NONE);
	}

	private static MetricOutcome elective(AreaMetric a) {
		return new MetricOutcome(ScoreFixtures.ELECTIVE, MARCH, "funnel", 4.0, null, Map.of("A", a), 24,
				new MetricOutcome.Comparison(89.1, 85.0, null, null, null));
	}

	private static MetricOutcome bedDays(AreaMetric a) {
		return new MetricOutcome(ScoreFixtures.BED_DAYS, MARCH, "robust z", 6.0, null, Map.of("A", a), 24,
				new MetricOutcome.Comparison(61.4, 68.6, null, null, null));
	}

}
