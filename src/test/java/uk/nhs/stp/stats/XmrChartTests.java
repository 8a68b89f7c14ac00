package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.stp.stats.SpcRule.COMMON_CAUSE;
import static uk.nhs.stp.stats.SpcRule.OUTSIDE_HIGH;
import static uk.nhs.stp.stats.SpcRule.OUTSIDE_LOW;
import static uk.nhs.stp.stats.SpcRule.SHIFT_HIGH;
import static uk.nhs.stp.stats.SpcRule.SHIFT_LOW;
import static uk.nhs.stp.stats.SpcRule.TREND_DOWN;
import static uk.nhs.stp.stats.SpcRule.TREND_UP;
import static uk.nhs.stp.stats.SpcRule.TWO_IN_THREE_HIGH;
import static uk.nhs.stp.stats.SpcRule.TWO_IN_THREE_LOW;

import java.util.Arrays;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.nhs.stp.domain.Polarity;
import uk.nhs.stp.stats.XmrChart.Assurance;
import uk.nhs.stp.stats.XmrChart.Variation;

/**
 * XmR charts as Making Data Count / NHSRplotthedots compute them (method §3), checked by hand.
 * <p>
 * Most rule tests use {@link #BASE}: 9, 11 repeated six times, as a 12-point baseline.
 * Its mean is 120/12 = 10 exactly; its 11 moving ranges are all 2, so AMR = 2 (no screening:
 * 2 &lt; 3.267 × 2). Limits 10 ± 2.66 × 2 = 4.68 and 15.32; near band 10 ± (2/3) × 5.32 =
 * 10 ± 3.5467, i.e. 6.4533 and 13.5467. In BASE the even indices are 9 (below the mean) and the
 * odd ones 11 (above), so index 11, the last, is 11.
 */
class XmrChartTests {

	private static final double TOLERANCE = 1e-12;

	private static final double[] BASE = { 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11 };

	@Test
	void computesMeanAmrLimitsAndNearBandByHand() {
		// y = 10, 12, 11, 13, 12: mean 58/5 = 11.6; moving ranges 2, 1, 2, 1, AMR 6/4 = 1.5
		// (none screened: 3.267 × 1.5 = 4.90). Limits 11.6 ± 2.66 × 1.5 = 11.6 ± 3.99 = 7.61, 15.59.
		// Near band 11.6 ± (2/3) × 3.99 = 11.6 ± 2.66 = 8.94, 14.26.
		XmrChart.Result result = XmrChart.of(new double[] { 10, 12, 11, 13, 12 }, 0);

		XmrChart.Limits limits = result.limits();
		assertThat(limits.mean()).isCloseTo(11.6, within(TOLERANCE));
		assertThat(limits.amr()).isCloseTo(1.5, within(TOLERANCE));
		assertThat(limits.lower()).isCloseTo(7.61, within(TOLERANCE));
		assertThat(limits.upper()).isCloseTo(15.59, within(TOLERANCE));
		assertThat(limits.nearLower()).isCloseTo(8.94, within(TOLERANCE));
		assertThat(limits.nearUpper()).isCloseTo(14.26, within(TOLERANCE));
		assertThat(result.labels()).containsOnly(COMMON_CAUSE);
	}

	@Test
	void usesTheExactTwoThirdsOf2Point66ForTheNearBand() {
		// (2/3) × 2.66 = 1.773333..., not a rounded 1.77 or 1.7733.
		XmrChart.Limits limits = XmrChart.of(BASE, 0).limits();

		assertThat(limits.amr()).isCloseTo(2, within(TOLERANCE));
		assertThat(limits.nearUpper() - limits.mean()).isCloseTo(2 * 2.66 * 2 / 3, within(TOLERANCE));
		assertThat(limits.mean() - limits.nearLower()).isCloseTo(1.7733333333333333 * 2, within(TOLERANCE));
	}

