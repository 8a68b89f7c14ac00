package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Median, MAD, type 7 quantile and SD as R computes them (values from R 4.2.2 or by hand). */
class DescriptiveTests {

	private static final double TOLERANCE = 1e-12;

	@Test
	void medianOfAnOddCountIsTheMiddleValue() {
		assertThat(Descriptive.median(new double[] { 9, 1, 5, 3, 7 })).isEqualTo(5);
	}

	@Test
	void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
		// sorted 1, 3, 5, 9: (3 + 5)/2 = 4
		assertThat(Descriptive.median(new double[] { 9, 1, 5, 3 })).isEqualTo(4);
	}

	@Test
	void madIsScaledBy1Point4826AsR() {
		// x = 1, 2, 3, 4, 100: median 3, |x - 3| = 2, 1, 0, 1, 97, median 1; R's mad gives 1.4826.
		assertThat(Descriptive.mad(new double[] { 1, 2, 3, 4, 100 })).isCloseTo(1.4826, within(TOLERANCE));
		// x = 1, 2, 4, 8: median 3, |x - 3| = 2, 1, 1, 5, median 1.5; mad = 2.2239.
		assertThat(Descriptive.mad(new double[] { 1, 2, 4, 8 })).isCloseTo(1.5 * 1.4826, within(TOLERANCE));
	}

	@Test
	void quantileIsRType7() {
		double[] x = { 10, 1, 3, 2, 4 };
		// sorted 1, 2, 3, 4, 10; h = (n - 1)p + 1.
		// p = 0.1: h = 1.4, 1 + 0.4*(2 - 1) = 1.4 (R: 1.3999999999999999)
		assertThat(Descriptive.quantile(x, 0.1)).isCloseTo(1.4, within(TOLERANCE));
		// p = 0.9: h = 4.6, 4 + 0.6*(10 - 4) = 7.6 (R: 7.5999999999999979)
		assertThat(Descriptive.quantile(x, 0.9)).isCloseTo(7.6, within(TOLERANCE));
		// p = 0.25: h = 2, exactly the 2nd value
		assertThat(Descriptive.quantile(x, 0.25)).isEqualTo(2);
		assertThat(Descriptive.quantile(x, 0)).isEqualTo(1);
		assertThat(Descriptive.quantile(x, 1)).isEqualTo(10);
	}

	@Test
	void sdUsesTheNMinusOneDenominator() {
		// x = 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum 32; sqrt(32/7) = 2.13809 (R's sd).
		assertThat(Descriptive.sd(new double[] { 2, 4, 4, 4, 5, 5, 7, 9 })).isCloseTo(Math.sqrt(32.0 / 7),
				within(TOLERANCE));
		assertThat(Descriptive.sd(new double[] { 3 })).isZero();
	}

	@Test
	void rejectsNoValues() {
		assertThatExceptionOfType(StatisticsException.class).isThrownBy(() -> Descriptive.median(new double[0]))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
		assertThatExceptionOfType(StatisticsException.class).isThrownBy(() -> Descriptive.sd(new double[0]))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
		assertThatExceptionOfType(StatisticsException.class).isThrownBy(() -> Descriptive.mean(new double[0]))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
	}


	@Test
	void quantilesBySelectionAndFromSortedValuesMatchTheType7Quantile() {
		java.util.Random random = new java.util.Random(3);
		for (int n : new int[] { 1, 2, 5, 44, 1000 }) {
			double[] values = random.doubles(n).map(v -> Math.round(v * 20) / 20.0).toArray();
			double[] sorted = values.clone();
			java.util.Arrays.sort(sorted);
			for (double p : new double[] { 0, 0.025, 0.2, 0.5, 0.75, 0.975, 1 }) {
				double expected = Descriptive.quantile(values, p);
				assertThat(Descriptive.quantileOfSorted(sorted, p)).as("n %d p %s", n, p).isCloseTo(expected, within(1e-12));
				assertThat(Descriptive.quantileInPlace(values.clone(), p)).as("n %d p %s", n, p).isCloseTo(expected, within(1e-12));
			}
		}
	}
}
