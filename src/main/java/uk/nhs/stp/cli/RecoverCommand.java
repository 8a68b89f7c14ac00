package uk.nhs.stp.cli;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.ScoreDao;

/**
 * The {@code recover} verb, for a run cut off by a crash (left STARTED in the job repository):
 * Spring Batch's {@link JobOperator#recover} marks it FAILED so {@code restart} or the next
 * {@code run} carries it on where it stopped. With {@code --abandon}, {@link JobOperator#abandon}
 * gives the run up instead, and what it left half-done is undone: files it was part-way through
 * are dropped (so the next run reads them again from the start) and any scores it stored are
 * removed (so the next report compares with the last complete run). Files it loaded stay loaded.
 * Safe because the command line holds the run lock: no live process is running that execution.
 */
@Component
class RecoverCommand {

	private final NightlyRunner runner;

	private final JobOperator jobOperator;

	private final FileLedgerDao ledger;

	private final ScoreDao scores;

	RecoverCommand(NightlyRunner runner, JobOperator jobOperator, FileLedgerDao ledger, ScoreDao scores) {
		this.runner = runner;
		this.jobOperator = jobOperator;
		this.ledger = ledger;
		this.scores = scores;
	}

	List<String> recover(boolean abandon) throws Exception {
		JobExecution last = this.runner.lastExecution();
		if (last == null) {
			return List.of("Nothing to recover: there are no runs yet.");
		}
		long runId = RunSummaries.runId(last);
		List<String> lines = new ArrayList<>();
		JobExecution execution = last;
		BatchStatus was = last.getStatus();
		if (was.isRunning() || was == BatchStatus.UNKNOWN) {
			String started = last.getStartTime() == null ? "" : ", started " + last.getStartTime().truncatedTo(ChronoUnit.SECONDS);
			execution = this.jobOperator.recover(last);
			lines.add("Run " + runId + " (execution " + last.getId() + started + ") was cut off while " + was
					+ " (its process is gone); it is now marked FAILED.");
		}
		if (abandon && NightlyRunner.needsRestart(execution.getStatus())) {
			lines.addAll(abandon(execution, runId));
		}
		else if (!lines.isEmpty()) {
			lines.add("jobs/nightly restart (or the next run) carries it on where it stopped; "
					+ "jobs/nightly recover --abandon gives it up.");
		}
		else {
			lines.add("Nothing to recover: the last run (run " + runId + ") ended " + execution.getStatus()
					+ (execution.getStatus() == BatchStatus.FAILED
							? ". It was not cut off: restart carries it on, recover --abandon gives it up." : "."));
		}
		return lines;
	}

	private List<String> abandon(JobExecution execution, long runId) throws Exception {
		this.jobOperator.abandon(execution);
		int dropped = this.ledger.dropPartialLoads(execution.getJobInstanceId(),
				"the run reading it was abandoned (recover --abandon); the rows read were dropped and the next run reads the file again");
		this.scores.deleteRun(execution.getJobInstanceId());
		return List.of("Run " + runId + " is abandoned: " + dropped + " file(s) it had not finished loading dropped (the next run reads them again), its scores removed; "
				+ "files it loaded stay loaded. The next run starts afresh as run " + (runId + 1) + ".");
	}

}
