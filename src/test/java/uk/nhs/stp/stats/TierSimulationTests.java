package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import uk.nhs.stp.stats.TierCondition.Always;
import uk.nhs.stp.stats.TierCondition.Literal;

/**
 * How sure each tier is (method §9), against cases solvable by hand, and reproducible by seed.
 * <p>
 * The hand cases: eight areas with levels −4, −3, −2, A, B, 2, 3, 4 and one rule "light touch
 * when the level is in the top half, else universal". While A and B stay between −2 and 2 they are
 * the middle pair, so the median is (A + B)/2 and A is in the top half exactly when A &gt; B. With
 * B fixed and A ~ N(a, σ²) the share of draws in light touch is 1 − Φ((B − a)/σ).
 */
class TierSimulationTests {

	private static final TierRules TOP_HALF_RULES = new TierRules(
			List.of(new TierRules.Rule(1, "Light-touch monitoring", new Literal(TierFact.LEVEL_TOP_HALF, false)),
					new TierRules.Rule(2, "Universal support", new Always())));

	@Test
	void anAreaStraddlingTheMedianSymmetricallyIsLightTouchInHalfTheDraws() {
		// A = 0 with σ 0.1 against B = 0: p = 1 − Φ(0) = 0.5. With 2,000 draws the simulation error
		// of a share of 0.5 is √(0.25/2000) = 0.011; 4 of those is the tolerance.
		TierSimulation.Result result = TierSimulation.run(inputs(0.0, 0.1, 0.0), settings(2_000, 20170401L));

		assertThat(result.pTier()[3][0]).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / 2_000)));
		assertThat(result.pTier()[3][0] + result.pTier()[3][1]).isEqualTo(1.0);
		// B is in the top half exactly when A is not
		assertThat(result.pTier()[4][0]).isCloseTo(1 - result.pTier()[3][0], within(1e-12));
	}

	@Test
	void anAreaOneSdBelowTheCutOffIsLightTouchInAboutOneDrawInSix() {
		// A = 0 with σ 0.2 against B = 0.2: p = 1 − Φ(1) = 0.158655; 20,000 draws, error √(p(1−p)/20000) = 0.0026.
		double expected = 1 - new NormalDistribution().cumulativeProbability(1);
		TierSimulation.Result result = TierSimulation.run(inputs(0.0, 0.2, 0.2), settings(20_000, 7L));

		assertThat(expected).isCloseTo(0.158655, within(1e-6));
		assertThat(result.pTier()[3][0]).isCloseTo(expected, within(4 * Math.sqrt(expected * (1 - expected) / 20_000)));
	}

	@Test
	void theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
		TierSimulation.Inputs inputs = noisyInputs();
		TierSimulation.Result first = TierSimulation.run(inputs, settings(500, 42L));
		TierSimulation.Result again = TierSimulation.run(inputs, settings(500, 42L));
		TierSimulation.Result other = TierSimulation.run(inputs, settings(500, 43L));

		assertThat(again.pTier()).isDeepEqualTo(first.pTier());
		assertThat(again.rankLower()).containsExactly(first.rankLower());
		assertThat(again.rankUpper()).containsExactly(first.rankUpper());
		assertThat(other.pTier()).isNotEqualTo(first.pTier());
	}

	@Test
	void withoutNoiseEveryDrawGivesTheBaselineTierAndRank() {
		TierSimulation.Inputs noisy = noisyInputs();
		int n = noisy.level().length;
		TierSimulation.Inputs exact = new TierSimulation.Inputs(noisy.level(), new double[n], noisy.pace(), new double[n],
				noisy.circumstances(), noisy.coreConcern(), noisy.tiered());
		TierSimulation.Result result = TierSimulation.run(exact, settings(50, 1L));

		// the baseline: the same facts and rules, once, without noise
		double[] loo = new double[n];
		double[] t = new double[n];
		FixedDesign.of(exact.circumstances()).fit(exact.pace(), loo, t);
		TierFacts.Cutoffs cutoffs = TierFacts.Cutoffs.of(exact.level(), exact.pace(), 0.2);
		int[] table = TOP_HALF_RULES.tierTable();
		double[] ranks = TierSimulation.averageRanks(loo);
		for (int i = 0; i < n; i++) {
			int tier = table[TierFacts.mask(exact.level()[i], exact.pace()[i], loo[i], Verdict.classify(t[i], 2.0), false,
					cutoffs)];
			assertThat(result.pTier()[i][tier - 1]).as("area %d", i).isEqualTo(1.0);
			assertThat(result.rank()[i]).isEqualTo(ranks[i]);
			assertThat(result.rankLower()[i]).isEqualTo(ranks[i]);
			assertThat(result.rankUpper()[i]).isEqualTo(ranks[i]);
		}
	}

	@Test
	void ranksOneTheAreaFurthestBelowItsExpectationAndGiveAnIntervalAroundIt() {
		TierSimulation.Result result = TierSimulation.run(noisyInputs(), settings(1_000, 9L));
		double[] sorted = result.rank().clone();
		java.util.Arrays.sort(sorted);

		assertThat(sorted).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
		for (int i = 0; i < 8; i++) {
			assertThat(result.rankLower()[i]).isLessThanOrEqualTo(result.rank()[i]).isGreaterThanOrEqualTo(1);
			assertThat(result.rankUpper()[i]).isGreaterThanOrEqualTo(result.rank()[i]).isLessThanOrEqualTo(8);
		}
	}

	@Test
	void anAreaThatIsNotTieredHasNoProbabilitiesOrRank() {
		TierSimulation.Inputs in = noisyInputs();
		boolean[] tiered = { true, true, true, false, true, true, true, true };
		TierSimulation.Result result = TierSimulation.run(new TierSimulation.Inputs(in.level(), in.levelSd(), in.pace(),
				in.paceSd(), in.circumstances(), in.coreConcern(), tiered), settings(100, 3L));

		assertThat(result.pTier()[3]).isNull();
		assertThat(result.rank()[3]).isNaN();
		assertThat(java.util.Arrays.stream(result.rankUpper()).filter(r -> !Double.isNaN(r))).hasSize(7).allMatch(r -> r <= 7);
	}

	@Test
	void averageRanksShareTies() {
		assertThat(TierSimulation.averageRanks(new double[] { 0.3, -1, 0.3, 2 })).containsExactly(2.5, 1, 2.5, 4);
	}

	/** Levels −4, −3, −2, A, B, 2, 3, 4; only A is uncertain. */
	private static TierSimulation.Inputs inputs(double a, double sd, double b) {
		double[] level = { -4, -3, -2, a, b, 2, 3, 4 };
		double[] levelSd = new double[8];
		levelSd[3] = sd;
		return new TierSimulation.Inputs(level, levelSd, pace(), new double[8], circumstances(), new boolean[8], all(8));
	}

	private static TierSimulation.Inputs noisyInputs() {
		double[] sd = new double[8];
		java.util.Arrays.fill(sd, 0.3);
		return new TierSimulation.Inputs(new double[] { -4, -3, -2, 0, 0.1, 2, 3, 4 }, sd, pace(), sd.clone(),
				circumstances(), new boolean[8], all(8));
	}

	private static TierSimulation.Settings settings(int draws, long seed) {
		return new TierSimulation.Settings(draws, seed, 0.2, 2.0, TOP_HALF_RULES.tierTable());
	}

	private static double[] pace() {
		return new double[] { 0.1, 0.5, -0.2, 0.3, 0.8, 0.0, 0.45, 0.2 };
	}

	private static double[][] circumstances() {
		Random random = new Random(11);
		double[][] x = new double[8][4];
		for (double[] row : x) {
			for (int k = 0; k < 4; k++) {
				row[k] = random.nextGaussian();
			}
		}
		return x;
	}

	private static boolean[] all(int n) {
		boolean[] b = new boolean[n];
		java.util.Arrays.fill(b, true);
		return b;
	}

}
