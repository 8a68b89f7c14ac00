package uk.nhs.stp.ingest.step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import uk.nhs.stp.settings.FaultPoints;
import uk.nhs.stp.settings.Printable;
import uk.nhs.stp.settings.Progress;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.LedgerEntry;
import uk.nhs.stp.ingest.FileEvent;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.RowItem;
import uk.nhs.stp.ingest.UnreadableFileException;
import uk.nhs.stp.ingest.read.FileOpener;

/**
 * Reads every file waiting in the input folder, one item at a time: a {@link FileEvent} when a
 * file starts, is finished, rejected or ignored, a {@link RowItem} per data row, and an
 * {@link IngestNote} per sheet it skips.
 * <p>
 * Restartable: at each commit it saves the list of files, how many are done and how far into
 * the current one it got, so a restart carries on at the next uncommitted row and nothing is
 * counted twice. A file whose content (SHA-256) was loaded before, in this run or an earlier one,
 * is ignored.
 */
public class InputFolderReader implements ItemStreamReader<IngestItem> {

	private static final Logger log = LoggerFactory.getLogger(InputFolderReader.class);

	private static final String FILES = "input.files";

	private static final String DONE = "input.files.done";

	private static final String CURRENT_ID = "input.current.id";

	private static final String CURRENT_ITEMS = "input.current.items";

	private static final String CURRENT_SHA = "input.current.sha";

	private static final long PROGRESS_EVERY = 100_000;

	private final Path folder;

	private final FileLedgerDao ledger;

	private final long jobInstanceId;

	private List<String> files = List.of();

	private int done;

	private ReadingFile current;

	/** An event to hand out before anything else (set when a restart finds its file changed). */
	private FileEvent pending;

	private final Set<String> contentSeenThisRun = new HashSet<>();

	private final FileOpener opener;

	private final Duration settle;

	private final Clock clock;

	private final Runnable endOfInput;

	/** Whether a chunk was committed since the last read (for the {@code ingest.mid-file} fault point). */
	private boolean committed;

	/**
	 * @param folder the input folder
	 * @param ledger the file ledger
	 * @param jobInstanceId the run the files are read in
	 * @param opener opens a file for reading with the configured mappings
	 * @param settle a file changed more recently than this is left for a later run
	 * @param clock the time now, for the settle rule
	 * @param endOfInput run once every file is read, before the step may complete (the database's room check)
	 */
	public InputFolderReader(Path folder, FileLedgerDao ledger, long jobInstanceId, FileOpener opener,
			Duration settle, Clock clock, Runnable endOfInput) {
		this.endOfInput = endOfInput;
		this.folder = folder;
		this.ledger = ledger;
		this.jobInstanceId = jobInstanceId;
		this.opener = opener;
		this.settle = settle;
		this.clock = clock;
	}

	@Override
	public void open(ExecutionContext context) {
		if (context.containsKey(FILES)) {
			restore(context);
			return;
		}
		this.files = InputFolder.waiting(this.folder);
		log.info("ingest: {} file(s) waiting in {}", this.files.size(), this.folder);
	}

	private void restore(ExecutionContext context) {
		String joined = context.getString(FILES);
		this.files = joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
		this.done = context.getInt(DONE);
		this.ledger.forJobInstance(this.jobInstanceId).forEach(entry -> this.contentSeenThisRun.add(entry.sha256()));
		Progress.line("ingest: restarting after {} of {} file(s)", this.done, this.files.size());
		if (context.containsKey(CURRENT_ID)) {
			reopen(context.getLong(CURRENT_ID), context.getString(CURRENT_SHA), context.getLong(CURRENT_ITEMS));
		}
	}

	/** Re-opens the file a failed run was part-way through, or drops what it stored if the file is gone or changed. */
	private void reopen(long fileId, String sha, long items) {
		FileResumption.Resumed resumed = FileResumption.resume(this.folder, this.files.get(this.done), fileId, sha, items,
				this.opener);
		if (resumed.file() != null) {
			this.current = resumed.file();
			return;
		}
		this.pending = resumed.dropped();
		this.contentSeenThisRun.remove(sha);
		this.done += resumed.removed() ? 1 : 0;
	}

