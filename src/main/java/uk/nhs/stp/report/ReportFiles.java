package uk.nhs.stp.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a report's files side by side, one thread per core: the national workbook and each
 * regional pack are separate workbooks sharing nothing but the (read-only) report data, so their
 * content is the same whichever order they are written in. Every file is written before this
 * returns, even when one fails (each removes its own temporary copy), and the first failure is
 * thrown as it was raised, so a full disk is still reported as one.
 */
final class ReportFiles {

	/** Beyond this many areas a report's workbooks are large, and written one at a time to bound the heap. */
	static final int PARALLEL_AREAS = 500;

	/** One file to write. */
	@FunctionalInterface
	interface File {

		void write() throws IOException;

	}

	private final List<File> files = new ArrayList<>();

	ReportFiles add(File file) {
		this.files.add(file);
		return this;
	}

	/**
	 * @param threads at most this many files at once
	 * @return each file's writing time in nanoseconds, in the order they were added
	 */
	long[] write(int threads) throws IOException {
		long[] nanos = new long[this.files.size()];
		if (threads <= 1 || this.files.size() <= 1) {
			for (int i = 0; i < this.files.size(); i++) {
				nanos[i] = timed(this.files.get(i));
			}
			return nanos;
		}
		AtomicInteger count = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, this.files.size()), task -> {
			Thread thread = new Thread(task, "report-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Long>> written = new ArrayList<>();
			this.files.forEach(file -> written.add(pool.submit(() -> timed(file))));
			Throwable first = null;
			for (int i = 0; i < written.size(); i++) {
				try {
					nanos[i] = written.get(i).get();
				}
				catch (ExecutionException ex) {
					first = first == null ? ex.getCause() : first;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					first = first == null ? ex : first;
				}
			}
			rethrow(first);
			return nanos;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long timed(File file) throws IOException {
		long start = System.nanoTime();
		file.write();
		return System.nanoTime() - start;
	}

	private static void rethrow(Throwable failure) throws IOException {
		if (failure == null) {
			return;
		}
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException("writing the report was interrupted", failure);
	}

}
