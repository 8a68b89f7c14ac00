package uk.nhs.stp.ingest.read;

import java.io.IOException;
import java.nio.file.Path;

import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.ingest.UnreadableFileException;
import uk.nhs.stp.ingest.source.TableSources;

/**
 * Opens an input file for reading with the configured mappings and limits: the one way files are
 * opened, shared by the ingest step and the {@code check} command so both read a file identically.
 */
public final class FileOpener {

	private final IngestMappings mappings;

	private final long maxRowsPerSheet;

	public FileOpener(IngestMappings mappings, long maxRowsPerSheet) {
		this.mappings = mappings;
		this.maxRowsPerSheet = maxRowsPerSheet;
	}

	/**
	 * @throws UnreadableFileException if the file cannot be opened at all
	 */
	public OpenFile open(long fileId, String fileName, Path file) throws IOException {
		return new OpenFile(fileId, fileName, TableSources.open(file), this.mappings, this.maxRowsPerSheet);
	}

}
