package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.stp.stats.StatsFixtures.assertClose;
import static uk.nhs.stp.stats.StatsFixtures.number;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

/**
 * Pace against circumstances (method §4–5) against {@code ols.R} ({@code lm}, {@code summary.lm},
 * {@code hatvalues}, {@code rstudent}), plus leverage, collinearity and size edge cases.
 */
class CircumstanceRegressionTests {

	private static final double TOLERANCE = 1e-9;

	/** For p-values near 0, where 2(1 − cdf) loses relative precision (fixture README). */
	private static final double P_ABSOLUTE_TOLERANCE = 1e-12;

	private static final String[] CIRCUMSTANCES = { "relationship", "population", "geography", "flow" };

	private static final String[] TERMS = { "(Intercept)", "relationship_z", "population_z", "geography_z", "flow_z" };

	@Test
	void standardisesCircumstancesAsRScale() {
		Map<String, List<CSVRecord>> expected = StatsFixtures.byCase("ols-expected-areas");
		StatsFixtures.byCase("ols-input").forEach((name, input) -> {
			double[][] z = standardised(input);
			List<CSVRecord> want = expected.get(name);
			for (int i = 0; i < input.size(); i++) {
				for (int k = 0; k < CIRCUMSTANCES.length; k++) {
					assertClose(number(want.get(i), CIRCUMSTANCES[k] + "_z"), z[i][k], TOLERANCE, 1e-12, "%s %s %s_z",
							name, want.get(i).get("area"), CIRCUMSTANCES[k]);
				}
			}
		});
	}

	@Test
	void matchesRAreaFitsForEveryFixtureCase() {
		Map<String, List<CSVRecord>> inputs = StatsFixtures.byCase("ols-input");
		Map<String, List<CSVRecord>> expected = StatsFixtures.byCase("ols-expected-areas");
		assertThat(expected.keySet()).containsExactlyElementsOf(inputs.keySet());
		inputs.forEach((name, input) -> {
			CircumstanceRegression.RegressionFit fit = fit(input);
			List<CSVRecord> want = expected.get(name);
			assertThat(fit.areas()).as("%s areas", name).hasSameSizeAs(want);
			for (int i = 0; i < want.size(); i++) {
				CSVRecord row = want.get(i);
				String area = row.get("area");
				assertThat(input.get(i).get("area")).isEqualTo(area);
				CircumstanceRegression.AreaFit got = fit.areas()[i];
				assertClose(number(row, "fitted"), got.fitted(), TOLERANCE, 1e-12, "%s %s fitted", name, area);
				assertClose(number(row, "residual"), got.residual(), TOLERANCE, 1e-12, "%s %s residual", name, area);
				assertClose(number(row, "hat"), got.leverage(), TOLERANCE, 0, "%s %s hat", name, area);
				assertThat(got.looExpected()).as("%s %s loo_expected", name, area).isNotNull();
				assertThat(got.looResidual()).as("%s %s loo_residual", name, area).isNotNull();
				assertThat(got.studentised()).as("%s %s rstudent", name, area).isNotNull();
				assertClose(number(row, "loo_expected"), got.looExpected(), TOLERANCE, 1e-12, "%s %s loo_expected",
						name, area);
				assertClose(number(row, "loo_residual"), got.looResidual(), TOLERANCE, 1e-12, "%s %s loo_residual",
						name, area);
				assertClose(number(row, "rstudent"), got.studentised(), TOLERANCE, 1e-12, "%s %s rstudent", name, area);
			}
		});
	}

	@Test
	void matchesRCoefficientTableForEveryFixtureCase() {
		Map<String, List<CSVRecord>> inputs = StatsFixtures.byCase("ols-input");
		Map<String, List<CSVRecord>> expected = StatsFixtures.byCase("ols-expected-model");
		assertThat(expected.keySet()).containsExactlyElementsOf(inputs.keySet());
		inputs.forEach((name, input) -> {
			CircumstanceRegression.Coefficient[] coefficients = fit(input).coefficients();
			List<CSVRecord> want = expected.get(name);
			assertThat(want).extracting(r -> r.get("term")).containsExactly(TERMS);
			assertThat(coefficients).hasSize(TERMS.length);
			for (int j = 0; j < TERMS.length; j++) {
				CSVRecord row = want.get(j);
				CircumstanceRegression.Coefficient got = coefficients[j];
				assertClose(number(row, "estimate"), got.estimate(), TOLERANCE, 0, "%s %s estimate", name, TERMS[j]);
				assertClose(number(row, "se"), got.se(), TOLERANCE, 0, "%s %s se", name, TERMS[j]);
				assertClose(number(row, "t"), got.t(), TOLERANCE, 0, "%s %s t", name, TERMS[j]);
				assertClose(number(row, "p"), got.p(), TOLERANCE, P_ABSOLUTE_TOLERANCE, "%s %s p", name, TERMS[j]);
			}
		});
	}

