package uk.nhs.stp.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

import uk.nhs.stp.store.FileLedgerDao;

/**
 * After ingest: if this run loaded no new file (and no rescore was asked for), the job ends
 * with {@value #NOTHING_NEW}, leaving the last report standing; otherwise it goes on to score.
 */
public class NewDataDecider implements JobExecutionDecider {

	public static final String NOTHING_NEW = "NOTHING_NEW";

	public static final String NEW_DATA = "NEW_DATA";

	private final FileLedgerDao ledger;

	public NewDataDecider(FileLedgerDao ledger) {
		this.ledger = ledger;
	}

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
		boolean rescore = "true".equals(jobExecution.getJobParameters().getString(JobParameterKeys.RESCORE));
		boolean loaded = this.ledger.countLoaded(jobExecution.getJobInstanceId()) > 0;
		return new FlowExecutionStatus(loaded || rescore ? NEW_DATA : NOTHING_NEW);
	}

}
