package uk.nhs.stp.ingest.step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import uk.nhs.stp.ingest.FileEvent;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.LedgerEntry;

/**
 * Decides a waiting file's fate before anything is read from it. Refused: symbolic links. Left for
 * a later run (logged as ignored, left in place): Excel's lock files, files under a temporary name,
 * and files changed within the settle time (probably still being copied). Set aside: content
 * (SHA-256) already loaded, in an earlier run or by another file of this run. Every other file is
 * admitted to be read.
 */
final class FileAdmission {

	/**
	 * A file's fate at admission.
	 *
	 * @param sha256 the SHA-256 of its content ("" when not read)
	 * @param size its size in bytes (0 when not read)
	 * @param closed the event that closes it unread, or null when it is admitted
	 */
	record Verdict(String sha256, long size, FileEvent closed) {

		boolean admitted() {
			return this.closed == null;
		}

	}

	private final FileLedgerDao ledger;

	private final Duration settle;

	private final Clock clock;

	FileAdmission(FileLedgerDao ledger, Duration settle, Clock clock) {
		this.ledger = ledger;
		this.settle = settle;
		this.clock = clock;
	}

	/**
	 * @param admittedThisRun content already admitted in this run, SHA-256 to file name
	 */
	Verdict decide(long fileId, String name, Path file, Map<String, String> admittedThisRun) throws IOException {
		if (Files.isSymbolicLink(file)) {
			return closed(new FileEvent(FileEvent.Kind.REJECTED, fileId, name, "", 0, 0, "symbolic_link",
					"a symbolic link; links are never followed (the input folder is the trust boundary): copy the file itself into the folder"));
		}
		if (!Files.isRegularFile(file)) {
			return closed(ignored(fileId, name, "", 0, "file_vanished",
					"the file was removed from the input folder before it could be read"));
		}
		Optional<FileEvent> notYet = notReadyYet(fileId, name, file);
		if (notYet.isPresent()) {
			return closed(notYet.get());
		}
		String sha = InputFolder.sha256(file);
		long size = Files.size(file);
		Optional<String> duplicate = duplicateOf(sha, admittedThisRun);
		if (duplicate.isPresent()) {
			return closed(ignored(fileId, name, sha, size, "duplicate_file",
					"same content as " + duplicate.get() + ", which is already loaded; not counted twice"));
		}
		return new Verdict(sha, size, null);
	}

	/** The loaded file (or the file of this run) with this content, named for a reason. */
	Optional<String> duplicateOf(String sha, Map<String, String> admittedThisRun) {
		if (admittedThisRun.containsKey(sha)) {
			return Optional.of(admittedThisRun.get(sha) + " (in this run)");
		}
		Optional<LedgerEntry> loaded = this.ledger.findLoaded(sha);
		return loaded.map(e -> e.fileName() + " (loaded " + e.startedAt().toLocalDate() + ")");
	}

	private Optional<FileEvent> notReadyYet(long fileId, String name, Path file) throws IOException {
		if (InputFolder.isLockFile(name)) {
			return Optional.of(ignored(fileId, name, "", 0, "lock_file",
					"an Excel lock file (the workbook is open somewhere); ignored"));
		}
		if (InputFolder.isPartialName(name)) {
			return Optional.of(ignored(fileId, name, "", 0, "partial_upload",
					"a temporary name used while a file is copied or downloaded; it is read once renamed"));
		}
		Duration age = Duration.between(Files.getLastModifiedTime(file).toInstant(), this.clock.instant());
		if (age.compareTo(this.settle) < 0) {
			return Optional.of(ignored(fileId, name, "", 0, "partial_upload", "changed " + Math.max(0, age.toSeconds())
					+ " s ago, so it may still be arriving; it will be read on a later run"));
		}
		return Optional.empty();
	}

	private static Verdict closed(FileEvent event) {
		return new Verdict(event.sha256(), event.sizeBytes(), event);
	}

	private static FileEvent ignored(long fileId, String name, String sha, long size, String reasonClass, String reason) {
		return new FileEvent(FileEvent.Kind.IGNORED, fileId, name, sha, size, 0, reasonClass, reason);
	}

}
