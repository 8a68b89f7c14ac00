package uk.nhs.stp.stats;

import java.util.Arrays;

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
		int k = Math.min(count, n - 1);
		int[][] peers = new int[n][];
		for (int i = 0; i < n; i++) {
			peers[i] = nearest(z, weights, i, k);
		}
		return peers;
	}

	/**
	 * The k nearest by insertion into a sorted list of k: O(n·k) per area rather than sorting all
	 * n, which keeps 7,000 areas to a fraction of a second.
	 */
	private static int[] nearest(double[][] z, double[] weights, int area, int k) {
		int[] best = new int[k];
		double[] bestDistance = new double[k];
		int found = 0;
		for (int j = 0; j < z.length; j++) {
			if (j == area) {
				continue;
			}
			double d = distance(z[area], z[j], weights);
			if (found == k && d >= bestDistance[k - 1]) {
				continue;
			}
			int at = found < k ? found++ : k - 1;
			while (at > 0 && bestDistance[at - 1] > d) {
				best[at] = best[at - 1];
				bestDistance[at] = bestDistance[at - 1];
				at--;
			}
			best[at] = j;
			bestDistance[at] = d;
		}
		return Arrays.copyOf(best, found);
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
