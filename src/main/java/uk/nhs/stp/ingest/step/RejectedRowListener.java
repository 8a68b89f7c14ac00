package uk.nhs.stp.ingest.step;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.IngestRecord;
import uk.nhs.stp.ingest.RowRejectedException;

/**
 * Records each skipped row in the ingest events, inside the chunk's transaction, so a rejected
 * row is never lost and never counted twice.
 */
public class RejectedRowListener implements SkipListener<IngestItem, IngestRecord> {

	static final String INSERT_NOTE = """
			INSERT INTO STP_INGEST_EVENT (FILE_ID, SHEET, ROW_NUM, COLUMN_REF, STATUS, REASON_CLASS, RAW_VALUE, REASON)
			VALUES (:fileId, :sheet, :rowNum, :columnRef, :status, :reasonClass, :rawValue, :reason)""";

	private final JdbcClient jdbc;

	public RejectedRowListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void onSkipInProcess(IngestItem item, Throwable t) {
		if (t instanceof RowRejectedException rejected) {
			this.jdbc.sql(INSERT_NOTE).paramSource(rejected.note()).update();
		}
	}

}
