package uk.nhs.stp.ingest.step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import uk.nhs.stp.ingest.FileEvent;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.UnreadableFileException;
import uk.nhs.stp.ingest.read.FileOpener;
import uk.nhs.stp.ingest.read.FileOutcome;
import uk.nhs.stp.ingest.read.OpenFile;
import uk.nhs.stp.ingest.read.Prefetcher;
import uk.nhs.stp.settings.FaultPoints;
import uk.nhs.stp.settings.Printable;
import uk.nhs.stp.settings.Progress;

/**
 * Reads one admitted file for its partition of the ingest step: its values and notes, then one
 * final {@link FileEvent} (finished, or rejected with its reason) that the writer records in the
 * same transaction as the file's last rows. Spring Batch counts the items and saves the count at
 * each commit; a restart re-opens the file and skips that many ({@link #jumpToItem}).
 * <p>
 * The file is hashed again when opened: if it changed or vanished since it was admitted (or since
 * the failed run stopped), what was stored from it is dropped (an ignored event) and new content is
 * read from the start under a new ledger id (a started event). The file's rows are parsed a bounded
 * number ahead on a second thread ({@link Prefetcher}), which shares only its queue with this one.
 */
public class FileItemReader extends AbstractItemCountingItemStreamItemReader<IngestItem> {

	private static final Logger log = LoggerFactory.getLogger(FileItemReader.class);

	/** Items read at most ahead of the step. */
	private static final int READ_AHEAD = 10_000;

	private static final long PROGRESS_EVERY = 100_000;

	/** The item count at which the current content's items begin (after any events for a changed file). */
	private static final String FIRST = "file.first-item";

	private final Path folder;

	private final FileOpener opener;

	private final FileAdmission admission;

	private final LongSupplier nextFileId;

	private final Deque<IngestItem> pending = new ArrayDeque<>();

	private AdmittedFile file;

	private int first;

	/** The item count saved by the run that stopped (0 on a first run). */
	private int resumeAt;

	private OpenFile open;

	private Prefetcher items;

	private long taken;

	private boolean ended;

	/** Whether a chunk was committed since the last read (for the {@code ingest.mid-file} fault point). */
	private boolean committed;

	/**
	 * @param folder the input folder
	 * @param opener opens a file with the configured mappings
	 * @param admission decides whether changed content is a duplicate
	 * @param nextFileId a new ledger id, for content that changed
	 */
	public FileItemReader(Path folder, FileOpener opener, FileAdmission admission, LongSupplier nextFileId) {
		this.folder = folder;
		this.opener = opener;
		this.admission = admission;
		this.nextFileId = nextFileId;
		setName("ingest-file");
	}

	@Override
	public void open(ExecutionContext context) {
		this.file = AdmittedFile.from(context);
		this.first = context.getInt(FIRST, 0);
		this.resumeAt = context.getInt(getExecutionContextKey("read.count"), 0);
		super.open(context);
	}

	@Override
	protected void doOpen() throws IOException {
		if (this.file.index() > 0) {
			FaultPoints.reached("ingest.between-files");
		}
		Path path = this.folder.resolve(this.file.name());
		if (!Files.isRegularFile(path) || !InputFolder.sha256(path).equals(this.file.sha256())) {
			replaced(path);
			return;
		}
		openContent(path);
	}

	/** The file vanished or changed: drop what was stored from it, and read changed content afresh. */
	private void replaced(Path path) throws IOException {
		boolean vanished = !Files.isRegularFile(path);
		this.pending.add(event(FileEvent.Kind.IGNORED, vanished ? "file_vanished" : "file_changed", vanished
				? "the file was removed before its load completed; the rows read from it were dropped"
				: "the file changed before its load completed; the rows read from it were dropped and the new content is read from the start"));
		Progress.line("ingest: {} {} since it was admitted", Printable.of(this.file.name()), vanished ? "vanished" : "changed");
		if (vanished) {
			this.ended = true;
			return;
		}
		this.file = this.file.renewed(this.nextFileId.getAsLong(), InputFolder.sha256(path), Files.size(path));
		Optional<String> duplicate = this.admission.duplicateOf(this.file.sha256(), Map.of());
		if (duplicate.isPresent()) {
			this.pending.add(event(FileEvent.Kind.IGNORED, "duplicate_file",
					"same content as " + duplicate.get() + ", which is already loaded; not counted twice"));
			this.ended = true;
			return;
		}
		this.pending.add(new FileEvent(FileEvent.Kind.STARTED, this.file.id(), this.file.name(), this.file.sha256(),
				this.file.size(), 0, null, null, InputFolder.delivered(path)));
		// the new content's items begin after the events that drop the old and start the new
		this.first = this.resumeAt + this.pending.size();
		openContent(path);
	}

