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

/**
 * Theil–Sen slope and Sen's interval (method §2) against {@code theil-sen-mk.R}, the worked
 * example of method.md and hand calculations.
 */
class TheilSenTests {

	/** Relative tolerance against R (Java reads the same input doubles). */
	private static final double TOLERANCE = 1e-9;

	/** Absolute floor, for expected values of exactly 0 (the constant and ties cases). */
	private static final double ABSOLUTE_TOLERANCE = 1e-12;

	@Test
	void matchesMethodWorkedExample() {
		// method.md §2: y at t = 1..12 gives b = 0.678333 per step.
		double[] t = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
		double[] y = { 52.1, 53.0, 52.4, 54.2, 55.0, 54.1, 56.3, 57.0, 56.2, 58.1, 58.4, 59.9 };

		TheilSen.Result result = TheilSen.estimate(t, y, FunnelComparison.Z95);

		// 66 pairwise slopes; the median is the mean of the 33rd and 34th ordered slopes,
		// (2/3 + 0.69)/2 = 0.678333 (2/3 is e.g. (55.0 - 53.0)/(5 - 2); 0.69 is (59.9 - 53.0)/(12 - 2)).
		assertThat(result.slope()).isCloseTo((2.0 / 3 + 0.69) / 2, within(1e-12));
		assertThat(result.slope()).isCloseTo(0.678333, within(5e-7));
		assertThat(result.points()).isEqualTo(12);
		// N = 66, C = 1.959964 * sqrt(212.667) = 28.58: ranks round(18.71) = 19 and round(48.29) = 48,
		// the 19th ordered slope is 0.6 and the 48th is 0.75.
		assertThat(result.lower()).isCloseTo(0.6, within(1e-12));
		assertThat(result.upper()).isCloseTo(0.75, within(1e-12));
	}

	@Test
	void matchesRForEveryFixtureCase() {
		Map<String, List<CSVRecord>> inputs = StatsFixtures.byCase("theil-sen-mk-input");
		List<CSVRecord> expected = StatsFixtures.load("theil-sen-mk-expected");
		assertThat(expected).extracting(r -> r.get("case")).containsExactlyElementsOf(inputs.keySet());
		for (CSVRecord row : expected) {
			String name = row.get("case");
			List<CSVRecord> series = inputs.get(name);
			double[] t = StatsFixtures.column(series, "t");
			double[] y = StatsFixtures.column(series, "y");

			TheilSen.Result result = TheilSen.estimate(t, y, FunnelComparison.Z95);

			assertThat(result.points()).as("%s n", name).isEqualTo(Integer.parseInt(row.get("n")));
			assertClose(number(row, "slope"), result.slope(), TOLERANCE, ABSOLUTE_TOLERANCE, "%s slope", name);
			assertThat(result.lower()).as("%s lower", name).isNotNull();
			assertThat(result.upper()).as("%s upper", name).isNotNull();
			assertClose(number(row, "lower"), result.lower(), TOLERANCE, ABSOLUTE_TOLERANCE, "%s lower", name);
			assertClose(number(row, "upper"), result.upper(), TOLERANCE, ABSOLUTE_TOLERANCE, "%s upper", name);
		}
	}

	@Test
	void isExactOnAStraightLine() {
		double[] t = { 2017.0, 2017.25, 2017.5, 2017.75, 2018.0, 2018.25 };
		double[] y = new double[t.length];
		for (int i = 0; i < t.length; i++) {
			y[i] = 40 + 3 * (t[i] - 2017);
		}

		TheilSen.Result result = TheilSen.estimate(t, y, FunnelComparison.Z95);

		assertThat(result.slope()).isCloseTo(3, within(1e-12));
	}

	@Test
	void ignoresOneBadPoint() {
		// A straight line of slope 2 with one wild value: 15 pairwise slopes, of which the 5 that
		// touch the bad point are wrong, so the median is still 2.
		double[] t = { 1, 2, 3, 4, 5, 6 };
		double[] y = { 2, 4, 6, 500, 10, 12 };

		assertThat(TheilSen.estimate(t, y, FunnelComparison.Z95).slope()).isEqualTo(2);
	}

