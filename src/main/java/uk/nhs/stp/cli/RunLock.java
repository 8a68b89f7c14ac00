package uk.nhs.stp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import uk.nhs.stp.settings.FolderException;
import uk.nhs.stp.settings.OwnerOnlyFiles;

/**
 * One run at a time: an operating-system lock ({@link FileChannel#tryLock()}) on
 * {@value #FILE_NAME} in the database folder, held for as long as a verb uses the store. The OS
 * releases it when the process ends, however it ends, so a run killed at night never blocks the
 * next one. The file holds one line saying who holds the lock (pid, verb, start, run number), which
 * a refused or waiting run prints. Written by hand because the lock must be taken before Spring
 * opens the database (Flyway migrates at start-up), so Spring Integration's lock registries do not fit.
 */
final class RunLock implements AutoCloseable {

	static final String FILE_NAME = "run.lock";

	private static final Duration POLL = Duration.ofMillis(250);

	private final FileChannel channel;

	private final FileLock lock;

	private final String holder;

	private RunLock(FileChannel channel, FileLock lock, String holder) {
		this.channel = channel;
		this.lock = lock;
		this.holder = holder;
	}

	/** Another run holds the lock (exit code 3); the message names it. */
	static final class BusyException extends RuntimeException {

		BusyException(String message) {
			super(message);
		}

	}

	/**
	 * Takes the lock, waiting up to {@code waitFor} for another run to finish.
	 * @param dbDir the database folder (created if missing)
	 * @param verb what this process is doing, for whoever has to wait for it
	 * @param out where "waiting for…" is said
	 * @throws BusyException if another run still holds the lock when the wait is over
	 * @throws FolderException if the folder cannot be created or written
	 */
	static RunLock acquire(Path dbDir, String verb, Duration waitFor, PrintStream out) {
		Path file = dbDir.resolve(FILE_NAME);
		FileChannel channel = open(dbDir, file);
		String holder = "pid " + ProcessHandle.current().pid() + ", '" + verb + "', started "
				+ LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		Instant deadline = Instant.now().plus(waitFor);
		String waitingFor = null;
		try {
			while (true) {
				FileLock lock = tryLock(channel);
				if (lock != null) {
					RunLock acquired = new RunLock(channel, lock, holder);
					acquired.describe(null);
					if (waitingFor != null) {
						out.println("The other run has finished; going ahead.");
					}
					return acquired;
				}
				String other = holderOf(file);
				if (!Instant.now().isBefore(deadline)) {
					channel.close();
					throw new BusyException("another stp-analytics run is using the database " + dbDir + ": " + other
							+ ". Nothing was done; try again when it has finished, or add --wait to wait for it.");
				}
				if (!other.equals(waitingFor)) {
					out.println("Waiting for the run using the database to finish: " + other);
					waitingFor = other;
				}
				Thread.sleep(POLL.toMillis());
			}
		}
		catch (IOException ex) {
			throw new FolderException("the database folder " + dbDir + " cannot be locked: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BusyException("interrupted while waiting for the database " + dbDir);
		}
	}

	private static FileChannel open(Path dbDir, Path file) {
		try {
			OwnerOnlyFiles.createDirectories(dbDir);
			return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw FolderException.of("the database folder", dbDir, ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// held by this very process (another command line in the same JVM, as in tests)
			return null;
		}
	}

	private static String holderOf(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? "a run that is just starting" : text;
		}
		catch (NoSuchFileException ex) {
			return "a run that is just ending";
		}
		catch (IOException ex) {
			return "a run (its lock file cannot be read: " + ex.getMessage() + ")";
		}
	}

	/** Rewrites the holder line, adding what the run is now doing (e.g. "run 17"). */
	void describe(String doing) {
		String line = this.holder + (doing == null ? "" : ", " + doing) + System.lineSeparator();
		try {
			this.channel.truncate(0);
			this.channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), 0);
			this.channel.force(false);
		}
		catch (IOException ex) {
			// the line only informs others; the lock itself is what counts
		}
	}

	@Override
	public void close() {
		try {
			this.channel.truncate(0);
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			// the OS releases the lock when the process ends in any case
		}
	}

}