	@Test
	void screensOutAHugeMovingRangeOnce() {
		// y = 10, 11, 10, 11, 10, 11, 10, 11, 10, 15, 55: moving ranges eight 1s, then 5 and 40.
		// AMR = (8 + 5 + 40)/10 = 5.3; 3.267 × 5.3 = 17.32, so the 40 is dropped:
		// AMR = (8 + 5)/9 = 13/9 = 1.4444. Only once: a second pass (3.267 × 1.444 = 4.72) would
		// also drop the 5, giving 1, which the method does not do.
		// Mean = (5 × 10 + 4 × 11 + 15 + 55)/11 = 164/11 = 14.909.
		XmrChart.Result result = XmrChart.of(new double[] { 10, 11, 10, 11, 10, 11, 10, 11, 10, 15, 55 }, 0);

		assertThat(result.limits().amr()).isCloseTo(13.0 / 9, within(TOLERANCE));
		assertThat(result.limits().mean()).isCloseTo(164.0 / 11, within(TOLERANCE));
		assertThat(result.limits().upper()).isCloseTo(164.0 / 11 + 2.66 * 13 / 9, within(TOLERANCE));
		// 55 is far above 14.909 + 3.842 = 18.75
		assertThat(result.latest()).isEqualTo(OUTSIDE_HIGH);
	}

	@Test
	void flagsPointsStrictlyBeyondTheLimitsOnly() {
		// With BASE as baseline the limits are fixed; a point exactly on a limit is not outside,
		// the next double beyond it is.
		XmrChart.Limits limits = XmrChart.of(BASE, 0).limits();
		double[] y = append(BASE, limits.upper(), Math.nextUp(limits.upper()), limits.lower(),
				Math.nextDown(limits.lower()));

		XmrChart.Result result = XmrChart.of(y, 12);

		assertThat(result.limits()).isEqualTo(limits);
		assertThat(result.labels()[13]).isEqualTo(OUTSIDE_HIGH);
		assertThat(result.labels()[15]).isEqualTo(OUTSIDE_LOW);
		// On the limits: not outside; no other rule applies (the only all-above window, indices
		// 11-13, has one close point, 15.32; index 13 is outside, so not close).
		assertThat(result.labels()[12]).isEqualTo(COMMON_CAUSE);
		assertThat(result.labels()[14]).isEqualTo(COMMON_CAUSE);
		assertThat(Arrays.copyOf(result.labels(), 12)).containsOnly(COMMON_CAUSE);
	}

	@Test
	void flagsAllSevenPointsOfARisingTrend() {
		// y = 20, 26, 20, 26, 20, 21, 22, 23, 24, 25, 26, 20 (indices 0-11).
		// Sum 273, mean 22.75; moving ranges 6, 6, 6, 6, 1, 1, 1, 1, 1, 1, 6 = 36, AMR 36/11 = 3.273
		// (3.267 × 3.273 = 10.7: none screened). Limits 22.75 ± 8.705 = 14.04, 31.46;
		// near band 22.75 ± 5.804 = 16.95, 28.55: nothing outside or close.
		// Sides: - + - + - - - + + + + -: no run of 7. Indices 4-10 (20 up to 26) rise 7 times in a row.
		SpcRule[] labels = XmrChart.of(new double[] { 20, 26, 20, 26, 20, 21, 22, 23, 24, 25, 26, 20 }, 0).labels();

		assertThat(labels).containsExactly(COMMON_CAUSE, COMMON_CAUSE, COMMON_CAUSE, COMMON_CAUSE, TREND_UP, TREND_UP,
				TREND_UP, TREND_UP, TREND_UP, TREND_UP, TREND_UP, COMMON_CAUSE);
	}

	@Test
	void doesNotFlagSixRisingPoints() {
		// y = 20, 26, 20, 26, 20, 26, 21, 22, 23, 24, 25, 26, 20: 21 to 26 is only 6 rising points.
		// Sum 299, mean 23; moving ranges 6 × 5, 5, 1 × 5, 6 = 46, AMR 46/12 = 3.833. Limits 23 ± 10.20,
		// near band 23 ± 6.80 = 16.20, 29.80: nothing outside or close. The 23 sits on the mean;
		// no 7 on one side.
		SpcRule[] labels = XmrChart.of(new double[] { 20, 26, 20, 26, 20, 26, 21, 22, 23, 24, 25, 26, 20 }, 0)
			.labels();

		assertThat(labels).containsOnly(COMMON_CAUSE);
	}

