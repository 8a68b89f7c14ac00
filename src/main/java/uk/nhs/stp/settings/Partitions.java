package uk.nhs.stp.settings;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;

/**
 * How a partitioned step runs its partitions: on the calling thread when one thread is asked for
 * (exactly the single-threaded run), otherwise on a thread per partition with at most
 * {@code threads} running at once; in either case started in a fixed order (files in delivery
 * order, metrics in catalogue order) rather than Spring Batch's set order, so a run on one thread
 * always does the same thing in the same order.
 */
public final class Partitions {

	private Partitions() {
	}

	/**
	 * @param worker the step each partition runs
	 * @param threadNamePrefix names the threads ({@code ingest-1}, {@code ingest-2}, …) in the log
	 * @param threads partitions run at once
	 * @param order the order partitions start in
	 */
	public static TaskExecutorPartitionHandler handler(Step worker, String threadNamePrefix, int threads,
			Comparator<StepExecution> order) {
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler() {

			@Override
			protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
				Set<StepExecution> ordered = new LinkedHashSet<>(partitions.stream().sorted(order).toList());
				return super.doHandle(manager, ordered);
			}

		};
		handler.setStep(worker);
		handler.setGridSize(threads);
		if (threads <= 1) {
			handler.setTaskExecutor(new SyncTaskExecutor());
		}
		else {
			SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(threadNamePrefix);
			executor.setConcurrencyLimit(threads);
			handler.setTaskExecutor(executor);
		}
		return handler;
	}

	/** Partitions in the order of a whole number their partitioner put in each one's context. */
	public static Comparator<StepExecution> byContext(String key) {
		return Comparator.comparingLong(s -> s.getExecutionContext().getLong(key, Long.MAX_VALUE));
	}

}