	@Override
	public IngestItem read() throws IOException {
		if (this.pending != null) {
			FileEvent event = this.pending;
			this.pending = null;
			return event;
		}
		if (this.current == null) {
			if (this.done < this.files.size()) {
				return openNext();
			}
			this.endOfInput.run();
			return null;
		}
		if (this.committed) {
			this.committed = false;
			FaultPoints.reached("ingest.mid-file");
		}
		try {
			IngestItem item = this.current.next();
			if (item != null) {
				logProgress();
				return item;
			}
			return finishCurrent();
		}
		catch (UnreadableFileException ex) {
			return closeCurrent(FileEvent.Kind.REJECTED, ex.reasonClass(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			// A damaged file can break a parser in ways no parser documents; it is the file's
			// fault, not the run's, so the file is rejected and the other files still load.
			log.warn("ingest: {} could not be read", this.current.name, ex);
			return closeCurrent(FileEvent.Kind.REJECTED, "corrupt_file", "the file could not be read: " + ex);
		}
	}

	private IngestItem openNext() throws IOException {
		if (this.done > 0) {
			FaultPoints.reached("ingest.between-files");
		}
		String name = this.files.get(this.done);
		Path file = this.folder.resolve(name);
		long fileId = this.ledger.nextFileId();
		Optional<FileEvent> refused = FileAdmission.refused(fileId, name, file);
		if (refused.isPresent()) {
			return rejectUnopened(fileId, name, "", 0, refused.get().reasonClass(), refused.get().reason());
		}
		if (!Files.isRegularFile(file)) {
			this.done++;
			return new FileEvent(FileEvent.Kind.IGNORED, fileId, name, "", 0, 0, "file_vanished",
					"the file was removed from the input folder before it could be read");
		}
		Optional<FileEvent> notYet = FileAdmission.notReadyYet(fileId, name, file, this.settle, this.clock);
		if (notYet.isPresent()) {
			this.done++;
			Progress.line("ingest: {} left for a later run: {}", Printable.of(name), Printable.of(notYet.get().reason()));
			return notYet.get();
		}
		String sha = InputFolder.sha256(file);
		long size = Files.size(file);
		Optional<String> duplicate = duplicateOf(sha);
		if (duplicate.isPresent()) {
			this.done++;
			Progress.line("ingest: {} set aside: same content as {}", Printable.of(name), Printable.of(duplicate.get()));
			return new FileEvent(FileEvent.Kind.IGNORED, fileId, name, sha, size, 0, "duplicate_file",
					"same content as " + duplicate.get() + ", which is already loaded; not counted twice");
		}
		this.contentSeenThisRun.add(sha);
		try {
			this.current = new ReadingFile(fileId, name, sha, size, InputFolder.delivered(file),
					this.opener.open(fileId, name, file), 0);
		}
		catch (UnreadableFileException ex) {
			return rejectUnopened(fileId, name, sha, size, ex.reasonClass(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("ingest: {} could not be opened", name, ex);
			return rejectUnopened(fileId, name, sha, size, "corrupt_file", "the file could not be opened: " + ex);
		}
		Progress.line("ingest: reading {} ({} of {}, {} bytes)", Printable.of(name), this.done + 1, this.files.size(), String.format("%,d", size));
		return this.current.event(FileEvent.Kind.STARTED, null, null);
	}

	private FileEvent rejectUnopened(long fileId, String name, String sha, long size, String reasonClass,
			String reason) {
		this.done++;
		log.warn("ingest: {} rejected: {}", Printable.of(name), reason);
		Progress.line("ingest: {} rejected: {}", Printable.of(name), Printable.of(reason));
		return new FileEvent(FileEvent.Kind.REJECTED, fileId, name, sha, size, 0, reasonClass, reason);
	}

	private Optional<String> duplicateOf(String sha) {
		Optional<LedgerEntry> loaded = this.ledger.findLoaded(sha);
		if (loaded.isPresent()) {
			return Optional.of(loaded.get().fileName() + " (loaded " + loaded.get().startedAt().toLocalDate() + ")");
		}
		return this.contentSeenThisRun.contains(sha) ? Optional.of("another file in this run") : Optional.empty();
	}

	private IngestItem finishCurrent() throws IOException {
		var rejection = this.current.file.fileRejection();
		if (rejection.isPresent()) {
			return closeCurrent(FileEvent.Kind.REJECTED, rejection.get().getKey(), rejection.get().getValue());
		}
		return closeCurrent(FileEvent.Kind.FINISHED, null, null);
	}

	private FileEvent closeCurrent(FileEvent.Kind kind, String reasonClass, String reason) throws IOException {
		FileEvent event = this.current.event(kind, reasonClass, reason);
		Progress.line("ingest: {} {} after {} data row(s){}", Printable.of(this.current.name),
				kind == FileEvent.Kind.FINISHED ? "read" : "rejected", String.format("%,d", this.current.file.dataRows()),
				reason == null ? "" : ": " + Printable.of(reason));
		this.current.close();
		this.current = null;
		this.done++;
		return event;
	}

	private void logProgress() {
		long items = this.current.taken;
		if (items % PROGRESS_EVERY == 0) {
			Progress.line("ingest: {}: {} values read", Printable.of(this.current.name), String.format("%,d", items));
		}
	}

	@Override
	public void update(ExecutionContext context) {
		this.committed = this.current != null;
		context.putString(FILES, String.join("\n", this.files));
		context.putInt(DONE, this.done);
		if (this.current != null) {
			context.putLong(CURRENT_ID, this.current.id);
			context.putString(CURRENT_SHA, this.current.sha);
			context.putLong(CURRENT_ITEMS, this.current.taken);
		}
		else {
			context.remove(CURRENT_ID);
			context.remove(CURRENT_SHA);
			context.remove(CURRENT_ITEMS);
		}
	}

	@Override
	public void close() {
		if (this.current != null) {
			try {
				this.current.close();
			}
			catch (IOException ex) {
				log.warn("ingest: could not close {}: {}", this.current.name, ex.getMessage());
			}
			this.current = null;
		}
	}

	/** Files in the input folder when the step first opened (for tests and the summary). */
	List<String> files() {
		return new ArrayList<>(this.files);
	}

}
