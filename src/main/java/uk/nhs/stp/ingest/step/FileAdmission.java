package uk.nhs.stp.ingest.step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import uk.nhs.stp.ingest.FileEvent;

/**
 * Which waiting files are not ready to read: Excel's lock files, files under a temporary name,
 * and files changed within the settle time (probably still being copied). They are logged as
 * ignored and left in place, to be read on a later run once complete. And which are refused:
 * symbolic links.
 */
final class FileAdmission {

	private FileAdmission() {
	}

	static Optional<FileEvent> notReadyYet(long fileId, String name, Path file, Duration settle, Clock clock)
			throws IOException {
		if (InputFolder.isLockFile(name)) {
			return Optional.of(ignored(fileId, name, "lock_file", "an Excel lock file (the workbook is open somewhere); ignored"));
		}
		if (InputFolder.isPartialName(name)) {
			return Optional.of(ignored(fileId, name, "partial_upload",
					"a temporary name used while a file is copied or downloaded; it is read once renamed"));
		}
		Duration age = Duration.between(Files.getLastModifiedTime(file).toInstant(), clock.instant());
		if (age.compareTo(settle) < 0) {
			return Optional.of(ignored(fileId, name, "partial_upload", "changed " + Math.max(0, age.toSeconds())
					+ " s ago, so it may still be arriving; it will be read on a later run"));
		}
		return Optional.empty();
	}

	/**
	 * A symbolic link is rejected, never followed: the input folder is the trust boundary, and a
	 * link could make the job read (and quote in its rejected-row reasons) any file it can read.
	 */
	static Optional<FileEvent> refused(long fileId, String name, Path file) {
		if (!Files.isSymbolicLink(file)) {
			return Optional.empty();
		}
		return Optional.of(new FileEvent(FileEvent.Kind.REJECTED, fileId, name, "", 0, 0, "symbolic_link",
				"a symbolic link; links are never followed (the input folder is the trust boundary): copy the file itself into the folder"));
	}

	private static FileEvent ignored(long fileId, String name, String reasonClass, String reason) {
		return new FileEvent(FileEvent.Kind.IGNORED, fileId, name, "", 0, 0, reasonClass, reason);
	}

}
