package uk.nhs.stp.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Each area's most similar areas by weighted Euclidean distance on the standardised
 * circumstances (method §5, as CIPFA's nearest neighbours and RightCare's "similar 10").
 * Ties in distance go to the area listed first, so the result is deterministic.
 */
public final class NearestPeers {

	private NearestPeers() {
	}

	/**
	 * @param z n × k standardised circumstances
	 * @param weights k weights (equal by default)
	 * @param count peers per area
	 * @return for each area, the indices of its {@code count} nearest other areas, nearest first
	 */
	public static int[][] of(double[][] z, double[] weights, int count) {
		int n = z.length;
		int[][] peers = new int[n][];
		for (int i = 0; i < n; i++) {
			int area = i;
			double[] distance = IntStream.range(0, n).mapToDouble(j -> distance(z[area], z[j], weights)).toArray();
			peers[i] = IntStream.range(0, n)
				.filter(j -> j != area)
				.boxed()
				.sorted(Comparator.comparingDouble((Integer j) -> distance[j]).thenComparingInt(j -> j))
				.limit(count)
				.mapToInt(Integer::intValue)
				.toArray();
		}
		return peers;
	}

	static double distance(double[] a, double[] b, double[] weights) {
		double sum = 0;
		for (int k = 0; k < a.length; k++) {
			double d = a[k] - b[k];
			sum += weights[k] * d * d;
		}
		return Math.sqrt(sum);
	}

	/** Equal weights for k circumstances. */
	public static double[] equalWeights(int k) {
		double[] weights = new double[k];
		Arrays.fill(weights, 1);
		return weights;
	}

}