	@Test
	void givesASharedPeakTheDirectionOfTheTrendToItsRight() {
		// y = 6, 1, 6, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1 (indices 0-15).
		// Sum 62, mean 3.875; moving ranges 5, 5, 5 then twelve 1s = 27, AMR 27/15 = 1.8
		// (3.267 × 1.8 = 5.88 keeps the 5s). Limits 3.875 ± 4.788 = -0.913, 8.663; near band
		// 3.875 ± 3.192 = 0.683, 7.067: nothing outside or close.
		// Indices 3-9 rise (1 to 7), indices 9-15 fall (7 to 1); index 9, the peak, is in both and
		// takes the falling trend to its right. (Indices 6-12 are also 7 above the mean, a shift,
		// but a trend comes first.)
		double[] y = { 6, 1, 6, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1 };

		SpcRule[] labels = XmrChart.of(y, 0).labels();

		assertThat(labels).containsExactly(COMMON_CAUSE, COMMON_CAUSE, COMMON_CAUSE, TREND_UP, TREND_UP, TREND_UP,
				TREND_UP, TREND_UP, TREND_UP, TREND_DOWN, TREND_DOWN, TREND_DOWN, TREND_DOWN, TREND_DOWN, TREND_DOWN,
				TREND_DOWN);
	}

	@Test
	void givesASharedTroughTheDirectionOfTheTrendToItsRight() {
		// The mirror image of the peak case: -y has a trough at index 9 that takes the rise to its right.
		double[] y = DoubleStream.of(6, 1, 6, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1).map(v -> -v).toArray();

		SpcRule[] labels = XmrChart.of(y, 0).labels();

		assertThat(labels).containsExactly(COMMON_CAUSE, COMMON_CAUSE, COMMON_CAUSE, TREND_DOWN, TREND_DOWN, TREND_DOWN,
				TREND_DOWN, TREND_DOWN, TREND_DOWN, TREND_UP, TREND_UP, TREND_UP, TREND_UP, TREND_UP, TREND_UP,
				TREND_UP);
	}

	@Test
	void flagsOnlyTheCloseOnesInTwoInThree() {
		// BASE then 14, 11, 14, 9 (indices 12-15), limits from BASE. 14 is close (above 13.5467,
		// not above 15.32); 11 is above the mean but not close. Window 12-14 is all above the mean
		// with two close points: indices 12 and 14 are flagged, 13 is not.
		SpcRule[] labels = XmrChart.of(append(BASE, 14, 11, 14, 9), 12).labels();

		assertThat(Arrays.copyOfRange(labels, 12, 16)).containsExactly(TWO_IN_THREE_HIGH, COMMON_CAUSE,
				TWO_IN_THREE_HIGH, COMMON_CAUSE);
		assertThat(Arrays.copyOf(labels, 12)).containsOnly(COMMON_CAUSE);
	}

	@Test
	void flagsTwoInThreeLowByTheLowerNearLimit() {
		// BASE then 6, 9, 6, 11: 6 is below 6.4533 but not below 4.68, so close; 12-14 all below.
		SpcRule[] labels = XmrChart.of(append(BASE, 6, 9, 6, 11), 12).labels();

		assertThat(Arrays.copyOfRange(labels, 12, 16)).containsExactly(TWO_IN_THREE_LOW, COMMON_CAUSE,
				TWO_IN_THREE_LOW, COMMON_CAUSE);
	}

	@Test
	void needsAllThreeOnOneSideForTwoInThree() {
		// BASE then 14, 9, 14, 11: every window of three crosses the mean, so the two close 14s
		// are not flagged.
		SpcRule[] labels = XmrChart.of(append(BASE, 14, 9, 14, 11), 12).labels();

		assertThat(labels).containsOnly(COMMON_CAUSE);
	}

