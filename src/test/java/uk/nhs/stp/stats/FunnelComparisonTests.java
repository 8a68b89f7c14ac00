package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.stp.stats.StatsFixtures.assertClose;
import static uk.nhs.stp.stats.StatsFixtures.number;

import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import uk.nhs.stp.domain.Polarity;

/** Funnel comparison with over-dispersion (method §1, proportions) against {@code funnel.R}. */
class FunnelComparisonTests {

	private static final double TOLERANCE = 1e-9;

	/** For expected values of exactly 0 (τ² when φ ≤ 1, a limit clipped to 0). */
	private static final double ABSOLUTE_TOLERANCE = 1e-12;

	@Test
	void matchesRForEveryFixtureCase() {
		Map<String, List<CSVRecord>> inputs = StatsFixtures.byCase("funnel-input");
		Map<String, List<CSVRecord>> expected = StatsFixtures.byCase("funnel-expected");
		assertThat(expected.keySet()).containsExactlyElementsOf(inputs.keySet());
		for (Map.Entry<String, List<CSVRecord>> entry : inputs.entrySet()) {
			String name = entry.getKey();
			List<CSVRecord> input = entry.getValue();
			List<CSVRecord> want = expected.get(name);
			assertThat(want).as("%s rows", name).hasSameSizeAs(input);

			FunnelComparison.Result result = FunnelComparison.compare(StatsFixtures.column(input, "numerator"),
					StatsFixtures.column(input, "denominator"), Polarity.HIGHER_IS_BETTER);

			for (int i = 0; i < input.size(); i++) {
				CSVRecord row = want.get(i);
				String area = row.get("area");
				assertThat(input.get(i).get("area")).isEqualTo(area);
				assertClose(number(row, "theta0"), result.theta0(), TOLERANCE, 0, "%s theta0", name);
				assertClose(number(row, "phi"), result.phi(), TOLERANCE, 0, "%s phi", name);
				assertClose(number(row, "tau2"), result.tau2(), TOLERANCE, ABSOLUTE_TOLERANCE, "%s tau2", name);
				assertClose(number(row, "z"), result.z()[i], TOLERANCE, ABSOLUTE_TOLERANCE, "%s %s z", name, area);
				FunnelComparison.Limits limits = result.limits()[i];
				assertClose(number(row, "lower95"), limits.lower95(), TOLERANCE, ABSOLUTE_TOLERANCE, "%s %s lower95",
						name, area);
				assertClose(number(row, "upper95"), limits.upper95(), TOLERANCE, ABSOLUTE_TOLERANCE, "%s %s upper95",
						name, area);
				assertClose(number(row, "lower998"), limits.lower998(), TOLERANCE, ABSOLUTE_TOLERANCE,
						"%s %s lower998", name, area);
				assertClose(number(row, "upper998"), limits.upper998(), TOLERANCE, ABSOLUTE_TOLERANCE,
						"%s %s upper998", name, area);
				assertThat(result.outlier()[i]).as("%s %s outlier", name, area).isEqualTo(StatsFixtures.bool(row, "outlier"));
			}
		}
	}

	@Test
	void reportsTheFixtureCasesAsTheReadmeDescribes() {
		// Guards the fixture itself: overdispersed_44 has phi ~ 8.6 and two outliers,
		// underdispersed_44 has tau2 = 0, small_tiny flags only A08.
		Map<String, List<CSVRecord>> inputs = StatsFixtures.byCase("funnel-input");
		FunnelComparison.Result over = compare(inputs.get("overdispersed_44"));
		FunnelComparison.Result under = compare(inputs.get("underdispersed_44"));
		FunnelComparison.Result tiny = compare(inputs.get("small_tiny"));

		assertThat(over.phi()).isCloseTo(8.6, within(0.05));
		assertThat(count(over.outlier())).isEqualTo(2);
		assertThat(under.phi()).isLessThan(1);
		assertThat(under.tau2()).isZero();
		assertThat(tiny.outlier()).containsExactly(false, false, false, false, false, false, false, true, false);
	}

	@Test
	void clipsLimitsAtZeroAndOneForAFullProportion() {
		// small_tiny A04 is 2/2: p = 1, angle pi/2; sd = sqrt(1/(4*2) + tau2) is wide, so the lower
		// 99.8% angle is below 0 (limit 0) and both upper angles are above pi/2 (limit 1).
		// It sits on its upper limit, so it is not (strictly) an outlier.
		FunnelComparison.Result tiny = compare(StatsFixtures.byCase("funnel-input").get("small_tiny"));
		FunnelComparison.Limits a04 = tiny.limits()[3];

		assertThat(a04.lower998()).isZero();
		assertThat(a04.upper95()).isEqualTo(1);
		assertThat(a04.upper998()).isEqualTo(1);
		assertThat(tiny.outlier()[3]).isFalse();
	}

	@Test
	void usesRsNormalPoints() {
		// qnorm(0.975) = 1.959963984540054, qnorm(0.999) = 3.090232306167813 (R 4.2.2)
		assertThat(FunnelComparison.Z95).isCloseTo(1.959963984540054, within(1e-13));
		assertThat(FunnelComparison.Z998).isCloseTo(3.090232306167813, within(1e-13));
	}