	private void openContent(Path path) throws IOException {
		try {
			this.open = this.opener.open(this.file.id(), this.file.name(), path);
		}
		catch (UnreadableFileException ex) {
			this.pending.add(reject(ex.reasonClass(), ex.getMessage(), 0));
			return;
		}
		catch (RuntimeException ex) {
			log.warn("ingest: {} could not be opened", this.file.name(), ex);
			this.pending.add(reject("corrupt_file", "the file could not be opened: " + ex, 0));
			return;
		}
		Progress.line("ingest: reading {} ({} of {}, {} bytes)", Printable.of(this.file.name()), this.file.index() + 1,
				this.file.total(), String.format("%,d", this.file.size()));
	}

	/** On a restart: skips the items of this content already committed (none if the content changed). */
	@Override
	protected void jumpToItem(int itemIndex) throws IOException {
		int already = itemIndex - this.first;
		if (this.open != null && this.pending.isEmpty() && already > 0) {
			this.open.skip(already);
			this.taken = already;
			Progress.line("ingest: resuming {} after {} item(s)", Printable.of(this.file.name()), already);
		}
	}

	@Override
	protected IngestItem doRead() throws IOException {
		if (!this.pending.isEmpty()) {
			return this.pending.poll();
		}
		if (this.ended) {
			return null;
		}
		if (this.committed) {
			this.committed = false;
			FaultPoints.reached("ingest.mid-file");
		}
		if (this.items == null) {
			this.items = new Prefetcher(this.open, READ_AHEAD, this.file.name());
		}
		try {
			IngestItem item = this.items.next();
			if (item != null) {
				progress();
				return item;
			}
			return finished(this.items.outcome());
		}
		catch (UnreadableFileException ex) {
			return reject(ex.reasonClass(), ex.getMessage(), this.items.outcome().dataRows());
		}
		catch (RuntimeException ex) {
			// A damaged file can break a parser in ways no parser documents; it is the file's
			// fault, not the run's, so the file is rejected and the other files still load.
			log.warn("ingest: {} could not be read", this.file.name(), ex);
			return reject("corrupt_file", "the file could not be read: " + ex, this.items.outcome().dataRows());
		}
	}

	private FileEvent finished(FileOutcome outcome) {
		if (outcome.rejection().isPresent()) {
			return reject(outcome.rejection().get().getKey(), outcome.rejection().get().getValue(), outcome.dataRows());
		}
		this.ended = true;
		Progress.line("ingest: {} read after {} data row(s)", Printable.of(this.file.name()),
				String.format("%,d", outcome.dataRows()));
		return new FileEvent(FileEvent.Kind.FINISHED, this.file.id(), this.file.name(), this.file.sha256(),
				this.file.size(), outcome.dataRows(), null, null);
	}

	private FileEvent reject(String reasonClass, String reason, long dataRows) {
		this.ended = true;
		log.warn("ingest: {} rejected: {}", Printable.of(this.file.name()), reason);
		Progress.line("ingest: {} rejected after {} data row(s): {}", Printable.of(this.file.name()),
				String.format("%,d", dataRows), Printable.of(reason));
		return event(FileEvent.Kind.REJECTED, reasonClass, reason);
	}

	private FileEvent event(FileEvent.Kind kind, String reasonClass, String reason) {
		return new FileEvent(kind, this.file.id(), this.file.name(), this.file.sha256(), this.file.size(), 0,
				reasonClass, reason);
	}

	private void progress() {
		if (++this.taken % PROGRESS_EVERY == 0) {
			Progress.line("ingest: {}: {} values read", Printable.of(this.file.name()), String.format("%,d", this.taken));
		}
	}

	@Override
	public void update(ExecutionContext context) {
		super.update(context);
		this.committed = this.items != null && !this.ended;
		this.file.writeTo(context);
		context.putInt(FIRST, this.first);
	}

	@Override
	protected void doClose() throws IOException {
		if (this.items != null) {
			this.items.close();
		}
		if (this.open != null) {
			this.open.close();
		}
	}

}
