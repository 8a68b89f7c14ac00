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

/** Mann–Kendall with tie correction (method §2) against {@code theil-sen-mk.R} and by hand. */
class MannKendallTests {

	private static final double TOLERANCE = 1e-9;

	/** p-values near 0 lose relative precision in 2(1 − Φ), so they get an absolute floor (README). */
	private static final double ABSOLUTE_TOLERANCE = 1e-12;

	@Test
	void matchesMethodWorkedExample() {
		// method.md §2: S = 56, Var S = 212.667, Z = 3.7715, p = 1.62e-4.
		// Var S = 12*11*29/18 = 3828/18 = 212.667 (no ties); Z = (56 - 1)/sqrt(212.667) = 3.7715.
		double[] y = { 52.1, 53.0, 52.4, 54.2, 55.0, 54.1, 56.3, 57.0, 56.2, 58.1, 58.4, 59.9 };

		MannKendall.Result result = MannKendall.test(y);

		assertThat(result.s()).isEqualTo(56);
		assertThat(result.varS()).isCloseTo(3828.0 / 18, within(1e-12));
		assertThat(result.z()).isCloseTo(55 / Math.sqrt(3828.0 / 18), within(1e-12));
		assertThat(result.z()).isCloseTo(3.7715, within(5e-5));
		assertThat(result.p()).isCloseTo(1.62e-4, within(5e-7));
	}

	@Test
	void matchesRForEveryFixtureCase() {
		Map<String, List<CSVRecord>> inputs = StatsFixtures.byCase("theil-sen-mk-input");
		List<CSVRecord> expected = StatsFixtures.load("theil-sen-mk-expected");
		assertThat(expected).extracting(r -> r.get("case")).containsExactlyElementsOf(inputs.keySet());
		for (CSVRecord row : expected) {
			String name = row.get("case");
			double[] y = StatsFixtures.column(inputs.get(name), "y");

			MannKendall.Result result = MannKendall.test(y);

			assertThat(result.s()).as("%s S", name).isEqualTo(Long.parseLong(row.get("s")));
			assertClose(number(row, "var_s"), result.varS(), TOLERANCE, ABSOLUTE_TOLERANCE, "%s Var S", name);
			assertClose(number(row, "z"), result.z(), TOLERANCE, ABSOLUTE_TOLERANCE, "%s Z", name);
			assertClose(number(row, "p"), result.p(), TOLERANCE, ABSOLUTE_TOLERANCE, "%s p", name);
		}
	}

	@Test
	void correctsVarianceForTiesByHand() {
		// y = 1, 2, 2, 3: signs (1,2) +, (1,3) +, (1,4) +, (2,3) 0, (2,4) +, (3,4) + so S = 5.
		// Var S = [4*3*13 - 2*1*9]/18 = (156 - 18)/18 = 138/18; Z = (5 - 1)/sqrt(138/18) = 1.44463;
		// p = 2(1 - pnorm(1.44463)) = 0.148562 (R: 0.14856177489186861).
		MannKendall.Result result = MannKendall.test(new double[] { 1, 2, 2, 3 });

		assertThat(result.s()).isEqualTo(5);
		assertThat(result.varS()).isCloseTo(138.0 / 18, within(1e-12));
		assertThat(result.z()).isCloseTo(1.4446302370292303, within(1e-12));
		assertThat(result.p()).isCloseTo(0.14856177489186861, within(1e-12));
	}

	@Test
	void correctsVarianceForSeveralTieGroups() {
		// y = 5, 5, 5, 7, 7, 9: groups of 3 and 2. n(n-1)(2n+5) = 6*5*17 = 510;
		// ties 3*2*11 + 2*1*9 = 66 + 18 = 84; Var S = 426/18.
		// S: the 5s each precede 7, 7, 9 (+3 each, 9), the 7s each precede 9 (+2); tied pairs 0: S = 11.
		MannKendall.Result result = MannKendall.test(new double[] { 5, 5, 5, 7, 7, 9 });

		assertThat(result.s()).isEqualTo(11);
		assertThat(result.varS()).isCloseTo(426.0 / 18, within(1e-12));
		assertThat(result.z()).isCloseTo(10 / Math.sqrt(426.0 / 18), within(1e-12));
	}

	@Test
	void definesZZeroAndPOneWhenEveryValueIsTied() {
		MannKendall.Result result = MannKendall.test(new double[] { 4, 4, 4, 4, 4 });

		assertThat(result.s()).isZero();
		assertThat(result.varS()).isZero();
		assertThat(result.z()).isZero();
		assertThat(result.p()).isEqualTo(1);
	}

	@Test
	void isSymmetricForAFallingSeries() {
		double[] rising = { 1, 3, 2, 5, 4, 6, 8 };
		double[] falling = new double[rising.length];
		for (int i = 0; i < rising.length; i++) {
			falling[i] = -rising[i];
		}

		MannKendall.Result up = MannKendall.test(rising);
		MannKendall.Result down = MannKendall.test(falling);

		assertThat(down.s()).isEqualTo(-up.s());
		assertThat(down.z()).isEqualTo(-up.z());
		assertThat(down.p()).isEqualTo(up.p());
	}

	@Test
	void rejectsASeriesShorterThanTwo() {
		assertThatExceptionOfType(StatisticsException.class).isThrownBy(() -> MannKendall.test(new double[] { 1 }))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
		assertThatExceptionOfType(StatisticsException.class).isThrownBy(() -> MannKendall.test(new double[0]))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
	}

}
