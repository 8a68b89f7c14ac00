package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Nearest peers by Euclidean distance on the standardised circumstances (method §5). */
class NearestPeersTests {

	/**
	 * Five areas in two circumstances:
	 * A (0, 0), B (1, 0), C (0, 1), D (2, 0), E (3, 3).
	 */
	private static final double[][] AREAS = { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 2, 0 }, { 3, 3 } };

	private static final int A = 0, B = 1, C = 2, D = 3, E = 4;

	@Test
	void findsTheNearestAreasNearestFirst() {
		// From C (0, 1): A 1, B sqrt(2) = 1.414, D sqrt(5) = 2.236, E sqrt(13) = 3.606.
		// From D (2, 0): B 1, A 2, C sqrt(5) = 2.236, E sqrt(10) = 3.162.
		int[][] peers = NearestPeers.of(AREAS, NearestPeers.equalWeights(2), 3);

		assertThat(peers[C]).containsExactly(A, B, D);
		assertThat(peers[D]).containsExactly(B, A, C);
	}

	@Test
	void breaksTiesByInputOrder() {
		// From A (0, 0): B and C are both at distance 1, so B (listed first) comes first; then D at 2.
		// From B (1, 0): A and D are both at 1 -> A then D; then C at sqrt(2).
		// From E: B and C tie at sqrt(13) -> B before C, after D at sqrt(10).
		int[][] peers = NearestPeers.of(AREAS, NearestPeers.equalWeights(2), 3);

		assertThat(peers[A]).containsExactly(B, C, D);
		assertThat(peers[B]).containsExactly(A, D, C);
		assertThat(peers[E]).containsExactly(D, B, C);
	}

	@Test
	void neverListsAnAreaAsItsOwnPeerEvenWhenAnotherIsIdentical() {
		double[][] areas = { { 0, 0 }, { 5, 5 }, { 0, 0 } };

		int[][] peers = NearestPeers.of(areas, NearestPeers.equalWeights(2), 2);

		assertThat(peers[0]).containsExactly(2, 1);
		assertThat(peers[2]).containsExactly(0, 1);
		assertThat(peers[1]).containsExactly(0, 2);
	}

	@Test
	void appliesWeightsToSquaredDifferences() {
		// Weights (1, 0) ignore the second circumstance: from A, C is at distance 0, B at 1, D at 2.
		int[][] peers = NearestPeers.of(AREAS, new double[] { 1, 0 }, 3);

		assertThat(peers[A]).containsExactly(C, B, D);
		// distance = sqrt(sum w d^2): A to E with weights (4, 1) is sqrt(4*9 + 9) = sqrt(45)
		assertThat(NearestPeers.distance(AREAS[A], AREAS[E], new double[] { 4, 1 })).isCloseTo(Math.sqrt(45),
				within(1e-12));
	}

	@Test
	void returnsEveryOtherAreaWhenAskedForMorePeersThanExist() {
		int[][] peers = NearestPeers.of(AREAS, NearestPeers.equalWeights(2), 10);

		assertThat(peers[D]).containsExactly(B, A, C, E);
	}

}