	@Test
	void matchesRFitQualityForEveryFixtureCase() {
		Map<String, List<CSVRecord>> inputs = StatsFixtures.byCase("ols-input");
		List<CSVRecord> expected = StatsFixtures.load("ols-expected-fit");
		assertThat(expected).extracting(r -> r.get("case")).containsExactlyElementsOf(inputs.keySet());
		for (CSVRecord row : expected) {
			String name = row.get("case");
			CircumstanceRegression.RegressionFit fit = fit(inputs.get(name));

			assertThat(fit.n()).as("%s n", name).isEqualTo(Integer.parseInt(row.get("n")));
			assertThat(fit.dfResidual()).as("%s df_resid", name).isEqualTo(Integer.parseInt(row.get("df_resid")));
			assertThat(fit.verdictDf()).as("%s verdict df", name).isEqualTo(fit.dfResidual() - 1);
			assertClose(number(row, "r2"), fit.r2(), TOLERANCE, 0, "%s r2", name);
			assertClose(number(row, "adj_r2"), fit.adjustedR2(), TOLERANCE, 0, "%s adj_r2", name);
			assertClose(number(row, "sigma"), fit.sigma(), TOLERANCE, 0, "%s sigma", name);
			assertThat(fit.press()).as("%s press", name).isNotNull();
			assertThat(fit.looR2()).as("%s loo_r2", name).isNotNull();
			assertClose(number(row, "press"), fit.press(), TOLERANCE, 0, "%s press", name);
			assertClose(number(row, "loo_r2"), fit.looR2(), TOLERANCE, 0, "%s loo_r2", name);
		}
	}

	@Test
	void matchesRCriticalValuesForTheVerdict() {
		Map<String, List<CSVRecord>> inputs = StatsFixtures.byCase("ols-input");
		for (CSVRecord row : StatsFixtures.load("ols-expected-fit")) {
			String name = row.get("case");
			int df = fit(inputs.get(name)).verdictDf();
			assertThat(df).isEqualTo(Integer.parseInt(row.get("df_resid")) - 1);

			assertClose(number(row, "t975"), Verdict.criticalValue(df, 0.95), TOLERANCE, 0, "%s t975", name);
			assertClose(number(row, "t999"), Verdict.criticalValue(df, 0.998), TOLERANCE, 0, "%s t999", name);
		}
	}

	@Test
	void keepsLooValuesFiniteForTheHighLeverageFixtureArea() {
		// ols.R's high_leverage case: A44 has extreme circumstances, hat 0.596 and rstudent 5.52,
		// which passes t999 = 3.319 (39 - 1 = 38 df), so it is "faster ... (strong evidence)".
		List<CSVRecord> input = StatsFixtures.byCase("ols-input").get("high_leverage");
		CircumstanceRegression.RegressionFit fit = fit(input);
		CircumstanceRegression.AreaFit a44 = fit.areas()[43];
		assertThat(input.get(43).get("area")).isEqualTo("A44");

		assertThat(a44.leverage()).isGreaterThan(0.5);
		assertThat(a44.looExpected()).isNotNull().isFinite();
		assertThat(a44.studentised()).isNotNull().isCloseTo(5.52, within(0.005));
		Verdict.Judgement judgement = Verdict.judge(a44.studentised(), fit.verdictDf(), 0.95, 0.998);
		assertThat(judgement.verdict()).isEqualTo(Verdict.FASTER);
		assertThat(judgement.strongEvidence()).isTrue();
	}

