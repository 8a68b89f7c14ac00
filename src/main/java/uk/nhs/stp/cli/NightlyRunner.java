package uk.nhs.stp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

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
import org.springframework.stereotype.Component;

import uk.nhs.stp.ingest.step.InputFolder;
import uk.nhs.stp.job.JobParameterKeys;
import uk.nhs.stp.job.NightlyJobConfiguration;
import uk.nhs.stp.settings.Progress;
import uk.nhs.stp.settings.StpProperties;

/**
 * Launches the nightly job: restarts the last execution if it failed (or was cut off by a crash),
 * otherwise starts a new run when files are waiting; then sums up what the run did. Before
 * anything runs, the folders and free space are checked and the database is backed up ({@link Preflight}).
 */
@Component
public class NightlyRunner {

	private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job nightly;

	private final StpProperties properties;

	private final RunSummaries summaries;

	private final Preflight preflight;

	NightlyRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightly, StpProperties properties,
			RunSummaries summaries, Preflight preflight) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.nightly = nightly;
		this.properties = properties;
		this.summaries = summaries;
		this.preflight = preflight;
	}

	/** The outcome of {@link #run}: a summary, or why nothing was done. */
	public record Outcome(RunSummary summary, String nothingToDo) {
	}

	/** Backwards-compatible form of {@link #run(boolean, Consumer)}. */
	public Outcome run(boolean rescore) throws Exception {
		return run(rescore, doing -> {
		});
	}

	/**
	 * The {@code run} verb.
	 * @param doing told the run's number once it is known (the run lock shows it to waiting runs)
	 */
	public Outcome run(boolean rescore, Consumer<String> doing) throws Exception {
		JobExecution last = lastExecution();
		if (last != null && needsRestart(last.getStatus())) {
			return restart(last, doing);
		}
		Folders.checkInput(this.properties.inputDir());
		List<String> waiting = InputFolder.waiting(this.properties.inputDir());
		if (waiting.isEmpty() && !rescore) {
			return new Outcome(null, "Nothing new: no files are waiting in " + this.properties.inputDir().toAbsolutePath()
					+ ". The last report stands; nothing was run.");
		}
		long runId = last == null ? 1 : RunSummaries.runId(last) + 1;
		doing.accept("run " + runId);
		this.preflight.beforeRun(waiting, "run-" + runId);
		Progress.line("Run {}: {} file(s) waiting in {}", runId, waiting.size(), this.properties.inputDir().toAbsolutePath());
		JobExecution execution = this.jobOperator.start(this.nightly, parameters(runId, rescore));
		return new Outcome(this.summaries.summarise(execution, false), null);
	}

	/** The {@code restart} verb: restarts the last run if it failed or was cut off, and nothing else. */
	public Outcome restartOnly(Consumer<String> doing) throws Exception {
		JobExecution last = lastExecution();
		if (last == null || !needsRestart(last.getStatus())) {
			return new Outcome(null, last == null ? "Nothing to restart: there are no runs yet."
					: "Nothing to restart: the last run (run " + RunSummaries.runId(last) + ") ended " + last.getStatus()
							+ ". Use run to start a new one.");
		}
		return restart(last, doing);
	}

	/**
	 * Restarts a failed run. An execution still marked as running can only be left over from a
	 * crash, because this process holds the run lock; it is first recovered (marked failed).
	 */
	private Outcome restart(JobExecution last, Consumer<String> doing) throws Exception {
		long runId = RunSummaries.runId(last);
		doing.accept("restarting run " + runId);
		this.preflight.beforeRun(InputFolder.waiting(this.properties.inputDir()), "restart-" + runId);
		JobExecution failed = last;
		if (last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN) {
			log.warn("run {} was cut off while {}; recovering it", runId, last.getStatus());
			Progress.line("Run {} was cut off while {} (its process is gone); recovering it", runId, last.getStatus());
			failed = this.jobOperator.recover(last);
		}
		Progress.line("Restarting run {} where it stopped", runId);
		return new Outcome(this.summaries.summarise(this.jobOperator.restart(failed), true), null);
	}

	JobExecution lastExecution() {
		JobInstance instance = this.jobRepository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME);
		return instance == null ? null : this.jobRepository.getLastJobExecution(instance);
	}

	static boolean needsRestart(BatchStatus status) {
		return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status.isRunning()
				|| status == BatchStatus.UNKNOWN;
	}

	private JobParameters parameters(long runId, boolean rescore) {
		return new JobParametersBuilder().addLong(JobParameterKeys.RUN_ID, runId)
			.addLocalDate(JobParameterKeys.RUN_DATE, LocalDate.now(), false)
			.addString(JobParameterKeys.INPUT_DIR, this.properties.inputDir().toAbsolutePath().toString(), false)
			.addString(JobParameterKeys.OUTPUT_DIR, this.properties.outputDir().toAbsolutePath().toString(), false)
			.addString(JobParameterKeys.RESCORE, Boolean.toString(rescore), false)
			.toJobParameters();
	}

	/** Copies the shipped sample files into the input folder (the {@code sample} verb). */
	public SampleData.Copied copySample() throws IOException {
		return SampleData.copy(this.properties.sampleDir(), this.properties.inputDir(), this.properties.outputDir(),
				this.properties.ingest().settleSeconds());
	}

	Path inputDir() {
		return this.properties.inputDir();
	}

}
