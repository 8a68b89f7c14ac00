package uk.nhs.stp.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * How an {@link ObservationBlock} is stored: its insert and the values bound to it, in one place
 * for the ingest step's writer and for everything else that stores blocks as ingest does (tests
 * and benchmarks). Flyway's V4 migration keeps its own copy, as migrations use no application code.
 */
public final class ObservationBlockRows {

	/** The insert of one block. */
	public static final String INSERT = """
			INSERT INTO STP_OBSERVATION_BLOCK (FILE_ID, SHEET, MEASURE_ID, AREA_CODE, OBSERVATIONS, PAYLOAD)
			VALUES (?, ?, ?, ?, ?, ?)""";

	private ObservationBlockRows() {
	}

	/** Binds a block's values to {@link #INSERT}. */
	public static void bind(ObservationBlock block, PreparedStatement ps) throws SQLException {
		ps.setLong(1, block.fileId());
		ps.setString(2, block.sheet());
		ps.setString(3, block.measureId());
		ps.setString(4, block.areaCode());
		ps.setInt(5, block.entries().size());
		ps.setBytes(6, block.payload());
	}

}
