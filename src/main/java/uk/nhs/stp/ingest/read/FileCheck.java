package uk.nhs.stp.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.nhs.stp.ingest.FileEvent;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.IngestRecord;
import uk.nhs.stp.ingest.ObservationRecord;
import uk.nhs.stp.ingest.RowRejectedException;
import uk.nhs.stp.ingest.UnreadableFileException;

/**
 * Reads one file exactly as the ingest step does (the same {@link FileOpener}, layout detection
 * and {@link RowValidator}) without touching the store: what the {@code check} command shows an
 * analyst before a file is dropped, and what the ingest tests assert.
 */
public final class FileCheck {

	private final FileOpener opener;

	private final Supplier<RowValidator> validators;

	/**
	 * @param opener opens files with the configured mappings
	 * @param validators a fresh validator per file (it remembers the keys seen in a file)
	 */
	public FileCheck(FileOpener opener, Supplier<RowValidator> validators) {
		this.opener = opener;
		this.validators = validators;
	}

	/**
	 * What reading a file gives.
	 * @param file the file's name
	 * @param rejection why the whole file would be rejected, or null
	 * @param rejectionClass its reason code, or null
	 * @param sheets for each sheet, its layout or why it is skipped
	 * @param observations how many observations would load
	 * @param notes every row, cell or sheet that would not load as an observation, in file order
	 */
	public record Result(String file, String rejection, String rejectionClass, List<String> sheets, long observations,
			List<IngestNote> notes) {

		public long count(String status) {
			return this.notes.stream().filter(n -> n.status().equals(status)).count();
		}

		/** Whether everything in the file would load (nothing rejected; missing values are fine). */
		public boolean clean() {
			return this.rejection == null && count(IngestNote.REJECTED) == 0;
		}

	}

	public Result check(Path file) {
		return check(file, observation -> {
		});
	}

	/**
	 * @param file the file to read
	 * @param observations receives every observation that would load, in file order
	 */
	public Result check(Path file, Consumer<ObservationRecord> observations) {
		String name = file.getFileName().toString();
		List<IngestNote> notes = new ArrayList<>();
		RowValidator validator = this.validators.get();
		long loaded = 0;
		try (OpenFile open = this.opener.open(0, name, file)) {
			validator.process(new FileEvent(FileEvent.Kind.STARTED, 0, name, "", 0, 0, null, null));
			try {
				IngestItem item;
				while ((item = open.next()) != null) {
					IngestRecord record = validate(validator, item);
					if (record instanceof ObservationRecord observation) {
						observations.accept(observation);
						loaded++;
					}
					else if (record instanceof IngestNote note) {
						notes.add(note);
					}
				}
			}
			catch (UnreadableFileException ex) {
				return new Result(name, ex.getMessage(), ex.reasonClass(), open.sheetReports(), 0, notes);
			}
			var rejection = open.fileRejection();
			if (rejection.isPresent()) {
				return new Result(name, rejection.get().getValue(), rejection.get().getKey(), open.sheetReports(), 0, notes);
			}
			return new Result(name, null, null, open.sheetReports(), loaded, notes);
		}
		catch (UnreadableFileException ex) {
			return new Result(name, ex.getMessage(), ex.reasonClass(), List.of(), 0, notes);
		}
		catch (IOException | RuntimeException ex) {
			return new Result(name, "the file could not be read: " + ex, "corrupt_file", List.of(), 0, notes);
		}
	}

	private static IngestRecord validate(RowValidator validator, IngestItem item) {
		try {
			return validator.process(item);
		}
		catch (RowRejectedException ex) {
			return ex.note();
		}
	}

}
