package uk.nhs.stp.bench;

import java.time.Duration;
import java.util.Set;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.skip.LimitCheckingExceptionHierarchySkipPolicy;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.transaction.PlatformTransactionManager;

import uk.nhs.stp.ingest.RowRejectedException;

/**
 * What Spring Batch's chunk machinery costs on its own: a step shaped as the ingest's (chunks of
 * 10,000, fault tolerant with the same skip policy, on the same job repository and transaction
 * manager) whose reader hands out ready-made items, whose processor passes them through and whose
 * writer does nothing. Its time for a million items is the part of an ingest that no change to
 * parsing, validating or storing can remove while each row is one Batch item.
 */
final class BatchFloor {

	private BatchFloor() {
	}

	/** The step's own time, in seconds, for {@code items} items. */
	static double seconds(JobRepository repository, JobOperator operator, PlatformTransactionManager transactions,
			int items) throws Exception {
		Step step = new StepBuilder("bench-items", repository).<Integer, Integer>chunk(10_000)
			.transactionManager(transactions)
			.reader(counter(items))
			.processor(item -> item)
			.writer(chunk -> {
			})
			.faultTolerant()
			.skipPolicy(new LimitCheckingExceptionHierarchySkipPolicy(Set.of(RowRejectedException.class), 1000))
			.build();
		Job job = new JobBuilder("bench-items", repository).start(step).build();
		JobExecution execution = operator.start(job,
				new JobParametersBuilder().addLong("run", System.nanoTime()).toJobParameters());
		StepExecution done = execution.getStepExecutions().iterator().next();
		if (done.getReadCount() != items) {
			throw new IllegalStateException("read " + done.getReadCount() + " of " + items);
		}
		return Duration.between(done.getStartTime(), done.getEndTime()).toMillis() / 1000.0;
	}

	private static ItemReader<Integer> counter(int items) {
		int[] next = { 0 };
		return () -> next[0] < items ? next[0]++ : null;
	}

}
