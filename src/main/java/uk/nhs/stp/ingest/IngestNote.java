package uk.nhs.stp.ingest;

/**
 * A row, cell or sheet that was not loaded as a plain observation, with where it was and why.
 *
 * @param fileId the file's ledger id
 * @param sheet the sheet name ("" for CSV)
 * @param rowNum the row as Excel shows it, or null for a whole sheet
 * @param columnRef the column letters, or null
 * @param status one of {@code rejected, missing, aggregate, skipped}
 * @param reasonClass a stable short code such as {@code unknown_area}
 * @param rawValue the raw text, cut to 1,000 characters
 * @param reason the plain-English reason, naming the place
 */
public record IngestNote(long fileId, String sheet, Integer rowNum, String columnRef, String status,
		String reasonClass, String rawValue, String reason) implements IngestItem, IngestRecord {

	private static final int MAX_RAW = 1000;

	public IngestNote {
		if (rawValue != null && rawValue.length() > MAX_RAW) {
			rawValue = rawValue.substring(0, MAX_RAW - 1) + "…";
		}
		if (reason.length() > 4000) {
			reason = reason.substring(0, 3999) + "…";
		}
	}

	public static final String REJECTED = "rejected";

	public static final String MISSING = "missing";

	public static final String SKIPPED = "skipped";

}
