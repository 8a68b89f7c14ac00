package uk.nhs.stp.ingest.read;

import java.io.IOException;
import java.nio.file.Path;

import uk.nhs.stp.ingest.UnreadableFileException;
import uk.nhs.stp.ingest.layout.MetricMatcher;
import uk.nhs.stp.ingest.source.TableSources;

/**
 * Opens an input file for reading with the configured mappings and limits: the one way files are
 * opened, shared by the ingest step and the {@code check} command so both read a file identically.
 */
public final class FileOpener {

	private final Reading reading;

	private final MetricMatcher matcher;

	public FileOpener(Reading reading) {
		this.reading = reading;
		this.matcher = reading.matcher();
	}

	/**
	 * @throws UnreadableFileException if the file cannot be opened at all
	 */
	public OpenFile open(long fileId, String fileName, Path file) throws IOException {
		return new OpenFile(fileId, fileName, TableSources.open(file), this.reading, this.matcher);
	}

	/** A validator reading with the same mappings and matcher. */
	public RowValidator validator(RowValidator.KeyReloader observations) {
		return new RowValidator(this.reading.areas(), this.reading.model(), this.reading.mappings(), this.matcher,
				observations);
	}

}
