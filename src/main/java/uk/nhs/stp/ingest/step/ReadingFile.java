package uk.nhs.stp.ingest.step;

import java.io.IOException;
import uk.nhs.stp.ingest.FileEvent;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.read.OpenFile;
import uk.nhs.stp.ingest.read.Prefetcher;

/**
 * The file the ingest step is reading: the file, the thread reading it ahead, and how many items
 * the step has taken from it (the restart position saved at each commit).
 */
final class ReadingFile {

	/** Items read at most ahead of the step. */
	private static final int READ_AHEAD = 10_000;

	final long id;

	final String name;

	final String sha;

	final long size;

	final OpenFile file;

	final Prefetcher items;

	/** When the file was delivered: its modification time, which orders revisions (method §0). */
	final java.time.Instant delivered;

	long taken;

	ReadingFile(long id, String name, String sha, long size, java.time.Instant delivered, OpenFile file,
			long alreadyTaken) {
		this.id = id;
		this.delivered = delivered;
		this.name = name;
		this.sha = sha;
		this.size = size;
		this.file = file;
		this.taken = alreadyTaken;
		this.items = new Prefetcher(file, READ_AHEAD, name);
	}

	IngestItem next() throws IOException {
		IngestItem item = this.items.next();
		if (item != null) {
			this.taken++;
		}
		return item;
	}

	FileEvent event(FileEvent.Kind kind, String reasonClass, String reason) {
		return new FileEvent(kind, this.id, this.name, this.sha, this.size, this.file.dataRows(), reasonClass, reason,
				this.delivered);
	}

	void close() throws IOException {
		this.items.close();
		this.file.close();
	}

}
