package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** z-scores across areas as R's {@code scale()} (the fixture comparison is in CircumstanceRegressionTests). */
class StandardisationTests {

	private static final double TOLERANCE = 1e-12;

	@Test
	void usesTheMeanAndSampleSdByHand() {
		// x = 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sd = sqrt(32/7) = 2.13809; z for 9 is 4/2.13809 = 1.87083.
		double sd = Math.sqrt(32.0 / 7);

		double[] z = Standardisation.zScores(new double[] { 2, 4, 4, 4, 5, 5, 7, 9 }, "test");

		assertThat(z).containsExactly(new double[] { -3 / sd, -1 / sd, -1 / sd, -1 / sd, 0, 0, 2 / sd, 4 / sd },
				within(TOLERANCE));
		assertThat(Descriptive.mean(z)).isCloseTo(0, within(TOLERANCE));
		assertThat(Descriptive.sd(z)).isCloseTo(1, within(TOLERANCE));
	}

	@Test
	void rejectsAConstantColumnAsNoSpread() {
		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> Standardisation.zScores(new double[] { 5.8, 5.8, 5.8, 5.8 }, "population size"))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("no_spread"))
			.withMessageContaining("population size");
	}

	@Test
	void rejectsFewerThanTwoAreas() {
		assertThatExceptionOfType(StatisticsException.class)
			.isThrownBy(() -> Standardisation.zScores(new double[] { 5.8 }, "population size"))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("insufficient_data"));
	}

}
