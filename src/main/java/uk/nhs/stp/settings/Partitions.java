package uk.nhs.stp.settings;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * The task executor a partitioned step runs its partitions on: the calling thread when one thread
 * is asked for (exactly the single-threaded run), otherwise a thread per partition with at most
 * {@code threads} running at once (the partition handler waits for a free one).
 */
public final class Partitions {

	private Partitions() {
	}

	public static TaskExecutor executor(String threadNamePrefix, int threads) {
		if (threads <= 1) {
			return new SyncTaskExecutor();
		}
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(threadNamePrefix);
		executor.setConcurrencyLimit(threads);
		return executor;
	}

}
