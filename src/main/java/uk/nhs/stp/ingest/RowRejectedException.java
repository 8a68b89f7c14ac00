package uk.nhs.stp.ingest;

/**
 * A data row that cannot be loaded. Skippable: the step records the note in the rejected rows
 * and carries on with the rest of the file.
 */
public class RowRejectedException extends RuntimeException {

	private final transient IngestNote note;

	public RowRejectedException(IngestNote note) {
		super(note.reason(), null, false, false);
		this.note = note;
	}

	public IngestNote note() {
		return this.note;
	}

}
