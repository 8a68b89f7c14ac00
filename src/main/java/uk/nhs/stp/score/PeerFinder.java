package uk.nhs.stp.score;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.stp.model.Circumstances.PeerWeights;
import uk.nhs.stp.stats.Descriptive;
import uk.nhs.stp.stats.NearestPeers;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.ModelFit;
import uk.nhs.stp.result.PeerSet;

/**
 * Finds each scored area's nearest peers among the scored areas (method §5), weighting the four
 * standardised circumstances equally, as configured, or by |β| of this run's model.
 */
public final class PeerFinder {

	private PeerFinder() {
	}

	public static List<PeerSet> find(List<AreaScore> areas, ModelFit fit, PeerWeights weights, int count) {
		List<AreaScore> scored = areas.stream().filter(a -> a.circumstanceZ().relationship() != null).toList();
		if (scored.size() < 2) {
			return List.of();
		}
		double[][] z = new double[scored.size()][];
		for (int i = 0; i < scored.size(); i++) {
			z[i] = scored.get(i).circumstanceZ().asList().stream().mapToDouble(Double::doubleValue).toArray();
		}
		int[][] nearest = NearestPeers.of(z, weights(weights, fit), count);
		List<PeerSet> sets = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			List<String> codes = new ArrayList<>();
			List<Double> distances = new ArrayList<>();
			List<Double> paces = new ArrayList<>();
			for (int j : nearest[i]) {
				codes.add(scored.get(j).area().code());
				distances.add(distance(z[i], z[j], weights(weights, fit)));
				if (scored.get(j).pace() != null) {
					paces.add(scored.get(j).pace());
				}
			}
			Double median = paces.isEmpty() ? null : Descriptive.median(paces.stream().mapToDouble(d -> d).toArray());
			sets.add(new PeerSet(scored.get(i).area().code(), codes, distances, median));
		}
		return sets;
	}

	private static double[] weights(PeerWeights weights, ModelFit fit) {
		if (!weights.byCoefficient()) {
			return weights.weights().stream().mapToDouble(Double::doubleValue).toArray();
		}
		double[] beta = new double[4];
		for (int k = 0; k < 4 && k + 1 < fit.terms().size(); k++) {
			beta[k] = Math.abs(fit.terms().get(k + 1).estimate());
		}
		return beta;
	}

	private static double distance(double[] a, double[] b, double[] weights) {
		double sum = 0;
		for (int k = 0; k < a.length; k++) {
			sum += weights[k] * (a[k] - b[k]) * (a[k] - b[k]);
		}
		return Math.sqrt(sum);
	}

}
