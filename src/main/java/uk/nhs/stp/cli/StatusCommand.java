package uk.nhs.stp.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import uk.nhs.stp.job.NightlyJobConfiguration;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.LedgerEntry;

/**
 * The {@code status} verb: the last runs from the job repository (start, end, status, attempts,
 * files, rows and the report written) and the file ledger's totals.
 */
@Component
public class StatusCommand {

	private static final int RUNS_SHOWN = 10;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobRepository jobRepository;

	private final FileLedgerDao ledger;

	public StatusCommand(JobRepository jobRepository, FileLedgerDao ledger) {
		this.jobRepository = jobRepository;
		this.ledger = ledger;
	}

	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		List<JobInstance> instances = this.jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, RUNS_SHOWN);
		lines.add(instances.isEmpty() ? "No runs yet." : "Last runs (newest first):");
		for (JobInstance instance : instances) {
			lines.addAll(describe(instance, this.jobRepository.getJobExecutions(instance)));
		}
		lines.add(ledgerTotals());
		return lines;
	}

	/** Two lines for a run: its outcome and times, then its files, rows and report. */
	private List<String> describe(JobInstance instance, List<JobExecution> executions) {
		JobExecution last = executions.get(0);
		JobExecution first = executions.get(executions.size() - 1);
		String status = RunSummaries.nothingNew(last) ? "NOTHING NEW" : last.getStatus().toString();
		if (NightlyRunner.needsRestart(last.getStatus()) && last.getStatus().isRunning()) {
			status += " (cut off: its process is gone; run, restart or recover carries it on)";
		}
		String attempts = executions.size() == 1 ? "" : "; " + executions.size() + " attempts";
		String first1 = String.format("  run %d  %s  %s \u2013 %s (%.1f s%s)", RunSummaries.runId(last), status,
				time(first.getStartTime()), time(last.getEndTime()), seconds(first, last), attempts);
		List<LedgerEntry> files = this.ledger.forJobInstance(instance.getInstanceId());
		long rows = files.stream().mapToLong(LedgerEntry::rowsAccepted).sum();
		long rejected = files.stream().mapToLong(LedgerEntry::rowsRejected).sum();
		String report = RunSummaries.report(last);
		String second = String.format("         files: %s; rows: %,d accepted, %,d rejected; report: %s",
				RunSummary.fileCounts(files.stream().map(RunSummaries::fate).toList()), rows, rejected, report == null ? "none" : report);
		return List.of(first1, second);
	}

	private static double seconds(JobExecution first, JobExecution last) {
		if (first.getStartTime() == null) {
			return 0;
		}
		LocalDateTime end = last.getEndTime() == null ? last.getLastUpdated() : last.getEndTime();
		return end == null ? 0 : java.time.Duration.between(first.getStartTime(), end).toMillis() / 1000.0;
	}

	private static String time(LocalDateTime time) {
		return time == null ? "(not ended)" : time.format(TIME);
	}

	private String ledgerTotals() {
		Map<String, Integer> fates = new TreeMap<>();
		long rows = 0;
		for (LedgerEntry file : this.ledger.all()) {
			fates.merge(file.status(), 1, Integer::sum);
			rows += file.rowsAccepted();
		}
		List<String> counts = new ArrayList<>();
		fates.forEach((fate, n) -> counts.add(n + " " + fate));
		return String.format("File ledger: %s; %,d observations loaded in all.",
				counts.isEmpty() ? "no files" : String.join(", ", counts), rows);
	}

}
