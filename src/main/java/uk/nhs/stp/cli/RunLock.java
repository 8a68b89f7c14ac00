package uk.nhs.stp.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One run at a time: a lock held for as long as a verb uses the store, released however the
 * process ends, so a run killed at night never blocks the next one. On HSQLDB it is an
 * operating-system lock on {@value LockFile#FILE_NAME} in the database folder ({@link LockFile});
 * on PostgreSQL, whose database other machines may share, a session advisory lock on the server
 * ({@link AdvisoryLock}). Either way the holder is named (pid, verb, start, run number) to a run that
 * is refused or waits. Written by hand because the lock must be taken before Spring opens the
 * database (Flyway migrates at start-up), so Spring Integration's lock registries do not fit.
 */
final class RunLock implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(250);

	private final Latch latch;

	private final String holder;

	private RunLock(Latch latch, String holder) {
		this.latch = latch;
		this.holder = holder;
	}

	/** What the lock is held on. Failures to reach it are unchecked and name the folder or database. */
	interface Latch {

		/** Takes the lock if it is free; false while another run holds it. */
		boolean tryTake();

		/** Who holds the lock now, in words ("pid 4242, 'run', started …"). */
		String holder();

		/** Publishes this run's holder line, for runs that are refused or wait. */
		void describe(String line);

		/** What is locked, for messages: "the database …". */
		String database();

		/** Releases the lock (if taken) and what it was held with. */
		void release();

	}

	/** Another run holds the lock (exit code 3); the message names it. */
	static final class BusyException extends RuntimeException {

		BusyException(String message) {
			super(message);
		}

	}

	/** The database cannot be reached to take the lock (exit code 1); the message names it. */
	static final class UnreachableException extends RuntimeException {

		UnreachableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** The lock file in the database folder (HSQLDB), waiting up to {@code waitFor}. */
	static RunLock acquire(Path dbDir, String verb, Duration waitFor, PrintStream out) {
		return acquire(LockFile.open(dbDir), verb, waitFor, out);
	}

	/**
	 * Takes the lock, waiting up to {@code waitFor} for another run to finish.
	 * @param verb what this process is doing, for whoever has to wait for it
	 * @param out where "waiting for…" is said
	 * @throws BusyException if another run still holds the lock when the wait is over
	 */
	static RunLock acquire(Latch latch, String verb, Duration waitFor, PrintStream out) {
		String holder = "pid " + ProcessHandle.current().pid() + ", '" + verb + "', started "
				+ LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		Instant deadline = Instant.now().plus(waitFor);
		String waitingFor = null;
		try {
			while (true) {
				if (latch.tryTake()) {
					RunLock acquired = new RunLock(latch, holder);
					acquired.describe(null);
					if (waitingFor != null) {
						out.println("The other run has finished; going ahead.");
					}
					return acquired;
				}
				String other = latch.holder();
				if (!Instant.now().isBefore(deadline)) {
					latch.release();
					throw new BusyException("another stp-analytics run is using " + latch.database() + ": " + other
							+ ". Nothing was done; try again when it has finished, or add --wait to wait for it.");
				}
				if (!other.equals(waitingFor)) {
					out.println("Waiting for the run using the database to finish: " + other);
					waitingFor = other;
				}
				Thread.sleep(POLL.toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			latch.release();
			throw new BusyException("interrupted while waiting for " + latch.database());
		}
	}

	/** Rewrites the holder line, adding what the run is now doing (e.g. "run 17"). */
	void describe(String doing) {
		this.latch.describe(this.holder + (doing == null ? "" : ", " + doing));
	}

	@Override
	public void close() {
		this.latch.release();
	}

}