	@Test
	void handlesTiesByHand() {
		// y = 1, 2, 2, 3 at t = 1..4. Pairwise slopes: (1,2) 1, (1,3) 1/2, (1,4) 2/3, (2,3) 0,
		// (2,4) 1/2, (3,4) 1. Sorted 0, 1/2, 1/2, 2/3, 1, 1; median (1/2 + 2/3)/2 = 7/12.
		TheilSen.Result result = TheilSen.estimate(new double[] { 1, 2, 3, 4 }, new double[] { 1, 2, 2, 3 },
				FunnelComparison.Z95);

		assertThat(result.slope()).isCloseTo(7.0 / 12, within(1e-15));
		// N = 6, Var S = 138/18 (one tie pair), C = 1.959964 * 2.7689 = 5.427:
		// ranks round(0.287) = 0 and round(6.713) = 7 both lie outside 1..6.
		assertThat(result.lower()).isNull();
		assertThat(result.upper()).isNull();
	}

	@Test
	void skipsPairsAtTheSameTime() {
		// Two readings at t = 2: the pair (2, 2) has no slope. Slopes: (1,2a) 2, (1,2b) 4,
		// (1,3) 3, (2a,3) 4, (2b,3) 2: sorted 2, 2, 3, 4, 4, median 3.
		TheilSen.Result result = TheilSen.estimate(new double[] { 1, 2, 2, 3 }, new double[] { 0, 2, 4, 6 },
				FunnelComparison.Z95);

		assertThat(result.slope()).isEqualTo(3);
	}

	@Test
	void leavesIntervalBoundsNullForVeryShortSeries() {
		// n = 3: N = 3, Var S = 3*2*11/18 = 3.667, C = 1.959964 * 1.915 = 3.753;
		// ranks round(-0.38) = 0 and round(4.38) = 4, outside 1..3.
		TheilSen.Result three = TheilSen.estimate(new double[] { 1, 2, 3 }, new double[] { 1, 3, 2 },
				FunnelComparison.Z95);
		// n = 2: N = 1, Var S = 1, C = 1.96; ranks round(-0.48) = 0 and round(2.48) = 2.
		TheilSen.Result two = TheilSen.estimate(new double[] { 1, 2 }, new double[] { 1, 3 }, FunnelComparison.Z95);

		assertThat(three.slope()).isEqualTo(0.5);
		assertThat(three.lower()).isNull();
		assertThat(three.upper()).isNull();
		assertThat(two.slope()).isEqualTo(2);
		assertThat(two.lower()).isNull();
		assertThat(two.upper()).isNull();
	}

	@Test
	void roundsRanksHalfToEvenAsR() {
		// With z = 0, C = 0: for n = 3, N = 3 slopes 1, 1.5, 2 (y = 0, 1, 3 at t = 1, 2, 3).
		// Ranks round(1.5) = 2 and round(2.5) = 2 with R's half-to-even rounding (half-up would
		// give 2 and 3, so an upper bound of 2).
		TheilSen.Result result = TheilSen.estimate(new double[] { 1, 2, 3 }, new double[] { 0, 1, 3 }, 0);

		assertThat(result.lower()).isEqualTo(1.5);
		assertThat(result.upper()).isEqualTo(1.5);
	}

	@Test
	void rejectsASeriesShorterThanTwo() {
		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> TheilSen.estimate(new double[] { 2017.5 }, new double[] { 3 }, FunnelComparison.Z95))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> TheilSen.estimate(new double[0], new double[0], FunnelComparison.Z95))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
	}

	@Test
	void rejectsPointsThatAreAllAtOneTime() {
		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> TheilSen.estimate(new double[] { 5, 5, 5 }, new double[] { 1, 2, 3 },
					FunnelComparison.Z95))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
	}

}