	@Test
	void flagsAShiftOfSevenOnOneSide() {
		// BASE ends with 11 (index 11, above 10); then 12, 11, 12, 11, 12, 11 (indices 12-17):
		// indices 11-17 are 7 points above the mean, none close, no trend.
		SpcRule[] high = XmrChart.of(append(BASE, 12, 11, 12, 11, 12, 11), 12).labels();
		// BASE then 8, 9, 8, 9, 8, 9, 8: indices 12-18 are 7 below.
		SpcRule[] low = XmrChart.of(append(BASE, 8, 9, 8, 9, 8, 9, 8), 12).labels();

		assertThat(Arrays.copyOf(high, 11)).containsOnly(COMMON_CAUSE);
		assertThat(Arrays.copyOfRange(high, 11, 18)).containsOnly(SHIFT_HIGH);
		assertThat(Arrays.copyOf(low, 12)).containsOnly(COMMON_CAUSE);
		assertThat(Arrays.copyOfRange(low, 12, 19)).containsOnly(SHIFT_LOW);
	}

	@Test
	void doesNotFlagSixOnOneSide() {
		// As above without the last point: indices 11-16 are only 6 above.
		SpcRule[] labels = XmrChart.of(append(BASE, 12, 11, 12, 11, 12), 12).labels();

		assertThat(labels).containsOnly(COMMON_CAUSE);
	}

	@Test
	void breaksARunWithAPointExactlyOnTheMean() {
		// BASE then 12, 11, 10, 12, 11, 12, 11: the 10 at index 14 is exactly on the mean (10), so
		// the runs above are 11-13 (3) and 15-18 (4), not 8.
		SpcRule[] broken = XmrChart.of(append(BASE, 12, 11, 10, 12, 11, 12, 11), 12).labels();
		// The same with 12 in place of the 10: one run of 8 above, all flagged.
		SpcRule[] unbroken = XmrChart.of(append(BASE, 12, 11, 12, 12, 11, 12, 11), 12).labels();

		assertThat(broken).containsOnly(COMMON_CAUSE);
		assertThat(Arrays.copyOfRange(unbroken, 11, 19)).containsOnly(SHIFT_HIGH);
	}

	@Test
	void appliesRulesInPrecedenceOrderOutsideTrendTwoInThreeShift() {
		// BASE then 12, 13, 14, 15, 16, 17 (indices 12-17). From index 10 (9) to 17 every point
		// rises: a trend of 8. 16 and 17 are above 15.32: outside beats trend. 14 and 15 are close
		// (two in three) and indices 11-17 are 7 above the mean (a shift), but trend beats both.
		SpcRule[] labels = XmrChart.of(append(BASE, 12, 13, 14, 15, 16, 17), 12).labels();

		assertThat(Arrays.copyOf(labels, 10)).containsOnly(COMMON_CAUSE);
		assertThat(Arrays.copyOfRange(labels, 10, 16)).containsOnly(TREND_UP);
		assertThat(Arrays.copyOfRange(labels, 16, 18)).containsOnly(OUTSIDE_HIGH);
	}

	@Test
	void appliesTwoInThreeBeforeShift() {
		// BASE then 12, 14, 12, 14, 12, 12: indices 11-17 are 7 above the mean (shift). Window
		// 13-15 (14, 12, 14) has two close points: 13 and 15 are two-in-three, the rest shift.
		SpcRule[] labels = XmrChart.of(append(BASE, 12, 14, 12, 14, 12, 12), 12).labels();

		assertThat(Arrays.copyOfRange(labels, 11, 18)).containsExactly(SHIFT_HIGH, SHIFT_HIGH, TWO_IN_THREE_HIGH,
				SHIFT_HIGH, TWO_IN_THREE_HIGH, SHIFT_HIGH, SHIFT_HIGH);
	}

	@Test
	void labelsAConstantSeriesCommonCause() {
		// Every moving range is 0, so AMR = 0 and the limits collapse onto the mean; no point is
		// strictly beyond them and every point is on the mean.
		XmrChart.Result result = XmrChart.of(new double[] { 5, 5, 5, 5, 5, 5, 5, 5 }, 0);

		assertThat(result.limits().amr()).isZero();
		assertThat(result.labels()).containsOnly(COMMON_CAUSE);
	}

