package uk.nhs.stp.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import uk.nhs.stp.StpAnalyticsApplication;
import uk.nhs.stp.cli.NightlyRunner;
import uk.nhs.stp.cli.RunSummary;

/**
 * One ingest for the benchmark: the real nightly job on a fresh HSQLDB file database with one
 * file as its only input, timed by the ingest step's own start and end (so start-up, scoring and
 * the report do not count), with the most heap the ingest step kept live: the old generation's
 * use just after each collection during the step (what stays reachable across collections; the
 * young pools' peaks are garbage waiting to be collected, and the scoring and report steps that
 * follow the ingest are not counted).
 */
final class BenchIngest {

	/**
	 * @param seconds the ingest step's time
	 * @param stored the rows accepted
	 * @param peakHeapMb the old generation's peak
	 * @param summary the run's summary, as the console shows it
	 */
	record Result(double seconds, long stored, long peakHeapMb, RunSummary summary) {
	}

	private BenchIngest() {
	}

	static Result run(Path file, Path work) throws Exception {
		return run(java.util.List.of(file), work);
	}

	/** One ingest of several files, with more settings such as {@code --stp.ingest.threads=2}. */
	static Result run(java.util.List<Path> files, Path work, String... settings) throws Exception {
		Path run = Files.createTempDirectory(Files.createDirectories(work.toAbsolutePath()), "run-");
		Path input = Files.createDirectories(run.resolve("input"));
		Files.createDirectories(run.resolve("output"));
		for (Path file : files) {
			Files.copy(file, input.resolve(file.getFileName()));
		}
		System.gc();
		LiveHeap heap = LiveHeap.watch();
		SpringApplication application = new SpringApplication(StpAnalyticsApplication.class);
		java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of("--stp.input-dir=" + input,
				"--stp.output-dir=" + run.resolve("output"), "--stp.db-dir=" + run.resolve("db"),
				"--stp.ingest.settle-seconds=0", "--logging.file.name=" + run.resolve("bench.log")));
		arguments.addAll(java.util.List.of(settings));
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			NightlyRunner.Outcome outcome = context.getBean(NightlyRunner.class).run(false);
			StepExecution ingest = ingestStep(context.getBean(JobRepository.class));
			double seconds = Duration.between(ingest.getStartTime(), ingest.getEndTime()).toMillis() / 1000.0;
			long blocks = context.getBean(JdbcTemplate.class)
				.queryForObject("SELECT COUNT(*) FROM STP_OBSERVATION_BLOCK", Long.class);
			if (blocks == 0) {
				throw new IllegalStateException("nothing stored from " + files);
			}
			long peak = heap.peakMb(ingest.getStartTime(), ingest.getEndTime());
			return new Result(seconds, outcome.summary().rows().accepted(), peak, outcome.summary());
		}
		finally {
			heap.close();
		}
	}

	/** {@link BatchFloor}'s time for {@code items} items, on a fresh database as an ingest has. */
	static double batchFloor(Path work, int items) throws Exception {
		Path run = Files.createTempDirectory(Files.createDirectories(work.toAbsolutePath()), "run-");
		SpringApplication application = new SpringApplication(StpAnalyticsApplication.class);
		try (ConfigurableApplicationContext context = application.run("--stp.input-dir=" + run.resolve("input"),
				"--stp.output-dir=" + run.resolve("output"), "--stp.db-dir=" + run.resolve("db"),
				"--logging.file.name=" + run.resolve("bench.log"))) {
			return BatchFloor.seconds(context.getBean(JobRepository.class), context.getBean(JobOperator.class),
					context.getBean(PlatformTransactionManager.class), items);
		}
	}

	private static StepExecution ingestStep(JobRepository repository) {
		JobExecution execution = repository.getLastJobExecution(repository.getLastJobInstance("nightly"));
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals("ingest"))
			.findFirst()
			.orElseThrow();
	}

}
