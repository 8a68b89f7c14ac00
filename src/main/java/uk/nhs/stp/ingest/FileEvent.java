package uk.nhs.stp.ingest;

/**
 * A change in a file's fate, written to the file ledger in the same transaction as its rows.
 *
 * @param kind what happened
 * @param fileId the file's ledger id
 * @param fileName the file's name in the input folder
 * @param sha256 the SHA-256 of its content
 * @param sizeBytes its size
 * @param rowsRead data rows read so far (for FINISHED, all of them)
 * @param reasonClass for REJECTED and IGNORED, a stable short code
 * @param reason for REJECTED and IGNORED, the plain-English reason
 * @param delivered when the file was delivered (its modification time), or null when not read
 */
public record FileEvent(Kind kind, long fileId, String fileName, String sha256, long sizeBytes, long rowsRead,
		String reasonClass, String reason, java.time.Instant delivered) implements IngestItem, IngestRecord {

	public FileEvent(Kind kind, long fileId, String fileName, String sha256, long sizeBytes, long rowsRead,
			String reasonClass, String reason) {
		this(kind, fileId, fileName, sha256, sizeBytes, rowsRead, reasonClass, reason, null);
	}

	public enum Kind {

		/** Reading began; the ledger row is created with status {@code loading}. */
		STARTED,
		/** Every row was read; status {@code loaded}. */
		FINISHED,
		/** The file cannot be read at all; status {@code rejected}, its rows are removed. */
		REJECTED,
		/** The file is not read (e.g. the same content was loaded before); status {@code ignored}. */
		IGNORED

	}

}
