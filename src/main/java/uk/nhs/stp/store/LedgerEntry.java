package uk.nhs.stp.store;

import java.time.LocalDateTime;

/** One row of the file ledger. */
public record LedgerEntry(long fileId, long jobInstanceId, String fileName, String sha256, long sizeBytes,
		String status, String reasonClass, String reason, long rowsRead, long rowsAccepted, long rowsRejected,
		long rowsMissing, LocalDateTime startedAt, LocalDateTime finishedAt, String movedTo) {
}