	@ParameterizedTest(name = "{0}: {1} when higher is better, {2} when lower is better")
	@CsvSource(textBlock = """
			OUTSIDE_HIGH,      IMPROVEMENT,  CONCERN
			OUTSIDE_LOW,       CONCERN,      IMPROVEMENT
			TREND_UP,          IMPROVEMENT,  CONCERN
			TREND_DOWN,        CONCERN,      IMPROVEMENT
			TWO_IN_THREE_HIGH, IMPROVEMENT,  CONCERN
			TWO_IN_THREE_LOW,  CONCERN,      IMPROVEMENT
			SHIFT_HIGH,        IMPROVEMENT,  CONCERN
			SHIFT_LOW,         CONCERN,      IMPROVEMENT
			COMMON_CAUSE,      COMMON_CAUSE, COMMON_CAUSE
			""")
	void readsVariationByPolarity(SpcRule rule, Variation higherIsBetter, Variation lowerIsBetter) {
		assertThat(XmrChart.variation(rule, Polarity.HIGHER_IS_BETTER)).isEqualTo(higherIsBetter);
		assertThat(XmrChart.variation(rule, Polarity.LOWER_IS_BETTER)).isEqualTo(lowerIsBetter);
	}

	@Test
	void givesTheVariationOfTheLatestPoint() {
		XmrChart.Result result = XmrChart.of(append(BASE, 12, 13, 14, 15, 16, 17), 12);

		assertThat(result.latest()).isEqualTo(OUTSIDE_HIGH);
		assertThat(XmrChart.variation(result.latest(), Polarity.LOWER_IS_BETTER)).isEqualTo(Variation.CONCERN);
		assertThat(XmrChart.variation(result.latest(), Polarity.LOWER_IS_BETTER).words())
			.isEqualTo("special cause concern");
	}

	@ParameterizedTest(name = "target {0}: {1} when higher is better, {2} when lower is better")
	@CsvSource(textBlock = """
			16,    CONSISTENTLY_FAILING, CONSISTENTLY_PASSING
			4,     CONSISTENTLY_PASSING, CONSISTENTLY_FAILING
			10,    HIT_AND_MISS,         HIT_AND_MISS
			15.32, HIT_AND_MISS,         HIT_AND_MISS
			4.68,  HIT_AND_MISS,         HIT_AND_MISS
			""")
	void readsAssuranceAgainstATarget(double target, Assurance higherIsBetter, Assurance lowerIsBetter) {
		// Limits 4.68 to 15.32: a higher-is-better target above the upper limit can never be met
		// by common-cause variation (failing), one below the lower limit always is (passing);
		// a target on a limit is not beyond it.
		XmrChart.Limits limits = new XmrChart.Limits(10, 2, 4.68, 15.32, 10 - 3.5466666666666666,
				10 + 3.5466666666666666);

		assertThat(XmrChart.assurance(limits, target, Polarity.HIGHER_IS_BETTER)).isEqualTo(higherIsBetter);
		assertThat(XmrChart.assurance(limits, target, Polarity.LOWER_IS_BETTER)).isEqualTo(lowerIsBetter);
	}

	@Test
	void warnsAboutSeriesShorterThanThirteenPoints() {
		assertThat(XmrChart.of(BASE, 0).shortSeries()).isTrue();
		assertThat(XmrChart.of(append(BASE, 10), 0).shortSeries()).isFalse();
		assertThat(XmrChart.of(new double[] { 1, 2 }, 0).shortSeries()).isTrue();
	}

	@Test
	void setsTheCentreLineAndLimitsFromTheBaselineOnly() {
		// BASE then 20, 20, 20: with baseline 12 the mean stays 10 and AMR 2. With every point the
		// mean is (120 + 60)/15 = 12 and the moving ranges are eleven 2s, 9, 0, 0: AMR (22 + 9)/14 =
		// 2.214, and 9 >= 3.267 × 2.214 = 7.23 is screened out, leaving AMR 22/13 = 1.692.
		double[] y = append(BASE, 20, 20, 20);

		XmrChart.Result withBaseline = XmrChart.of(y, 12);
		XmrChart.Result withAll = XmrChart.of(y, 0);

		assertThat(withBaseline.limits()).isEqualTo(XmrChart.of(BASE, 0).limits());
		assertThat(withBaseline.limits().mean()).isEqualTo(10);
		assertThat(withBaseline.limits().amr()).isEqualTo(2);
		assertThat(withAll.limits().mean()).isCloseTo(12, within(TOLERANCE));
		assertThat(withAll.limits().amr()).isCloseTo(22.0 / 13, within(TOLERANCE));
		assertThat(XmrChart.of(y, y.length).limits()).isEqualTo(withAll.limits());
		assertThat(XmrChart.of(y, 100).limits()).isEqualTo(withAll.limits());
		// The later points are judged against the baseline limits: 20 > 15.32.
		assertThat(Arrays.copyOfRange(withBaseline.labels(), 12, 15)).containsOnly(OUTSIDE_HIGH);
	}

