package uk.nhs.stp.cli;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;

import uk.nhs.stp.ingest.step.InputFolder;
import uk.nhs.stp.settings.FolderException;

/**
 * A night known to have nothing to do before the application opened the database: the last run
 * needs no restart ({@link RestartMark}) and no file is waiting. Thrown from the run lock's
 * listener, it abandons Spring's start-up (Boot's {@link SpringApplication.AbandonedRunException}
 * is passed through without a failure report), and the command line prints the same line as a
 * night that opened the database to find the same.
 */
final class NothingNew extends SpringApplication.AbandonedRunException {

	private final String line;

	NothingNew(String line) {
		this.line = line;
	}

	/** What the console is told. */
	String line() {
		return this.line;
	}

	/**
	 * Whether the input folder is usable and holds no file at all: anything there (a file still
	 * arriving, a duplicate, a lock file) is left to a run that opens the database, which says what
	 * became of it; so does a folder that is missing or read-only.
	 */
	static boolean nothingWaiting(Path input) {
		try {
			Folders.checkInput(input);
			return InputFolder.waiting(input).isEmpty();
		}
		catch (FolderException | java.io.UncheckedIOException ex) {
			return false;
		}
	}

}
