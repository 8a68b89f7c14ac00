package uk.nhs.stp.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.result.RunScores;
import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.MetricKind;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.Polarity;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.model.ScoringModelLoader;
import uk.nhs.stp.score.AreaScorer;
import uk.nhs.stp.score.CircumstanceValues;
import uk.nhs.stp.result.FourCircumstances;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.score.MetricScorer;
import uk.nhs.stp.score.PeerFinder;
import uk.nhs.stp.result.Redundancy;
import uk.nhs.stp.store.ObservationDao.StoredObservation;

/**
 * The scoring benchmark ({@code jobs/bench scoring}): the whole method on GP-practice scale, 7,000
 * areas × 30 metrics × 36 months (7.56 million observations, generated in memory so the store is
 * not what is timed), with the shipped thresholds and tier rules. Prints the time of each stage.
 */
public final class ScoringBenchmark {

	private ScoringBenchmark() {
	}

	public static void main(String[] args) {
		int areas = args.length > 0 ? Integer.parseInt(args[0]) : 7_000;
		int metrics = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		int months = 36;
		ScoringModel shipped = ScoringModelLoader.load(Path.of("jobs/scoring-model.yml"));
		List<Metric> catalogue = new ArrayList<>();
		for (int m = 0; m < metrics; m++) {
			catalogue.add(new Metric("metric_" + m, "Metric " + m, "Domain", Unit.PERCENT,
					m % 3 == 0 ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER,
					m % 2 == 0 ? MetricKind.PROPORTION : MetricKind.INDEX, 1, m < 5, m % 4 == 0 ? 90.0 : null));
		}
		ScoringModel model = new ScoringModel(shipped.source(), shipped.thresholds(), catalogue, shipped.circumstances(),
				shipped.tiers(), shipped.monitoring());
		List<Area> register = new ArrayList<>();
		for (int a = 0; a < areas; a++) {
			register.add(new Area(String.format("E%08d", a), "", "Practice " + a, "Region " + a % 7));
		}
		Random random = new Random(42);
		double[] pace = random.doubles(areas).map(d -> d - 0.5).toArray();
		long start = System.nanoTime();
		MetricScorer scorer = new MetricScorer(model.thresholds());
		List<MetricOutcome> outcomes = new ArrayList<>();
		long generating = 0;
		for (Metric metric : catalogue) {
			long g = System.nanoTime();
			List<StoredObservation> observations = observations(register, months, pace, random);
			generating += System.nanoTime() - g;
			outcomes.add(scorer.score(metric, observations));
		}
		double metricSeconds = (System.nanoTime() - start - generating) / 1e9;
		long areaStart = System.nanoTime();
		Map<String, CircumstanceValues.Raw> circumstances = new HashMap<>();
		for (int a = 0; a < areas; a++) {
			circumstances.put(register.get(a).code(), new CircumstanceValues.Raw(new FourCircumstances(random.nextGaussian(),
					5 + random.nextDouble(), 50 * random.nextDouble(), 60 + 30 * random.nextDouble()), null));
		}
		RunScores result = new AreaScorer(model).score(register, outcomes, circumstances, Map.of());
		double areaSeconds = (System.nanoTime() - areaStart) / 1e9;
		long monitoringStart = System.nanoTime();
		var peers = PeerFinder.find(result.areas(), result.fit(), model.circumstances().peerWeights(),
				model.thresholds().peerCount());
		Redundancy redundancy = Redundancy.of(outcomes, register.stream().map(Area::code).toList(),
				model.thresholds().redundancyRho());
		double monitoringSeconds = (System.nanoTime() - monitoringStart) / 1e9;
		long scored = result.areas().stream().filter(s -> s.scored()).count();
		print("%,d areas × %d metrics × %d months = %,d observations", areas, metrics, months, (long) areas * metrics * months);
		print("per-metric scoring (level, funnel, Theil-Sen, Mann-Kendall, SPC): %.2f s", metricSeconds);
		print("areas (composites, circumstances model with leave-one-out, verdicts, tiers): %.2f s", areaSeconds);
		print("peers (%,d areas × 5) and Spearman redundancy of %d metrics (%d pairs): %.2f s", peers.size(), metrics,
				redundancy.pairs().size(), monitoringSeconds);
		print("total %.2f s; %,d areas scored", metricSeconds + areaSeconds + monitoringSeconds, scored);
	}

	private static List<StoredObservation> observations(List<Area> register, int months, double[] pace, Random random) {
		List<StoredObservation> rows = new ArrayList<>(register.size() * months);
		for (int a = 0; a < register.size(); a++) {
			double base = 80 + 5 * random.nextGaussian();
			for (int t = 0; t < months; t++) {
				double value = Math.max(1, Math.min(99, base + pace[a] * t / 6.0 + random.nextGaussian()));
				double den = 500 + random.nextInt(1000);
				rows.add(new StoredObservation(register.get(a).code(), Period.month(2016 + (t + 3) / 12, (t + 3) % 12 + 1),
						value, (double) Math.round(den * value / 100), den));
			}
		}
		return rows;
	}

	private static void print(String format, Object... args) {
		// A benchmark's output is its result, so it goes to standard output.
		System.out.println(String.format(Locale.UK, format, args));
	}

}
