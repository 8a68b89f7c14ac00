package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The fixed-design fit of the simulation (method §9) gives exactly the leave-one-out and
 * studentised residuals of the full fit ({@link CircumstanceRegression}, itself checked against R).
 */
class FixedDesignTests {

	@Test
	void matchesTheFullFitForEveryResponse() {
		Random random = new Random(5);
		double[][] x = new double[30][4];
		for (double[] row : x) {
			for (int k = 0; k < 4; k++) {
				row[k] = random.nextGaussian();
			}
		}
		FixedDesign design = FixedDesign.of(x);
		for (int trial = 0; trial < 3; trial++) {
			double[] y = random.doubles(30).map(v -> v * 2 - 1).toArray();
			double[] loo = new double[30];
			double[] t = new double[30];
			design.fit(y, loo, t);
			CircumstanceRegression.RegressionFit full = CircumstanceRegression.fit(x, y);
			for (int i = 0; i < 30; i++) {
				assertThat(loo[i]).isCloseTo(full.areas()[i].looResidual(), within(1e-10));
				assertThat(t[i]).isCloseTo(full.areas()[i].studentised(), within(1e-10));
				assertThat(design.leverage(i)).isCloseTo(full.areas()[i].leverage(), within(1e-12));
			}
		}
	}

	@Test
	void refusesTooFewRowsAndCollinearColumns() {
		assertThatExceptionOfType(StatisticsException.class).isThrownBy(() -> FixedDesign.of(new double[4][2]));
		double[][] collinear = new double[10][2];
		for (int i = 0; i < 10; i++) {
			collinear[i][0] = i;
			collinear[i][1] = 2 * i;
		}
		assertThatExceptionOfType(StatisticsException.class).isThrownBy(() -> FixedDesign.of(collinear));
	}

}
