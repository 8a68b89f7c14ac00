package uk.nhs.stp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import uk.nhs.stp.StpAnalyticsApplication;
import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.report.CsvExports;
import uk.nhs.stp.report.MetricScoresCsv;
import uk.nhs.stp.report.NationalWorkbook;
import uk.nhs.stp.report.ReportData;
import uk.nhs.stp.report.ReportQueries;
import uk.nhs.stp.result.RunScores;
import uk.nhs.stp.score.ScoringService;
import uk.nhs.stp.settings.StpProperties;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.IngestEventDao;
import uk.nhs.stp.store.MetricScoreDao;
import uk.nhs.stp.store.MonitoringDao;
import uk.nhs.stp.store.ObservationDao;
import uk.nhs.stp.store.RevisionDao;
import uk.nhs.stp.store.ScoreDao;

/**
 * The scoring benchmark with the store in the loop ({@code jobs/bench store [AREAS] [METRICS]}):
 * 7,000 areas × 30 metrics × 36 months (7.56 million observations) loaded into a fresh HSQLDB file
 * database of the application ({@link BenchStore}; the load is timed apart), then scored by the real
 * {@link ScoringService} on the store's own DAOs as the score steps do (each metric in its own
 * transaction, as many at once as {@code stp.score.threads} allows, reading its observations back
 * and writing every score; then the areas in one transaction), then the report as the report step
 * writes it for this many areas (read back by {@link ReportQueries}, the national workbook and the
 * CSV exports; regional packs are left out: see the README). Prints each stage, score + report
 * against the 60 s target, and the heap, and appends them to {@code output/bench-<date>.csv}.
 */
public final class StoreScoringBenchmark {

	private static final double TARGET_MS = 60_000;

