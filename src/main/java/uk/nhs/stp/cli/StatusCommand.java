package uk.nhs.stp.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import uk.nhs.stp.job.JobParameterKeys;
import uk.nhs.stp.job.NightlyJobConfiguration;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.LedgerEntry;

/** The {@code status} verb: the last runs from the job repository and the file ledger's totals. */
@Component
public class StatusCommand {

	private static final int RUNS_SHOWN = 10;

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
			for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
				lines.add(String.format("  run %s  execution %d  started %s  %s (%s)",
						execution.getJobParameters().getLong(JobParameterKeys.RUN_ID), execution.getId(),
						execution.getStartTime(), execution.getStatus(), execution.getExitStatus().getExitCode()));
			}
		}
		Map<String, Integer> fates = new TreeMap<>();
		long rows = 0;
		for (LedgerEntry file : this.ledger.all()) {
			fates.merge(file.status(), 1, Integer::sum);
			rows += file.rowsAccepted();
		}
		lines.add(String.format("File ledger: %s; %,d observations loaded in all.", fates.isEmpty() ? "no files" : fates,
				rows));
		return lines;
	}

}
