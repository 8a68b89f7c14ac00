package uk.nhs.stp.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import uk.nhs.stp.settings.StpProperties;
import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.ingest.step.InputFolder;
import uk.nhs.stp.job.JobParameterKeys;
import uk.nhs.stp.job.NewDataDecider;
import uk.nhs.stp.job.NightlyJobConfiguration;
import uk.nhs.stp.report.ReportStepConfiguration;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.IngestEventDao;
import uk.nhs.stp.store.LedgerEntry;
import uk.nhs.stp.store.ScoreDao;

/**
 * Launches the nightly job: restarts the last execution if it failed (or was cut off by a crash),
 * otherwise starts a new run when files are waiting; then sums up what the run did.
 */
@Component
public class NightlyRunner {

	private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job nightly;

	private final StpProperties properties;

	private final FileLedgerDao ledger;

	private final IngestEventDao events;

	private final ScoreDao scores;

	private final AreaRegister register;

	public NightlyRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightly, StpProperties properties,
			FileLedgerDao ledger, IngestEventDao events, ScoreDao scores, AreaRegister register) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.nightly = nightly;
		this.properties = properties;
		this.ledger = ledger;
		this.events = events;
		this.scores = scores;
		this.register = register;
	}

	/** The outcome of {@link #run}: a summary, or why nothing was done. */
	public record Outcome(RunSummary summary, String nothingNew) {
	}

	public Outcome run(boolean rescore) throws Exception {
		JobExecution last = lastExecution();
		if (last != null && needsRestart(last.getStatus())) {
			return new Outcome(summarise(restart(last), true), null);
		}
		List<String> waiting = InputFolder.waiting(this.properties.inputDir());
		if (waiting.isEmpty() && !rescore) {
			return new Outcome(null, "Nothing new: no files are waiting in " + this.properties.inputDir()
					+ ". The last report stands; nothing was run.");
		}
		JobExecution execution = this.jobOperator.start(this.nightly, parameters(nextRunId(last), rescore));
		return new Outcome(summarise(execution, false), null);
	}

	private JobExecution lastExecution() {
		JobInstance instance = this.jobRepository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME);
		return instance == null ? null : this.jobRepository.getLastJobExecution(instance);
	}

	private static boolean needsRestart(BatchStatus status) {
		return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status.isRunning()
				|| status == BatchStatus.UNKNOWN;
	}

	/**
	 * Restarts a failed run. An execution still marked as running can only be left over from a
	 * crash, because this process holds the database's lock; it is first recovered (marked failed).
	 */
	private JobExecution restart(JobExecution last) throws Exception {
		JobExecution failed = last;
		if (last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN) {
			log.warn("run {} was cut off while {}; recovering it", runId(last), last.getStatus());
			failed = this.jobOperator.recover(last);
		}
		log.info("restarting run {} where it stopped", runId(failed));
		return this.jobOperator.restart(failed);
	}

	private JobParameters parameters(long runId, boolean rescore) {
		return new JobParametersBuilder().addLong(JobParameterKeys.RUN_ID, runId)
			.addLocalDate(JobParameterKeys.RUN_DATE, LocalDate.now(), false)
			.addString(JobParameterKeys.INPUT_DIR, this.properties.inputDir().toString(), false)
			.addString(JobParameterKeys.OUTPUT_DIR, this.properties.outputDir().toString(), false)
			.addString(JobParameterKeys.RESCORE, Boolean.toString(rescore), false)
			.toJobParameters();
	}

	private static long nextRunId(JobExecution last) {
		return last == null ? 1 : runId(last) + 1;
	}

	private static long runId(JobExecution execution) {
		Long runId = execution.getJobParameters().getLong(JobParameterKeys.RUN_ID);
		return runId == null ? execution.getJobInstanceId() : runId;
	}

	private RunSummary summarise(JobExecution execution, boolean restarted) {
		long instance = execution.getJobInstanceId();
		Map<String, Long> files = new TreeMap<>();
		long accepted = 0;
		for (LedgerEntry file : this.ledger.forJobInstance(instance)) {
			files.merge(file.status(), 1L, Long::sum);
			accepted += file.rowsAccepted();
		}
		String status = execution.getExitStatus().getExitCode();
		boolean scored = execution.getStatus() == BatchStatus.COMPLETED && !NewDataDecider.NOTHING_NEW.equals(status);
		String report = execution.getExecutionContext().containsKey(ReportStepConfiguration.REPORT_PATH)
				? execution.getExecutionContext().getString(ReportStepConfiguration.REPORT_PATH) : null;
		return new RunSummary(runId(execution), restarted, statusWords(execution), failure(execution),
				elapsed(execution), files, accepted, this.events.countByStatus(instance, "rejected"),
				this.events.countByStatus(instance, "missing"), scored ? tiers(instance) : Map.of(), report);
	}

	private static String statusWords(JobExecution execution) {
		if (NewDataDecider.NOTHING_NEW.equals(execution.getExitStatus().getExitCode())) {
			return "nothing new (every file waiting was already loaded or could not be read; no report written)";
		}
		return execution.getStatus().toString();
	}

	private Map<String, Long> tiers(long instance) {
		Map<String, Long> tiers = new LinkedHashMap<>();
		this.scores.areas(instance, this.register)
			.stream()
			.sorted((a, b) -> Integer.compare(b.tier() == null ? -1 : b.tier(), a.tier() == null ? -1 : a.tier()))
			.forEach(a -> tiers.merge(a.scored() ? a.tierName() : AreaScore.NOT_SCORED, 1L, Long::sum));
		return tiers;
	}

	private static String failure(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.FAILED) {
			return null;
		}
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus() == BatchStatus.FAILED) {
				Throwable cause = step.getFailureExceptions().isEmpty() ? null : rootCause(step.getFailureExceptions().get(0));
				return "step '" + step.getStepName() + "': " + (cause == null ? step.getExitStatus().getExitDescription()
						: cause.getClass().getSimpleName() + ": " + cause.getMessage());
			}
		}
		List<Throwable> failures = execution.getAllFailureExceptions();
		return failures.isEmpty() ? execution.getExitStatus().getExitDescription() : rootCause(failures.get(0)).toString();
	}

	static Throwable rootCause(Throwable t) {
		Throwable cause = t;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static Duration elapsed(JobExecution execution) {
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
		return start == null ? Duration.ZERO : Duration.between(start, end);
	}

	/** Copies the shipped sample files into the input folder (the {@code sample} verb). */
	public int copySample() throws java.io.IOException {
		return SampleData.copy(this.properties.sampleDir(), this.properties.inputDir());
	}

	Path inputDir() {
		return this.properties.inputDir();
	}

}
