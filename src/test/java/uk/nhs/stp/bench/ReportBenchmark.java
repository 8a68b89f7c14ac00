package uk.nhs.stp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import uk.nhs.stp.report.NationalWorkbook;
import uk.nhs.stp.report.ReportData;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.score.AreaScorer;
import uk.nhs.stp.score.CircumstanceValues;
import uk.nhs.stp.result.FourCircumstances;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.score.MetricScorer;
import uk.nhs.stp.score.PeerFinder;
import uk.nhs.stp.result.PeerSet;
import uk.nhs.stp.result.Redundancy;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.store.ObservationDao.StoredObservation;
import uk.nhs.stp.store.ScoreDao;

/**
 * The report benchmark ({@code jobs/bench report}): scores 7,000 areas × 30 metrics × 36 months in
 * memory, then writes the national workbook (210,000 rows on the Metrics sheet, its charts) and
 * prints the time, the file size and the old-generation heap peak while writing. For a nightly's
 * few areas ({@code jobs/bench report 44 8 [ROUNDS]}) it then writes the national workbook and every
 * regional pack, with their SPC charts, several times over and prints each round (the first cold).
 */
public final class ReportBenchmark {

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int areas = args.length > 0 ? Integer.parseInt(args[0]) : 7_000;
		int metrics = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		ReportData data = data(areas, metrics);
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		Path target = Files.createTempDirectory("stp-report-bench").resolve("report.xlsx");
		long start = System.nanoTime();
		NationalWorkbook.write(data, target);
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum() / (1024 * 1024);
		print("%,d areas × %d metrics: workbook of %,d metric rows written in %.1f s, %.1f MB", areas, metrics,
				data.areaMetrics().size(), seconds, Files.size(target) / 1e6);
		print("old-generation heap peak while writing: %d MB (max heap %d MB)", peak,
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		if (areas <= PACK_AREAS) {
			packs(data, target.getParent(), args.length > 2 ? Integer.parseInt(args[2]) : 5);
		}
	}

	/** Regional packs (an SPC chart per area and core metric) are written only for a nightly's few areas. */
	private static final int PACK_AREAS = 500;

	/** The national workbook and every regional pack, written {@code rounds} times: the first is cold. */
	private static void packs(ReportData data, Path folder, int rounds) throws Exception {
		List<String> regions = data.areas().stream().map(a -> a.area().region()).distinct().toList();
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= rounds; round++) {
			long cpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			NationalWorkbook.write(data, folder.resolve("national-" + round + ".xlsx"));
			long national = System.nanoTime();
			for (String region : regions) {
				NationalWorkbook.writePack(data.forRegion(region), folder.resolve(region + "-" + round + ".xlsx"), region);
			}
			long end = System.nanoTime();
			// CPU time as well as elapsed: on a shared machine the elapsed time also counts other work
			print("round %d: national workbook %.0f ms, %d packs (%d SPC charts) %.0f ms, in all %.0f ms (%.0f ms of CPU)",
					round, (national - start) / 1e6, regions.size(),
					data.spcCharts().values().stream().mapToInt(List::size).sum(), (end - national) / 1e6, (end - start) / 1e6,
					(threads.getCurrentThreadCpuTime() - cpu) / 1e6);
		}
	}

	private static ReportData data(int areaCount, int metricCount) {
		ScoringModel shipped = ScoringModelLoader.load(Path.of("jobs/scoring-model.yml"));
		List<Metric> catalogue = new ArrayList<>();
		for (int m = 0; m < metricCount; m++) {
			catalogue.add(new Metric("metric_" + m, "Metric " + m, "Domain", Unit.PERCENT, Polarity.HIGHER_IS_BETTER,
					m % 2 == 0 ? MetricKind.PROPORTION : MetricKind.INDEX, 1, m < 5, 90.0));
		}
		ScoringModel model = new ScoringModel(shipped.source(), shipped.thresholds(), catalogue, shipped.circumstances(),
				shipped.tiers(), shipped.monitoring());
		List<Area> register = new ArrayList<>();
		Random random = new Random(7);
		for (int a = 0; a < areaCount; a++) {
			register.add(new Area(String.format("E%08d", a), "", "Practice " + a, "Region " + a % 7));
		}
		MetricScorer scorer = new MetricScorer(model.thresholds());
		List<MetricOutcome> outcomes = new ArrayList<>();
		Map<String, List<SpcChart>> charts = new HashMap<>();
		boolean packs = areaCount <= PACK_AREAS;
		List<ScoreDao.StoredAreaMetric> areaMetrics = new ArrayList<>();
		Map<String, ScoreDao.MetricSummary> summaries = new HashMap<>();
		for (Metric metric : catalogue) {
			List<StoredObservation> rows = new ArrayList<>();
			for (Area area : register) {
				double base = 80 + 5 * random.nextGaussian();
				double slope = random.nextGaussian();
				for (int t = 0; t < 36; t++) {
					rows.add(new StoredObservation(area.code(), Period.month(2016 + (t + 3) / 12, (t + 3) % 12 + 1),
							Math.max(1, Math.min(99, base + slope * t / 12 + random.nextGaussian())), null, null));
				}
			}
			MetricOutcome outcome = scorer.score(metric, rows, chart -> {
				if (packs) {
					charts.computeIfAbsent(chart.areaCode(), a -> new ArrayList<>()).add(chart);
				}
			});
			outcomes.add(outcome);
			outcome.areas().forEach((code, result) -> areaMetrics.add(new ScoreDao.StoredAreaMetric(code, metric.id(), result)));
			summaries.put(metric.id(), new ScoreDao.MetricSummary(metric.id(), outcome.latestPeriod(), outcome.levelMethod(),
					outcome.spread(), outcome.note(), outcome.requested()));
		}
		Map<String, CircumstanceValues.Raw> circumstances = new HashMap<>();
		register.forEach(a -> circumstances.put(a.code(), new CircumstanceValues.Raw(new FourCircumstances(
				random.nextGaussian(), 4 + random.nextDouble(), 50 * random.nextDouble(), 70 + 20 * random.nextDouble()), null)));
		RunScores result = new AreaScorer(model).score(register, outcomes, circumstances, Map.of());
		Map<String, PeerSet> peers = new HashMap<>();
		PeerFinder.find(result.areas(), result.fit(), model.circumstances().peerWeights(), 5)
			.forEach(p -> peers.put(p.areaCode(), p));
		Map<String, String> names = new HashMap<>();
		register.forEach(a -> names.put(a.code(), a.name()));
		Map<String, AreaScore> none = Map.of();
		return new ReportData(new ScoreDao.StoredRun(1, LocalDate.now(), model.source(), result.fit()), model,
				result.areas(), summaries, areaMetrics, List.of(), List.of(), List.of(), peers,
				Redundancy.of(outcomes, register.stream().map(Area::code).toList(), 0.8), null, none, names, charts, List.of());
	}

	private static void print(String format, Object... args) {
		// A benchmark's output is its result, so it goes to standard output.
		System.out.println(String.format(Locale.UK, format, args));
	}

}
