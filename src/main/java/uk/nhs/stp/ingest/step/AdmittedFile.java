package uk.nhs.stp.ingest.step;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A file admitted to this run's reading, as its partition of the ingest step knows it: its ledger
 * id, name, content hash and size, and its place among the run's files (for
 * the progress lines). Kept in the partition's own {@link ExecutionContext}, one entry per field,
 * so any file name survives a restart.
 *
 * @param id ledger id
 * @param name name in the input folder
 * @param sha256 SHA-256 of its content when admitted
 * @param size size in bytes when admitted
 * @param index its place in delivery order, from 0
 * @param total how many files the run admitted
 */
record AdmittedFile(long id, String name, String sha256, long size, int index, int total) {

	private static final String PREFIX = "file.";

	/** The key of the file's place in delivery order, the order partitions start in. */
	static final String INDEX = PREFIX + "index";

	static AdmittedFile from(ExecutionContext context) {
		return new AdmittedFile(context.getLong(PREFIX + "id"), context.getString(PREFIX + "name"),
				context.getString(PREFIX + "sha256"), context.getLong(PREFIX + "size"),
				(int) context.getLong(INDEX),
				context.getInt(PREFIX + "total"));
	}

	void writeTo(ExecutionContext context) {
		context.putLong(PREFIX + "id", this.id);
		context.putString(PREFIX + "name", this.name);
		context.putString(PREFIX + "sha256", this.sha256);
		context.putLong(PREFIX + "size", this.size);
		context.putLong(INDEX, this.index);
		context.putInt(PREFIX + "total", this.total);
	}

	/** The same file read again as new content: a new ledger id, hash and size. */
	AdmittedFile renewed(long newId, String newSha, long newSize) {
		return new AdmittedFile(newId, this.name, newSha, newSize, this.index, this.total);
	}

}
