package uk.nhs.stp.ingest.step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import uk.nhs.stp.ingest.FileEvent;
import uk.nhs.stp.ingest.UnreadableFileException;
import uk.nhs.stp.ingest.read.FileOpener;
import uk.nhs.stp.ingest.read.OpenFile;
import uk.nhs.stp.settings.Printable;
import uk.nhs.stp.settings.Progress;

/**
 * Re-opens the file a failed run was part-way through, at the first item not committed. If it was
 * removed or changed since, the rows already stored from it are dropped (the file is marked
 * ignored) and a changed file is read again from the start as new content.
 */
final class FileResumption {

	private FileResumption() {
	}

	/**
	 * @param file the file re-opened at the item it stopped at, or null
	 * @param dropped why it could not be, the event that drops what it stored, or null
	 * @param removed whether the file is gone (a changed one is read again)
	 */
	record Resumed(ReadingFile file, FileEvent dropped, boolean removed) {
	}

	static Resumed resume(Path folder, String name, long fileId, String sha, long items, FileOpener opener) {
		Path file = folder.resolve(name);
		try {
			if (!Files.isRegularFile(file) || !InputFolder.sha256(file).equals(sha)) {
				boolean removed = !Files.isRegularFile(file);
				return new Resumed(null, new FileEvent(FileEvent.Kind.IGNORED, fileId, name, sha, 0, 0,
						removed ? "file_vanished" : "file_changed",
						removed ? "the file was removed before its load completed; the rows read from it were dropped"
								: "the file changed before its load completed; the rows read from it were dropped and the new content is read from the start"),
						removed);
			}
			OpenFile open = opener.open(fileId, name, file);
			open.skip(items);
			Progress.line("ingest: resuming {} after {} item(s)", Printable.of(name), items);
			return new Resumed(new ReadingFile(fileId, name, sha, Files.size(file), InputFolder.delivered(file), open, items),
					null, false);
		}
		catch (IOException | UnreadableFileException ex) {
			throw new IllegalStateException("cannot resume " + name + " after a restart: " + ex.getMessage(), ex);
		}
	}

}
