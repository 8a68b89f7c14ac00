package uk.nhs.stp.cli;

import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import uk.nhs.stp.ingest.step.FileArchiver;
import uk.nhs.stp.job.JobParameterKeys;
import uk.nhs.stp.settings.Progress;
import uk.nhs.stp.store.DatabaseCheckpoint;
import uk.nhs.stp.store.FileLedgerDao;

/**
 * What a run cut off by a crash leaves that Spring Batch's restart does not redo. Batch records a
 * step COMPLETED before its {@code afterStep} listeners run, and the input files are moved to the
 * archive in such a listener ({@link FileArchiver}), so a crash while moving them leaves files in
 * the input folder that the restart (which skips a completed step) would never move. They are moved
 * here, before the restart.
 */
@Component
class CutOffRuns {

	private final JobRepository jobRepository;

	private final FileLedgerDao ledger;

	private final DatabaseCheckpoint checkpoint;

	CutOffRuns(JobRepository jobRepository, FileLedgerDao ledger, DatabaseCheckpoint checkpoint) {
		this.jobRepository = jobRepository;
		this.ledger = ledger;
		this.checkpoint = checkpoint;
	}

	void finishArchiving(JobExecution execution) {
		StepExecution ingest = this.jobRepository.getLastStepExecution(execution.getJobInstance(), "ingest");
		if (ingest == null || ingest.getStatus() != BatchStatus.COMPLETED) {
			return;
		}
		JobParameters parameters = execution.getJobParameters();
		int moved = new FileArchiver(Path.of(parameters.getString(JobParameterKeys.INPUT_DIR)), this.ledger,
				parameters.getLocalDate(JobParameterKeys.RUN_DATE), this.checkpoint)
			.finishMoves(execution.getJobInstanceId());
		if (moved > 0) {
			Progress.line("ingest: moved {} file(s) the cut-off run had not moved out of the input folder yet", moved);
		}
	}

}