	@Test
	void rejectsFewerThanTwoPoints() {
		assertThatExceptionOfType(StatisticsException.class).isThrownBy(() -> XmrChart.of(new double[] { 3 }, 0))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
	}

	private static double[] append(double[] head, double... tail) {
		return DoubleStream.concat(Arrays.stream(head), Arrays.stream(tail)).toArray();
	}

	@org.junit.jupiter.api.Test
	void aRebaseStartsNewLimitsFromItsOwnPoints() {
		// First segment 10, 12, 10, 12; second 20, 22, 20, 22, 21, 22, 20 (mean 147/7 = 21, moving
		// ranges 2, 2, 2, 1, 1, 2, AMR 10/6). Without the rebase the seven later points all sit above
		// the whole series' mean (16.8) and make a shift; rebased, 21 is on its own mean, which breaks
		// any run, and nothing passes the near band 21 +- (2/3)(2.66)(10/6) = 21 +- 2.96.
		double[] y = { 10, 12, 10, 12, 20, 22, 20, 22, 21, 22, 20 };
		XmrChart.Result plain = XmrChart.of(y, 0);
		XmrChart.Result rebased = XmrChart.of(y, 0, new int[] { 4 });
		org.assertj.core.api.Assertions.assertThat(plain.latest()).isEqualTo(SpcRule.SHIFT_HIGH);
		org.assertj.core.api.Assertions.assertThat(rebased.limits().mean()).isEqualTo(21.0, org.assertj.core.data.Offset.offset(1e-12));
		org.assertj.core.api.Assertions.assertThat(rebased.limits().amr()).isEqualTo(10.0 / 6, org.assertj.core.data.Offset.offset(1e-12));
		org.assertj.core.api.Assertions.assertThat(rebased.limits().upper()).isEqualTo(21 + 2.66 * 10 / 6, org.assertj.core.data.Offset.offset(1e-12));
		org.assertj.core.api.Assertions.assertThat(rebased.labels()).containsOnly(SpcRule.COMMON_CAUSE);
		org.assertj.core.api.Assertions.assertThat(rebased.shortSeries()).isTrue();
	}


	@Test
	void sigmaIsTheScreenedAverageMovingRangeOverD2() {
		// moving ranges 2, 1, 2: mean 5/3, none at or above 3.267 × 5/3, so σ̂ = (5/3)/1.128
		assertThat(XmrLines.sigma(new double[] { 1, 3, 2, 4 })).isCloseTo(5.0 / 3 / 1.128, org.assertj.core.api.Assertions.within(1e-15));
		// one jump of 30 among ranges of 1 is screened out: ranges 1,1,30,1,1 mean 6.8, 30 ≥ 22.2 → σ̂ = 1/1.128
		assertThat(XmrLines.sigma(new double[] { 0, 1, 2, 32, 33, 34 })).isCloseTo(1 / 1.128, org.assertj.core.api.Assertions.within(1e-15));
	}

	@Test
	void theLinesInForceStepAtARebase() {
		double[] y = { 10, 11, 10, 12, 11, 20, 21, 22, 20, 21 };
		XmrChart.Limits[] lines = XmrLines.lines(y, 0, new int[] { 5 });
		XmrChart.Limits before = XmrChart.of(java.util.Arrays.copyOfRange(y, 0, 5), 0).limits();
		XmrChart.Limits after = XmrChart.of(java.util.Arrays.copyOfRange(y, 5, 10), 0).limits();

		assertThat(lines[0]).isEqualTo(before);
		assertThat(lines[4]).isEqualTo(before);
		assertThat(lines[5]).isEqualTo(after);
		assertThat(lines[5].mean()).isEqualTo(20.8);
		// a segment of one point has no lines
		assertThat(XmrLines.lines(y, 0, new int[] { 9 })[9]).isNull();
	}
}
