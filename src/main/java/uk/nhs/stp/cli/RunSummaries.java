package uk.nhs.stp.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.job.JobParameterKeys;
import uk.nhs.stp.job.NewDataDecider;
import uk.nhs.stp.report.ReportStepConfiguration;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.settings.Printable;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.IngestEventDao;
import uk.nhs.stp.store.LedgerEntry;
import uk.nhs.stp.store.ScoreDao;

/** Sums up a job execution from the job repository and the store: its run summary. */
@Component
class RunSummaries {

	private final FileLedgerDao ledger;

	private final IngestEventDao events;

	private final ScoreDao scores;

	private final AreaRegister register;

	RunSummaries(FileLedgerDao ledger, IngestEventDao events, ScoreDao scores, AreaRegister register) {
		this.ledger = ledger;
		this.events = events;
		this.scores = scores;
		this.register = register;
	}

	RunSummary summarise(JobExecution execution, boolean restarted) {
		long instance = execution.getJobInstanceId();
		List<LedgerEntry> files = this.ledger.forJobInstance(instance);
		long accepted = files.stream().mapToLong(LedgerEntry::rowsAccepted).sum();
		boolean scored = execution.getStatus() == BatchStatus.COMPLETED && !nothingNew(execution);
		Throwable cause = cause(execution);
		String failure = failure(execution, cause);
		int exitCode = failure == null ? ExitCodes.OK
				: cause != null && Failures.isFolderOrDisk(cause) ? ExitCodes.FOLDER_OR_DISK : ExitCodes.FAILED;
		RunSummary.Run run = new RunSummary.Run(runId(execution), restarted, statusWords(execution), failure, exitCode,
				elapsed(execution));
		RunSummary.Rows rows = new RunSummary.Rows(accepted, this.events.countByStatus(instance, "rejected"),
				this.events.countByStatus(instance, "missing"));
		return new RunSummary(run, files.stream().map(RunSummaries::fate).toList(), rows,
				scored ? tiers(instance) : Map.of(), report(execution));
	}

	/** What happened to one file, as the summary and {@code status} say it. */
	static RunSummary.FileFate fate(LedgerEntry file) {
		String name = Printable.of(file.fileName());
		String moved = file.movedTo() == null ? "" : " \u2192 " + Printable.of(file.movedTo());
		String reason = ": " + Printable.of(String.valueOf(file.reason()));
		return switch (file.status()) {
			case FileLedgerDao.LOADED -> new RunSummary.FileFate(name, RunSummary.Fate.LOADED,
					String.format(" (%,d values, %,d rows rejected)%s", file.rowsAccepted(), file.rowsRejected(), moved));
			case FileLedgerDao.REJECTED -> new RunSummary.FileFate(name, RunSummary.Fate.REJECTED, reason + moved);
			case FileLedgerDao.LOADING -> new RunSummary.FileFate(name, RunSummary.Fate.PART_LOADED,
					": the run stopped while reading it; a restart carries on where it stopped");
			default -> new RunSummary.FileFate(name, ignoredFate(file.reasonClass()), reason + moved);
		};
	}

	private static RunSummary.Fate ignoredFate(String reasonClass) {
		if ("duplicate_file".equals(reasonClass)) {
			return RunSummary.Fate.DUPLICATE;
		}
		return "partial_upload".equals(reasonClass) ? RunSummary.Fate.ARRIVING : RunSummary.Fate.SET_ASIDE;
	}

	static boolean nothingNew(JobExecution execution) {
		return NewDataDecider.NOTHING_NEW.equals(execution.getExitStatus().getExitCode());
	}

	private static String statusWords(JobExecution execution) {
		if (nothingNew(execution)) {
			return "nothing new (no file was loaded; the last report stands)";
		}
		return execution.getStatus().toString();
	}

	static String report(JobExecution execution) {
		return execution.getExecutionContext().containsKey(ReportStepConfiguration.REPORT_PATH)
				? execution.getExecutionContext().getString(ReportStepConfiguration.REPORT_PATH) : null;
	}

	private Map<String, Long> tiers(long instance) {
		Map<String, Long> tiers = new LinkedHashMap<>();
		this.scores.areas(instance, this.register)
			.stream()
			.sorted((a, b) -> Integer.compare(b.tier() == null ? -1 : b.tier(), a.tier() == null ? -1 : a.tier()))
			.forEach(a -> tiers.merge(a.scored() ? a.tierName() : AreaScore.NOT_SCORED, 1L, Long::sum));
		return tiers;
	}

	/** Where and why the run did not complete, or null if it did. */
	private static String failure(JobExecution execution, Throwable cause) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return null;
		}
		String status = execution.getStatus() == BatchStatus.UNKNOWN
				? " (its state could not be recorded: status UNKNOWN)" : "";
		for (StepExecution step : partitionsFirst(execution)) {
			if (step.getStatus().isUnsuccessful()) {
				return "step " + StepNames.describe(step) + status + ": "
						+ (cause == null ? step.getExitStatus().getExitDescription() : Failures.describe(cause));
			}
		}
		return (status.isEmpty() ? execution.getStatus().toString() : status.strip()) + ": "
				+ (cause == null ? execution.getExitStatus().getExitDescription() : Failures.describe(cause));
	}

	/** The first failure recorded, a failed step's first. */
	private static Throwable cause(JobExecution execution) {
		for (StepExecution step : partitionsFirst(execution)) {
			if (step.getStatus().isUnsuccessful() && !step.getFailureExceptions().isEmpty()) {
				return step.getFailureExceptions().get(0);
			}
		}
		List<Throwable> failures = execution.getAllFailureExceptions();
		return failures.isEmpty() ? null : failures.get(0);
	}

	/**
	 * The run's steps, a partition's own step before the partitioned step it belongs to: the step
	 * over all the partitions only says that one of them failed, the partition says which and why.
	 */
	private static List<StepExecution> partitionsFirst(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.sorted(java.util.Comparator.comparing((StepExecution s) -> !StepNames.isPartition(s)))
			.toList();
	}

	static long runId(JobExecution execution) {
		Long runId = execution.getJobParameters().getLong(JobParameterKeys.RUN_ID);
		return runId == null ? execution.getJobInstanceId() : runId;
	}

	static Duration elapsed(JobExecution execution) {
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
		return start == null ? Duration.ZERO : Duration.between(start, end);
	}

}
