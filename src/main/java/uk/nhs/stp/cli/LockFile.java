package uk.nhs.stp.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import uk.nhs.stp.settings.FolderException;
import uk.nhs.stp.settings.OwnerOnlyFiles;

/**
 * The run lock on HSQLDB: an operating-system lock ({@link FileChannel#tryLock()}) on
 * {@value #FILE_NAME} in the database folder, which the OS releases when the process ends. The file
 * holds one line saying who holds the lock.
 */
final class LockFile implements RunLock.Latch {

	static final String FILE_NAME = "run.lock";

	private final Path dbDir;

	private final Path file;

	private final FileChannel channel;

	private FileLock lock;

	private LockFile(Path dbDir, FileChannel channel) {
		this.dbDir = dbDir;
		this.file = dbDir.resolve(FILE_NAME);
		this.channel = channel;
	}

	/**
	 * @param dbDir the database folder (created if missing)
	 * @throws FolderException if the folder cannot be created or written
	 */
	static LockFile open(Path dbDir) {
		try {
			OwnerOnlyFiles.createDirectories(dbDir);
			return new LockFile(dbDir, FileChannel.open(dbDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
					StandardOpenOption.READ, StandardOpenOption.WRITE));
		}
		catch (IOException ex) {
			throw FolderException.of("the database folder", dbDir, ex);
		}
	}

	@Override
	public boolean tryTake() {
		try {
			this.lock = this.channel.tryLock();
			return this.lock != null;
		}
		catch (OverlappingFileLockException ex) {
			// held by this very process (another command line in the same JVM, as in tests)
			return false;
		}
		catch (IOException ex) {
			throw new FolderException("the database folder " + this.dbDir + " cannot be locked: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String holder() {
		try {
			String text = Files.readString(this.file, StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? "a run that is just starting" : text;
		}
		catch (NoSuchFileException ex) {
			return "a run that is just ending";
		}
		catch (IOException ex) {
			return "a run (its lock file cannot be read: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void describe(String line) {
		try {
			this.channel.truncate(0);
			this.channel.write(ByteBuffer.wrap((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8)), 0);
			this.channel.force(false);
		}
		catch (IOException ex) {
			// the line only informs others; the lock itself is what counts
		}
	}

	@Override
	public String database() {
		return "the database " + this.dbDir;
	}

	@Override
	public void release() {
		try {
			if (this.lock != null) {
				this.channel.truncate(0);
				this.lock.release();
			}
			this.channel.close();
		}
		catch (IOException ex) {
			// the OS releases the lock when the process ends in any case
		}
	}

}
