package uk.nhs.stp.ingest;

/**
 * A file that cannot be read at all; it is rejected whole with this reason.
 */
public class UnreadableFileException extends RuntimeException {

	private final String reasonClass;

	public UnreadableFileException(String reasonClass, String reason) {
		super(reason);
		this.reasonClass = reasonClass;
	}

	public UnreadableFileException(String reasonClass, String reason, Throwable cause) {
		super(reason, cause);
		this.reasonClass = reasonClass;
	}

	/** Stable short code for the ingest log, e.g. {@code corrupt_file}. */
	public String reasonClass() {
		return this.reasonClass;
	}

}