	@Test
	void computesTargetAndUnadjustedScoresByHand() {
		// Two areas, 25/100 and 75/100: pooled p = 100/200 = 0.5, theta0 = asin(sqrt(0.5)) = pi/4.
		// s = 1/(2*sqrt(100)) = 0.05. Y1 = asin(0.5) = pi/6, Y2 = asin(sqrt(0.75)) = pi/3.
		// z0 = (pi/6 - pi/4)/0.05 = -pi/12/0.05 = -5.23599, and +5.23599.
		// With two values the 10% and 90% quantiles are -5.23599 + 0.1*10.47198 = -4.18879 and +4.18879,
		// so phi = 4.18879^2 = 17.5460 > 1 and tau2 = (2*phi - 1)/(sum w - sum w^2/sum w),
		// w = 1/0.0025 = 400: sum w - sum w^2/sum w = 800 - 320000/800 = 400.
		double z0 = (Math.PI / 6 - Math.PI / 4) / 0.05;
		double winsorised = 0.8 * Math.abs(z0);
		double phi = winsorised * winsorised;
		double tau2 = (2 * phi - 1) / 400;

		FunnelComparison.Result result = FunnelComparison.compare(new double[] { 25, 75 }, new double[] { 100, 100 },
				Polarity.HIGHER_IS_BETTER);

		assertThat(result.target()).isCloseTo(0.5, within(1e-15));
		assertThat(result.theta0()).isCloseTo(Math.PI / 4, within(1e-15));
		assertThat(result.phi()).isCloseTo(phi, within(1e-9));
		assertThat(result.tau2()).isCloseTo(tau2, within(1e-12));
		double z1 = (Math.PI / 6 - Math.PI / 4) / Math.sqrt(0.0025 + tau2);
		assertThat(result.z()).containsExactly(new double[] { z1, -z1 }, within(1e-9));
	}

	@Test
	void flipsTheScoreForLowerIsBetter() {
		List<CSVRecord> input = StatsFixtures.byCase("funnel-input").get("overdispersed_44");
		double[] numerators = StatsFixtures.column(input, "numerator");
		double[] denominators = StatsFixtures.column(input, "denominator");

		FunnelComparison.Result higher = FunnelComparison.compare(numerators, denominators, Polarity.HIGHER_IS_BETTER);
		FunnelComparison.Result lower = FunnelComparison.compare(numerators, denominators, Polarity.LOWER_IS_BETTER);

		for (int i = 0; i < numerators.length; i++) {
			assertThat(lower.z()[i]).isCloseTo(-higher.z()[i], within(1e-15));
			assertThat(lower.outlier()[i]).isEqualTo(higher.outlier()[i]);
			assertThat(lower.limits()[i]).isEqualTo(higher.limits()[i]);
		}
	}

	@Test
	void rejectsASingleArea() {
		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> FunnelComparison.compare(new double[] { 50 }, new double[] { 100 },
					Polarity.HIGHER_IS_BETTER))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
	}

	@Test
	void rejectsCountsThatAreNotAProportion() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> FunnelComparison
			.compare(new double[] { 120, 5 }, new double[] { 100, 10 }, Polarity.HIGHER_IS_BETTER));
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> FunnelComparison
			.compare(new double[] { 0, 5 }, new double[] { 0, 10 }, Polarity.HIGHER_IS_BETTER));
	}

	private static FunnelComparison.Result compare(List<CSVRecord> input) {
		return FunnelComparison.compare(StatsFixtures.column(input, "numerator"),
				StatsFixtures.column(input, "denominator"), Polarity.HIGHER_IS_BETTER);
	}

	private static int count(boolean[] flags) {
		int count = 0;
		for (boolean flag : flags) {
			count += flag ? 1 : 0;
		}
		return count;
	}


	@Test
	void theSamplingSdOnTheZScaleAndTheLimitLinesFollowFromSAndTau() {
		// s² = 1/(4n): n = 100 gives 0.0025; with τ² = 0.0025 the binomial share of the variance is a half
		assertThat(FunnelComparison.zSamplingSd(100, 0)).isEqualTo(1.0);
		assertThat(FunnelComparison.zSamplingSd(100, 0.0025)).isCloseTo(Math.sqrt(0.5), within(1e-15));
		double[] num = { 45, 60, 380, 700, 81 };
		double[] den = { 100, 100, 500, 1000, 90 };
		FunnelComparison.Result result = FunnelComparison.compare(num, den, uk.nhs.stp.domain.Polarity.HIGHER_IS_BETTER);
		for (int i = 0; i < num.length; i++) {
			assertThat(FunnelComparison.limit(result.theta0(), result.tau2(), den[i], FunnelComparison.Z95))
				.isCloseTo(result.limits()[i].upper95(), within(1e-15));
			assertThat(FunnelComparison.limit(result.theta0(), result.tau2(), den[i], -FunnelComparison.Z998))
				.isCloseTo(result.limits()[i].lower998(), within(1e-15));
		}
	}
}
