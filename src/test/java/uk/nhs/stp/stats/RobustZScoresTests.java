package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.stp.stats.StatsFixtures.assertClose;
import static uk.nhs.stp.stats.StatsFixtures.number;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import uk.nhs.stp.domain.Polarity;

/** Robust z-scores (method §1, "everything else") against {@code robust-z.R} and by hand. */
class RobustZScoresTests {

	private static final double TOLERANCE = 1e-9;

	/** For a z of exactly 0 (an area on the median). */
	private static final double ABSOLUTE_TOLERANCE = 1e-12;

	@Test
	void matchesRForEveryFixtureCase() {
		Map<String, List<CSVRecord>> inputs = StatsFixtures.byCase("robust-z-input");
		Map<String, List<CSVRecord>> expected = StatsFixtures.byCase("robust-z-expected");
		assertThat(expected.keySet()).containsExactlyElementsOf(inputs.keySet());
		for (Map.Entry<String, List<CSVRecord>> entry : inputs.entrySet()) {
			String name = entry.getKey();
			List<CSVRecord> input = entry.getValue();
			List<CSVRecord> want = expected.get(name);
			assertThat(want).as("%s rows", name).hasSameSizeAs(input);
			Polarity polarity = polarity(input);

			RobustZScores.Result result = RobustZScores.of(StatsFixtures.column(input, "value"), polarity);

			for (int i = 0; i < input.size(); i++) {
				String area = input.get(i).get("area");
				assertThat(want.get(i).get("area")).isEqualTo(area);
				assertClose(number(want.get(i), "median"), result.median(), TOLERANCE, 0, "%s median", name);
				assertClose(number(want.get(i), "mad"), result.mad(), TOLERANCE, 0, "%s mad", name);
				assertClose(number(want.get(i), "z"), result.z()[i], TOLERANCE, ABSOLUTE_TOLERANCE, "%s %s z", name,
						area);
			}
		}
	}

	@Test
	void matchesDescriptiveMedianAndMadOnEveryFixtureCase() {
		for (Map.Entry<String, List<CSVRecord>> entry : StatsFixtures.byCase("robust-z-input").entrySet()) {
			double[] values = StatsFixtures.column(entry.getValue(), "value");
			CSVRecord want = StatsFixtures.byCase("robust-z-expected").get(entry.getKey()).get(0);

			assertClose(number(want, "median"), Descriptive.median(values), TOLERANCE, 0, "%s median", entry.getKey());
			assertClose(number(want, "mad"), Descriptive.mad(values), TOLERANCE, 0, "%s mad", entry.getKey());
		}
	}

	@Test
	void appliesPolarityByHand() {
		// x = 1, 2, 3, 4, 100: median 3; |x - 3| = 2, 1, 0, 1, 97, median 1; MAD = 1.4826.
		double[] values = { 1, 2, 3, 4, 100 };

		RobustZScores.Result higher = RobustZScores.of(values, Polarity.HIGHER_IS_BETTER);
		RobustZScores.Result lower = RobustZScores.of(values, Polarity.LOWER_IS_BETTER);

		assertThat(higher.median()).isEqualTo(3);
		assertThat(higher.mad()).isCloseTo(1.4826, within(1e-15));
		// z for 1 is (1 - 3)/1.4826 = -1.34898; for 100 it is 97/1.4826 = 65.4256.
		assertThat(higher.z()).containsExactly(new double[] { -2 / 1.4826, -1 / 1.4826, 0, 1 / 1.4826, 97 / 1.4826 },
				within(1e-12));
		for (int i = 0; i < values.length; i++) {
			assertThat(lower.z()[i]).isCloseTo(-higher.z()[i], within(1e-15));
		}
	}

	@Test
	void rejectsAConstantMetricAsNoSpread() {
		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> RobustZScores.of(new double[] { 7, 7, 7, 7, 7 }, Polarity.HIGHER_IS_BETTER))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("no_spread"));
	}

	@Test
	void rejectsAMetricWhereHalfTheAreasShareOneValue() {
		// x = 1, 1, 1, 2, 5: median 1, |x - 1| = 0, 0, 0, 1, 4, median 0, so MAD = 0.
		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> RobustZScores.of(new double[] { 1, 1, 1, 2, 5 }, Polarity.LOWER_IS_BETTER))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("no_spread"));
	}

	@Test
	void rejectsASingleAreaBecauseItsMadIsZero() {
		// One value: median = the value, |x - median| = 0, MAD = 0.
		assertThat(Descriptive.mad(new double[] { 42 })).isZero();
		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> RobustZScores.of(new double[] { 42 }, Polarity.HIGHER_IS_BETTER))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("no_spread"));
	}

	@Test
	void rejectsNoAreas() {
		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> RobustZScores.of(new double[0], Polarity.HIGHER_IS_BETTER))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
	}

	private static Polarity polarity(List<CSVRecord> rows) {
		String code = rows.get(0).get("polarity");
		assertThat(rows).allSatisfy(r -> assertThat(r.get("polarity")).isEqualTo(code));
		return Polarity.valueOf(code.toUpperCase(Locale.ROOT));
	}

}
