package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import uk.nhs.stp.stats.TierCondition.Always;
import uk.nhs.stp.stats.TierCondition.Literal;

/**
 * The sensitivity grid (method §10) on a case worked by hand.
 * <pre>
 * eight areas, two metrics of weight 1, rule "light touch when the level is in the top half":
 *   six areas score the same on both metrics, so no weight moves them: −3, −2, −1, B = 0.1, 2, 3 ... plus 4
 *   A scores +1 on metric 1 and −1 on metric 2: level 0 at equal weights
 *   levels sorted: −3, −2, −1, A, B, 2, 3, 4; median (A + B)/2, so A is top half iff A &gt; B = 0.1
 *   baseline: A = 0 → universal (2), B → light touch (1)
 *   metric 1 × 1.5: A = (1.5 − 1)/2.5 = 0.2 → A 1, B 2     metric 1 × 0.5: A = (0.5 − 1)/1.5 = −0.33 → A 2, B 1
 *   metric 2 × 1.5: A = (1 − 1.5)/2.5 = −0.2 → A 2, B 1    metric 2 × 0.5: A = (1 − 0.5)/1.5 = 0.33 → A 1, B 2
 *   quintile, verdict level and circumstances do not enter the rule: no change
 *   so A and B keep their tier in 10 of 12 runs; the others in all 12
 * </pre>
 */
class TierSensitivityTests {

	private static final TierRules RULES = new TierRules(
			List.of(new TierRules.Rule(1, "Light-touch monitoring", new Literal(TierFact.LEVEL_TOP_HALF, false)),
					new TierRules.Rule(2, "Universal support", new Always())));

	@Test
	void findsTheTwoChoicesOnWhichTheTiersOfTheMiddleAreasHang() {
		double[] same = { -3, -2, -1, Double.NaN, 0.1, 2, 3, 4 };
		double[][] level = new double[8][];
		double[][] pace = new double[8][];
		Random random = new Random(3);
		double[][] x = new double[8][4];
		for (int i = 0; i < 8; i++) {
			level[i] = i == 3 ? new double[] { 1, -1 } : new double[] { same[i], same[i] };
			double p = random.nextGaussian();
			pace[i] = new double[] { p, p };
			for (int k = 0; k < 4; k++) {
				x[i][k] = random.nextGaussian();
			}
		}
		int[] baseline = { 2, 2, 2, 2, 1, 1, 1, 1 };
		TierSensitivity.Result result = TierSensitivity.run(
				new TierSensitivity.Inputs(level, pace, new double[] { 1, 1 }, x, new boolean[8], baseline),
				new TierSensitivity.Settings(0.2, 0.95, RULES.tierTable(), List.of("m1", "m2"),
						List.of("relationship history", "population size", "geography", "patient flow")));

		assertThat(result.skipped()).isEmpty();
		assertThat(result.runs()).extracting(TierSensitivity.Run::description)
			.containsExactly("weight of m1 \u00d7 0.5", "weight of m1 \u00d7 1.5", "weight of m2 \u00d7 0.5",
					"weight of m2 \u00d7 1.5", "bottom quintile 0.15", "bottom quintile 0.25", "verdict level 0.9",
					"verdict level 0.99", "relationship history left out of the model",
					"population size left out of the model", "geography left out of the model",
					"patient flow left out of the model");
		assertThat(tiersOf(result, 3)).containsExactly(2, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2);
		assertThat(tiersOf(result, 4)).containsExactly(1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1);
		assertThat(result.stability()[3]).isCloseTo(10.0 / 12, within(1e-12));
		assertThat(result.stability()[4]).isCloseTo(10.0 / 12, within(1e-12));
		assertThat(result.stability()[0]).isEqualTo(1.0);
		assertThat(result.stability()[7]).isEqualTo(1.0);
	}

	private static List<Integer> tiersOf(TierSensitivity.Result result, int area) {
		return result.runs().stream().map(r -> r.tiers()[area]).toList();
	}

}
