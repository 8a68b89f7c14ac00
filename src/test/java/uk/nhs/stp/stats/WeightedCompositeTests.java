package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The weighted composite and its coverage (method §1). */
class WeightedCompositeTests {

	private static final double TOLERANCE = 1e-15;

	@Test
	void averagesOverTheMetricsPresentByWeight() {
		// values 1, (missing), 3, -0.5 with weights 1, 2, 1, 2:
		// present weight 1 + 1 + 2 = 4, composite (1 + 3 - 1)/4 = 0.75, coverage 4/6.
		WeightedComposite.Result result = WeightedComposite.of(new double[] { 1, Double.NaN, 3, -0.5 },
				new double[] { 1, 2, 1, 2 });

		assertThat(result.value()).isCloseTo(0.75, within(TOLERANCE));
		assertThat(result.coverage()).isCloseTo(4.0 / 6, within(TOLERANCE));
	}

	@Test
	void treatsAZeroScoreAsPresent() {
		WeightedComposite.Result result = WeightedComposite.of(new double[] { 0, 2 }, new double[] { 1, 1 });

		assertThat(result.value()).isEqualTo(1);
		assertThat(result.coverage()).isEqualTo(1);
	}

	@Test
	void hasCoverageZeroWhenEveryMetricIsMissing() {
		WeightedComposite.Result result = WeightedComposite.of(new double[] { Double.NaN, Double.NaN, Double.NaN },
				new double[] { 1, 2, 1 });

		assertThat(result.coverage()).isZero();
		assertThat(result.value()).isNaN();
	}

	@Test
	void hasCoverageZeroWithNoWeight() {
		assertThat(WeightedComposite.of(new double[] { 1, 2 }, new double[] { 0, 0 }).coverage()).isZero();
		assertThat(WeightedComposite.of(new double[0], new double[0]).coverage()).isZero();
	}

}
