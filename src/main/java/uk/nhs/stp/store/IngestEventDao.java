package uk.nhs.stp.store;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the rows and cells that were not loaded as plain observations, with where and why. */
@Repository
public class IngestEventDao {

	private final JdbcClient jdbc;

	public IngestEventDao(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Events of the files read in a run, in file then row order; a sheet's own events (no row) before
	 * its rows'. NULLS FIRST is HSQLDB's default and says it for PostgreSQL, which puts nulls last.
	 */
	public List<IngestEvent> forJobInstance(long jobInstanceId) {
		return this.jdbc.sql("""
				SELECT f.FILE_NAME, e.SHEET, e.ROW_NUM, e.COLUMN_REF, e.STATUS, e.REASON_CLASS, e.RAW_VALUE, e.REASON
				FROM STP_INGEST_EVENT e JOIN STP_FILE f ON f.FILE_ID = e.FILE_ID
				WHERE f.JOB_INSTANCE_ID = ?
				ORDER BY e.FILE_ID, e.SHEET NULLS FIRST, e.ROW_NUM NULLS FIRST, e.EVENT_ID""")
			.param(jobInstanceId)
			.query(IngestEvent.class)
			.list();
	}

	public long countByStatus(long jobInstanceId, String status) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM STP_INGEST_EVENT e JOIN STP_FILE f ON f.FILE_ID = e.FILE_ID
				WHERE f.JOB_INSTANCE_ID = ? AND e.STATUS = ?""")
			.params(jobInstanceId, status)
			.query(Long.class)
			.single();
	}

	/**
	 * One row or cell not loaded as a plain observation.
	 * @param fileName the file
	 * @param sheet the sheet ("" for CSV)
	 * @param rowNum the row as Excel shows it, or null for a whole sheet
	 * @param columnRef column letters, or null
	 * @param status rejected, missing, aggregate or skipped
	 * @param reasonClass stable short code
	 * @param rawValue the raw text, or null
	 * @param reason plain-English reason
	 */
	public record IngestEvent(String fileName, String sheet, Integer rowNum, String columnRef, String status,
			String reasonClass, String rawValue, String reason) {
	}

}