	@Test
	void matchesABruteForceLeaveOneOutRefitAtLeverageNearOne() {
		// One area far out on circumstance 1 (x = 40 where the others lie in -1..1) has leverage
		// close to, but below, 1. Its loo values must still be finite and equal a refit without it.
		double[][] x = new double[12][];
		double[] y = new double[12];
		for (int i = 0; i < 12; i++) {
			double c1 = i == 0 ? 40 : Math.sin(i);
			double c2 = Math.cos(3 * i);
			x[i] = new double[] { c1, c2 };
			y[i] = 0.2 + 0.1 * c1 - 0.05 * c2 + 0.03 * Math.sin(7 * i);
		}

		CircumstanceRegression.RegressionFit fit = CircumstanceRegression.fit(x, y);

		CircumstanceRegression.AreaFit extreme = fit.areas()[0];
		assertThat(extreme.leverage()).isGreaterThan(0.99).isLessThan(1);
		for (int i = 0; i < 12; i++) {
			CircumstanceRegression.AreaFit area = fit.areas()[i];
			double[] refit = refitWithout(x, y, i);
			assertThat(area.looExpected()).as("area %d loo expected", i).isNotNull().isFinite();
			assertThat(area.looExpected()).as("area %d loo expected", i).isCloseTo(refit[0], within(1e-9));
			assertThat(area.looResidual()).as("area %d loo residual", i).isCloseTo(y[i] - refit[0], within(1e-9));
			// t_i = e_i/(s_(i) sqrt(1 - h_ii)), s_(i) the residual standard error of the refit
			double expectedStudentised = area.residual() / (refit[1] * Math.sqrt(1 - area.leverage()));
			assertThat(area.studentised()).as("area %d studentised", i).isNotNull()
				.isCloseTo(expectedStudentised, within(1e-6 * Math.max(1, Math.abs(expectedStudentised))));
		}
		assertThat(fit.press()).isNotNull().isFinite();
		assertThat(fit.looR2()).isNotNull().isFinite();
	}

	@Test
	void leavesLooValuesNullAtLeverageOne() {
		// Circumstance 2 is a dummy that is non-zero for area 0 alone, so the model fits area 0
		// exactly whatever its pace: h_00 = 1, e_0 = 0, and it has no leave-one-out expectation.
		double[][] x = new double[10][];
		double[] y = new double[10];
		for (int i = 0; i < 10; i++) {
			x[i] = new double[] { Math.sin(i + 1), i == 0 ? 1 : 0 };
			y[i] = 0.1 + 0.2 * x[i][0] + 0.02 * Math.cos(5 * i);
		}

		CircumstanceRegression.RegressionFit fit = CircumstanceRegression.fit(x, y);

		CircumstanceRegression.AreaFit dummy = fit.areas()[0];
		assertThat(dummy.leverage()).isCloseTo(1, within(1e-9));
		assertThat(dummy.residual()).isCloseTo(0, within(1e-12));
		assertThat(dummy.looExpected()).isNull();
		assertThat(dummy.looResidual()).isNull();
		assertThat(dummy.studentised()).isNull();
		assertThat(fit.press()).isNull();
		assertThat(fit.looR2()).isNull();
		for (int i = 1; i < 10; i++) {
			CircumstanceRegression.AreaFit area = fit.areas()[i];
			assertThat(area.leverage()).as("area %d", i).isLessThan(1);
			assertThat(area.looExpected()).as("area %d", i).isNotNull().isFinite();
			assertThat(area.studentised()).as("area %d", i).isNotNull().isFinite();
		}
	}

