package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The raw league table (method §11) against a worked example, by hand.
 * <pre>
 * five areas, two metrics:
 *   m1 higher is better, weight 1:  A 90, B 80, C 80, D 70, E 60
 *     ranks (best = 1, ties average): A 1, B 2.5, C 2.5, D 4, E 5; n = 5
 *     score 1 + 3(rank − 1)/4:        A 1.00, B 2.125, C 2.125, D 3.25, E 4.00
 *   m2 lower is better, weight 2:    A 10, B 5, C —, D 20, E 15
 *     ranks: B 1, A 2, E 3, D 4; n = 4
 *     score 1 + 3(rank − 1)/3:        B 1, A 2, E 3, D 4
 *   league score (1·m1 + 2·m2)/(weights present):
 *     A (1 + 4)/3 = 1.6667; B (2.125 + 2)/3 = 1.375; C 2.125/1 = 2.125; D (3.25 + 8)/3 = 3.75; E (4 + 6)/3 = 3.3333
 *   quartiles of all five (type 7: sorted 1.375, 1.6667, 2.125, 3.3333, 3.75; h = 4p):
 *     Q1 = 1.6667, median = 2.125, Q3 = 3.3333
 *   segments: A ≤ Q1 → 1; B → 1; C ≤ median → 2; D &gt; Q3 → 4; E ≤ Q3 → 3
 * </pre>
 */
class LeagueTableTests {

	private static final double[][] VALUES = { { 90, 80, 80, 70, 60 }, { 10, 5, Double.NaN, 20, 15 } };

	@Test
	void scoresEachMetricFromOneBestToFourWorstWithTiesAveraged() {
		assertThat(LeagueTable.metricScores(VALUES[0], 1)).containsExactly(1, 2.125, 2.125, 3.25, 4);
		assertThat(LeagueTable.metricScores(VALUES[1], -1)).containsExactly(2, 1, Double.NaN, 4, 3);
	}

	@Test
	void averagesTheMetricScoresByWeightAndCutsTheScoresIntoQuarters() {
		double[] scores = LeagueTable.scores(VALUES, new int[] { 1, -1 }, new double[] { 1, 2 });

		assertThat(scores[0]).isCloseTo(5.0 / 3, within(1e-12));
		assertThat(scores[1]).isCloseTo(4.125 / 3, within(1e-12));
		assertThat(scores[2]).isCloseTo(2.125, within(1e-12));
		assertThat(scores[3]).isCloseTo(11.25 / 3, within(1e-12));
		assertThat(scores[4]).isCloseTo(10.0 / 3, within(1e-12));
		assertThat(LeagueTable.segments(scores, new boolean[] { true, true, true, true, true })).containsExactly(1, 1, 2, 4, 3);
	}

	@Test
	void onlyTheReferenceAreasSetTheQuartilesAndAnAreaWithoutValuesHasNoSegment() {
		double[] scores = { 1.0, 2.0, 3.0, 4.0, Double.NaN };
		// references 1 and 2 only: Q1 1.25, median 1.5, Q3 1.75
		assertThat(LeagueTable.segments(scores, new boolean[] { true, true, false, false, true })).containsExactly(1, 4, 4, 4, 0);
	}

	@Test
	void leavesOutAMetricWithFewerThanTwoValues() {
		assertThat(LeagueTable.metricScores(new double[] { Double.NaN, 5, Double.NaN }, 1)).containsOnly(Double.NaN);
	}

}
