package uk.nhs.stp.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/**
 * The file ledger: every file seen, keyed by the SHA-256 of its content, with its fate and row
 * counts. A file whose content was loaded before is never counted twice.
 */
@Repository
public class FileLedgerDao {

	public static final String LOADING = "loading";

	public static final String LOADED = "loaded";

	public static final String REJECTED = "rejected";

	public static final String IGNORED = "ignored";

	private final JdbcClient jdbc;

	private final DataFieldMaxValueIncrementer fileIds;

	public FileLedgerDao(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.fileIds = StoreVendor.of(dataSource).sequence(dataSource, "STP_FILE_SEQ");
	}

	/** The next file id, from the sequence {@code STP_FILE_SEQ}. */
	public long nextFileId() {
		return this.fileIds.nextLongValue();
	}

	/** The file already loaded (or being loaded) with this content, if any. */
	public Optional<LedgerEntry> findLoaded(String sha256) {
		return this.jdbc.sql("SELECT * FROM STP_FILE WHERE SHA256 = ? AND STATUS IN ('loaded', 'loading') ORDER BY FILE_ID")
			.param(sha256)
			.query(LedgerEntry.class)
			.optional();
	}

	/**
	 * @param delivered when the file was delivered (its modification time), which orders revisions;
	 * null for the time it is read
	 */
	public void started(long jobInstanceId, long fileId, String fileName, String sha256, long size,
			java.time.Instant delivered) {
		Timestamp now = now();
		this.jdbc.sql("""
				INSERT INTO STP_FILE (FILE_ID, JOB_INSTANCE_ID, FILE_NAME, SHA256, SIZE_BYTES, STATUS, STARTED_AT, DELIVERED_AT)
				VALUES (?, ?, ?, ?, ?, 'loading', ?, ?)""")
			.params(fileId, jobInstanceId, fileName, sha256, size, now, delivered == null ? now : Timestamp.from(delivered))
			.update();
	}

	/** Marks a file loaded, counting its rows from what the store holds for it. */
	public void finished(long fileId, long rowsRead) {
		this.jdbc.sql("""
				UPDATE STP_FILE SET STATUS = 'loaded', FINISHED_AT = ?, ROWS_READ = ?,
				  ROWS_ACCEPTED = (SELECT COALESCE(SUM(OBSERVATIONS), 0) FROM STP_OBSERVATION_BLOCK WHERE FILE_ID = ?),
				  ROWS_REJECTED = (SELECT COUNT(*) FROM STP_INGEST_EVENT WHERE FILE_ID = ? AND STATUS = 'rejected'),
				  ROWS_MISSING = (SELECT COUNT(*) FROM STP_INGEST_EVENT WHERE FILE_ID = ? AND STATUS = 'missing')
				WHERE FILE_ID = ?""")
			.params(now(), rowsRead, fileId, fileId, fileId, fileId)
			.update();
	}

	/**
	 * Records a file as rejected or ignored, creating its ledger row if reading never started,
	 * and removes anything already stored from it: a file that cannot be read is rejected whole.
	 */
	public void closedWithoutLoading(long jobInstanceId, long fileId, String fileName, String sha256, long size,
			String status, String reasonClass, String reason) {
		this.jdbc.sql("DELETE FROM STP_OBSERVATION_BLOCK WHERE FILE_ID = ?").param(fileId).update();
		this.jdbc.sql("DELETE FROM STP_INGEST_EVENT WHERE FILE_ID = ?").param(fileId).update();
		int updated = this.jdbc
			.sql("UPDATE STP_FILE SET STATUS = ?, REASON_CLASS = ?, REASON = ?, FINISHED_AT = ?, ROWS_READ = 0 WHERE FILE_ID = ?")
			.params(status, reasonClass, reason, now(), fileId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO STP_FILE (FILE_ID, JOB_INSTANCE_ID, FILE_NAME, SHA256, SIZE_BYTES, STATUS, REASON_CLASS,
					  REASON, STARTED_AT, FINISHED_AT)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(fileId, jobInstanceId, fileName, sha256, size, status, reasonClass, reason, now(), now())
				.update();
		}
	}

	/** Files of a run, in the order they were read. */
	public List<LedgerEntry> forJobInstance(long jobInstanceId) {
		return this.jdbc.sql("SELECT * FROM STP_FILE WHERE JOB_INSTANCE_ID = ? ORDER BY FILE_ID")
			.param(jobInstanceId)
			.query(LedgerEntry.class)
			.list();
	}

	/** Every file ever seen, in the order read. */
	public List<LedgerEntry> all() {
		return this.jdbc.sql("SELECT * FROM STP_FILE ORDER BY FILE_ID").query(LedgerEntry.class).list();
	}

	/**
	 * Drops the files a run was part-way through (status {@value #LOADING}): their rows are removed
	 * and they are marked ignored ({@code run_abandoned}), so the next run reads them again.
	 * @return how many files were dropped
	 */
	public int dropPartialLoads(long jobInstanceId, String reason) {
		List<LedgerEntry> partial = forJobInstance(jobInstanceId).stream().filter(e -> LOADING.equals(e.status())).toList();
		partial.forEach(e -> closedWithoutLoading(jobInstanceId, e.fileId(), e.fileName(), e.sha256(), e.sizeBytes(),
				IGNORED, "run_abandoned", reason));
		return partial.size();
	}

	public void moved(long fileId, String movedTo) {
		this.jdbc.sql("UPDATE STP_FILE SET MOVED_TO = ? WHERE FILE_ID = ?").params(movedTo, fileId).update();
	}

	public int countLoaded(long jobInstanceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM STP_FILE WHERE JOB_INSTANCE_ID = ? AND STATUS = 'loaded'")
			.param(jobInstanceId)
			.query(Integer.class)
			.single();
	}

	private static Timestamp now() {
		return Timestamp.valueOf(LocalDateTime.now());
	}

	/**
	 * The names of the loaded files whose content has one of these SHA-256 hashes, e.g. the
	 * shipped sample files, so a report can say its figures are synthetic.
	 */
	public List<String> loadedWithContent(java.util.Collection<String> sha256) {
		if (sha256.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT DISTINCT FILE_NAME FROM STP_FILE WHERE STATUS = 'loaded' AND SHA256 IN (:hashes) ORDER BY FILE_NAME")
			.param("hashes", List.copyOf(sha256))
			.query(String.class)
			.list();
	}

}