	@Test
	void rejectsCollinearCircumstances() {
		// Column 4 = 2 * column 1 + column 2 exactly.
		double[][] x = new double[12][];
		double[] y = new double[12];
		for (int i = 0; i < 12; i++) {
			double c1 = i - 5;
			double c2 = (i * i) % 7;
			double c3 = Math.sin(i);
			x[i] = new double[] { c1, c2, c3, c1 * 2 + c2 };
			y[i] = 0.1 * c1 + 0.05 * c3 + 0.01 * Math.cos(i);
		}

		assertThatExceptionOfType(StatisticsException.class).isThrownBy(() -> CircumstanceRegression.fit(x, y))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("collinear"));
	}

	@Test
	void rejectsCollinearStandardisedCircumstances() {
		// The same after standardising each column: z4 is still a combination of z1, z2 and the intercept.
		List<CSVRecord> input = StatsFixtures.byCase("ols-input").get("small_12");
		double[] relationship = StatsFixtures.column(input, "relationship");
		double[] population = StatsFixtures.column(input, "population");
		double[] combined = new double[relationship.length];
		for (int i = 0; i < combined.length; i++) {
			combined[i] = relationship[i] * 2 + population[i];
		}
		double[][] z = columnsToRows(Standardisation.zScores(relationship, "relationship"),
				Standardisation.zScores(population, "population"),
				Standardisation.zScores(StatsFixtures.column(input, "geography"), "geography"),
				Standardisation.zScores(combined, "combined"));

		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> CircumstanceRegression.fit(z, StatsFixtures.column(input, "pace")))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("collinear"));
	}

	@Test
	void rejectsTooFewAreas() {
		// 4 circumstances + intercept = 5 parameters; the model needs at least 7 areas.
		List<CSVRecord> input = StatsFixtures.byCase("ols-input").get("small_12").subList(0, 6);
		double[][] z = standardised(input);
		double[] pace = StatsFixtures.column(input, "pace");

		assertThatExceptionOfType(StatisticsException.class).isThrownBy(() -> CircumstanceRegression.fit(z, pace))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> CircumstanceRegression.fit(new double[0][], new double[0]))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
	}

	@Test
	void fitsWithTheSmallestAllowedNumberOfAreas() {
		List<CSVRecord> input = StatsFixtures.byCase("ols-input").get("small_12").subList(0, 7);

		CircumstanceRegression.RegressionFit fit = CircumstanceRegression.fit(standardised(input),
				StatsFixtures.column(input, "pace"));

		assertThat(fit.dfResidual()).isEqualTo(2);
		assertThat(fit.verdictDf()).isEqualTo(1);
	}

	/** Standardises the four raw circumstance columns of a fixture case, as R's {@code scale()}. */
	static double[][] standardised(List<CSVRecord> input) {
		double[][] columns = new double[CIRCUMSTANCES.length][];
		for (int k = 0; k < CIRCUMSTANCES.length; k++) {
			columns[k] = Standardisation.zScores(StatsFixtures.column(input, CIRCUMSTANCES[k]), CIRCUMSTANCES[k]);
		}
		return columnsToRows(columns);
	}

	private static CircumstanceRegression.RegressionFit fit(List<CSVRecord> input) {
		return CircumstanceRegression.fit(standardised(input), StatsFixtures.column(input, "pace"));
	}

	private static double[][] columnsToRows(double[]... columns) {
		double[][] rows = new double[columns[0].length][columns.length];
		for (int i = 0; i < rows.length; i++) {
			for (int k = 0; k < columns.length; k++) {
				rows[i][k] = columns[k][i];
			}
		}
		return rows;
	}

	/** Refits without area {@code left}: its prediction, and the refit's residual standard error. */
	private static double[] refitWithout(double[][] x, double[] y, int left) {
		double[][] xs = new double[x.length - 1][];
		double[] ys = new double[y.length - 1];
		for (int i = 0, r = 0; i < x.length; i++) {
			if (i != left) {
				xs[r] = x[i];
				ys[r++] = y[i];
			}
		}
		OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
		ols.newSampleData(ys, xs);
		double[] beta = ols.estimateRegressionParameters();
		double prediction = beta[0];
		for (int k = 0; k < x[left].length; k++) {
			prediction += beta[k + 1] * x[left][k];
		}
		return new double[] { prediction, ols.estimateRegressionStandardError() };
	}

	@Test
	void refitHelperReproducesAnExactLine() {
		// Sanity check of the brute-force helper used above: on an exact plane it predicts exactly.
		double[][] x = { { 0, 1 }, { 1, 0 }, { 2, 3 }, { 3, 1 }, { 4, 4 }, { 5, 2 } };
		double[] y = Arrays.stream(x).mapToDouble(r -> 1 + 2 * r[0] - r[1]).toArray();

		assertThat(refitWithout(x, y, 2)[0]).isCloseTo(y[2], within(1e-12));
	}

}
