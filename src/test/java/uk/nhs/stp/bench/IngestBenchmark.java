package uk.nhs.stp.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import uk.nhs.stp.StpAnalyticsApplication;
import uk.nhs.stp.cli.NightlyRunner;

/**
 * The ingest benchmark ({@code jobs/bench}): a large long-layout xlsx (1,000,000 rows by default)
 * is (1) inflated and parsed with a do-nothing StAX loop, the floor no reader can beat; (2) read
 * cell by cell with fastexcel-reader; (3) ingested by the real nightly job (parse, validate, store
 * in a fresh HSQLDB file database). It prints each time, the ratios to the floor, rows a second,
 * and the peak heap during ingest. Run it with the heap the issue sets ({@code -Xmx256m}).
 */
public final class IngestBenchmark {

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
		Path work = Path.of(args.length > 1 ? args[1] : "target/bench");
		Path workbook = BenchWorkbook.write(work.resolve("bench-" + rows + ".xlsx"), rows);
		print("file: %s, %,d rows, %.1f MB, max heap %d MB", workbook, rows, Files.size(workbook) / 1e6,
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
		floor(workbook);
		double floor = best(() -> floor(workbook));
		double fastexcel = best(() -> fastexcel(workbook));
		print("floor (inflate + empty StAX parse): %.2f s", floor);
		print("fastexcel-reader, every cell:       %.2f s  (%.1fx floor)", fastexcel, fastexcel / floor);
		Ingest ingest = ingest(workbook, work);
		print("full ingest (parse, validate, store): %.2f s  (%.1fx floor; target 5x), %,.0f rows/s, %,d rows stored",
				ingest.seconds, ingest.seconds / floor, rows / ingest.seconds, ingest.stored);
		print("old-generation heap peak during the run: %d MB of %d MB (-Xmx)", ingest.peakHeapMb,
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	/** The best of three timings, so a cold cache or a stray GC does not count. */
	private static double best(Timed timed) throws Exception {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			best = Math.min(best, timed.seconds());
		}
		return best;
	}

	@FunctionalInterface
	private interface Timed {

		double seconds() throws Exception;

	}

	private static double floor(Path workbook) throws Exception {
		long start = System.nanoTime();
		XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
			try (InputStream in = zip.getInputStream(sheet)) {
				XMLStreamReader reader = factory.createXMLStreamReader(in);
				while (reader.hasNext()) {
					reader.next();
				}
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static double fastexcel(Path workbook) throws Exception {
		long start = System.nanoTime();
		long cells = 0;
		try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
			try (var rows = book.getFirstSheet().openStream()) {
				for (Row row : (Iterable<Row>) rows::iterator) {
					cells += row.getCellCount();
				}
			}
		}
		if (cells == 0) {
			throw new IllegalStateException("no cells read");
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private record Ingest(double seconds, long stored, long peakHeapMb) {
	}

	/** Runs the real job on a fresh database with the workbook as the only input. */
	private static Ingest ingest(Path workbook, Path work) throws Exception {
		Path run = Files.createTempDirectory(work.toAbsolutePath(), "run-");
		Path input = Files.createDirectories(run.resolve("input"));
		Files.createDirectories(run.resolve("output"));
		Files.copy(workbook, input.resolve(workbook.getFileName()));
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.forEach(MemoryPoolMXBean::resetPeakUsage);
		SpringApplication application = new SpringApplication(StpAnalyticsApplication.class);
		try (ConfigurableApplicationContext context = application.run("--stp.input-dir=" + input,
				"--stp.output-dir=" + run.resolve("output"), "--stp.db-dir=" + run.resolve("db"),
				"--stp.ingest.settle-seconds=0", "--logging.file.name=" + run.resolve("bench.log"))) {
			NightlyRunner.Outcome outcome = context.getBean(NightlyRunner.class).run(false);
			JobExecution execution = context.getBean(org.springframework.batch.core.repository.JobRepository.class)
				.getLastJobExecution(context.getBean(org.springframework.batch.core.repository.JobRepository.class)
					.getLastJobInstance("nightly"));
			StepExecution ingest = execution.getStepExecutions()
				.stream()
				.filter(s -> s.getStepName().equals("ingest"))
				.findFirst()
				.orElseThrow();
			double seconds = java.time.Duration.between(ingest.getStartTime(), ingest.getEndTime()).toMillis() / 1000.0;
			// The old generation's peak is what stays reachable across collections; the young pools'
			// peaks are garbage waiting to be collected, so summing every pool would overstate it.
			long peak = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
				.mapToLong(p -> p.getPeakUsage().getUsed())
				.sum() / (1024 * 1024);
			outcome.summary().lines().forEach(line -> print("  %s", line));
			long blocks = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
				.queryForObject("SELECT COUNT(*) FROM STP_OBSERVATION_BLOCK", Long.class);
			print("  ingest: %d commits, %,d observation blocks stored", ingest.getCommitCount(), blocks);
			return new Ingest(seconds, outcome.summary().rows().accepted(), peak);
		}
	}

	private static void print(String format, Object... args) {
		// A benchmark's output is its result, so it goes to standard output.
		System.out.println(String.format(Locale.UK, format, args));
	}

}