	private StoreScoringBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int areas = args.length > 0 ? Integer.parseInt(args[0]) : 7_000;
		int metrics = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		BenchStore seeded = new BenchStore(areas, metrics);
		Path run = Files.createTempDirectory(Files.createDirectories(Path.of("target/bench").toAbsolutePath()), "store-");
		try (ConfigurableApplicationContext context = new SpringApplication(StpAnalyticsApplication.class).run(
				"--stp.input-dir=" + run.resolve("input"), "--stp.output-dir=" + run.resolve("output"),
				"--stp.db-dir=" + run.resolve("db"), "--logging.file.name=" + run.resolve("bench.log"))) {
			new StoreScoringBenchmark.Run(context, seeded, run).measure(areas, metrics);
		}
		finally {
			FileSystemUtils.deleteRecursively(run);
		}
	}

	/** One measured run on the application's store. */
	private record Run(ConfigurableApplicationContext context, BenchStore seeded, Path folder) {

		<T> T bean(Class<T> type) {
			return this.context.getBean(type);
		}

		void measure(int areas, int metrics) throws Exception {
			long jobInstanceId = bean(JobRepository.class)
				.createJobInstance("store-benchmark", new JobParametersBuilder().addLong("areas", (long) areas).toJobParameters())
				.getInstanceId();
			TransactionTemplate transaction = new TransactionTemplate(bean(PlatformTransactionManager.class));
			print("max heap %d MB, %d processors; %,d areas × %d metrics × %d months", Runtime.getRuntime().maxMemory() >> 20,
					Runtime.getRuntime().availableProcessors(), areas, metrics, BenchStore.MONTHS);
			long start = System.nanoTime();
			long stored = this.seeded.load(jobInstanceId, bean(FileLedgerDao.class), bean(JdbcTemplate.class), transaction);
			double loadMs = ms(start);
			print("load: %,d observations in %,d blocks stored in %.1f s (not part of the target)", stored,
					bean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM STP_OBSERVATION_BLOCK", Long.class),
					loadMs / 1000);
			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			try (LiveHeap heap = LiveHeap.watch()) {
				LocalDateTime from = LocalDateTime.now();
				double[] times = stages(jobInstanceId, transaction);
				long live = heap.peakMb(from, LocalDateTime.now());
				report(areas, metrics, loadMs, times, live);
			}
		}

		/** Per-metric scoring, area scoring, reading the report's data back, writing it: each in ms. */
		private double[] stages(long jobInstanceId, TransactionTemplate transaction) throws Exception {
			ScoringService service = new ScoringService(this.seeded.model(), new AreaRegister(this.seeded.register()),
					bean(ObservationDao.class), bean(MetricScoreDao.class), bean(ScoreDao.class), bean(MonitoringDao.class));
			int threads = bean(StpProperties.class).score().threadCount();
			long start = System.nanoTime();
			scoreMetrics(service, this.seeded.model().metrics(), jobInstanceId, transaction, threads);
			double metricMs = ms(start);
			print("score, per metric (%d at once; observations read back, scores and SPC points written): %.1f s", threads,
					metricMs / 1000);
			start = System.nanoTime();
			RunScores result = transaction.execute(s -> service.scoreAreas(jobInstanceId, LocalDate.now()));
			double areaMs = ms(start);
			print("score, areas (%,d scored; circumstances read back, model, tiers, peers, redundancy written): %.1f s",
					result.areas().stream().filter(a -> a.scored()).count(), areaMs / 1000);
			start = System.nanoTime();
			ReportData data = queries().load(jobInstanceId);
			double readMs = ms(start);
			start = System.nanoTime();
			Path workbook = write(data);
			double writeMs = ms(start);
			print("report: read back %.1f s (%,d area × metric rows, %,d SPC charts); national workbook (%.1f MB) and CSVs "
					+ "written %.1f s", readMs / 1000, data.areaMetrics().size(),
					data.spcCharts().values().stream().mapToInt(List::size).sum(), Files.size(workbook) / 1e6, writeMs / 1000);
			return new double[] { metricMs, areaMs, readMs, writeMs };
		}

		/** As the score step's partitions: each metric in its own transaction, {@code threads} at once. */
		private static void scoreMetrics(ScoringService service, List<Metric> metrics, long jobInstanceId,
				TransactionTemplate transaction, int threads) throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> done = new ArrayList<>();
				for (Metric metric : metrics) {
					done.add(pool.submit(() -> transaction.execute(s -> service.scoreMetric(jobInstanceId, metric))));
				}
				for (Future<?> future : done) {
					future.get();
				}
			}
			finally {
				pool.shutdown();
			}
		}

		private ReportQueries queries() {
			return new ReportQueries(bean(ScoreDao.class), bean(FileLedgerDao.class), bean(IngestEventDao.class),
					this.seeded.model(), new AreaRegister(this.seeded.register()), bean(RevisionDao.class),
					bean(MonitoringDao.class), bean(StpProperties.class).sampleDir());
		}

		/** What the report step writes for more areas than it writes side by side: one file after another. */
		private Path write(ReportData data) throws Exception {
			Path output = Files.createDirectories(this.folder.resolve("output"));
			Path workbook = output.resolve("stp-progress.xlsx");
			NationalWorkbook.write(data, workbook);
			CsvExports.writeScores(data, output.resolve("scores.csv"));
			CsvExports.writeIngestLog(data, output.resolve("ingest-log.csv"));
			MetricScoresCsv.write(data, output.resolve("metric-scores.csv"));
			return workbook;
		}

		private static void report(int areas, int metrics, double loadMs, double[] times, long liveMb) throws Exception {
			double scoreMs = times[0] + times[1];
			double reportMs = times[2] + times[3];
			double total = scoreMs + reportMs;
			long oldPeak = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
				.mapToLong(p -> p.getPeakUsage().getUsed())
				.sum() >> 20;
			print("score + report %.1f s (score %.1f s, report %.1f s): %s the %.0f s target", total / 1000, scoreMs / 1000,
					reportMs / 1000, total < TARGET_MS ? "within" : "MISSES", TARGET_MS / 1000);
			print("heap while scoring and reporting: old generation %d MB at its peak, %d MB live after a collection "
					+ "(max heap %d MB)", oldPeak, liveMb, Runtime.getRuntime().maxMemory() >> 20);
			String name = String.format(Locale.UK, "store: %d areas x %d metrics", areas, metrics);
			Path csv = BenchCsv.today();
			BenchCsv.append(csv, name, "load (not timed against the target)", 1, loadMs, Double.NaN, "", Double.NaN, false);
			BenchCsv.append(csv, name, "score", 1, scoreMs, Double.NaN, "", Double.NaN, false);
			BenchCsv.append(csv, name, "report", 1, reportMs, Double.NaN, "", Double.NaN, false);
			BenchCsv.append(csv, name, String.format(Locale.UK, "score + report (old-gen peak %d MB; live %d MB; heap %d MB)",
					oldPeak, liveMb, Runtime.getRuntime().maxMemory() >> 20), 1, total, Double.NaN, "ms", TARGET_MS,
					total < TARGET_MS);
			print("appended to %s", csv);
		}

	}

	private static double ms(long since) {
		return (System.nanoTime() - since) / 1e6;
	}

	private static void print(String format, Object... args) {
		// A benchmark's output is its result, so it goes to standard output.
		System.out.println(String.format(Locale.UK, format, args));
	}

}
