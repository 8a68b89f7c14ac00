package uk.nhs.stp.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodType;

/**
 * Reads observations back from the store. Where a value was revised, the version from the file
 * loaded last is the one used.
 */
@Repository
public class ObservationDao {

	private static final String LATEST_REVISIONS = """
			SELECT o.AREA_CODE, o.PERIOD_TYPE, o.PERIOD_START, o.OBS_VALUE, o.NUMERATOR, o.DENOMINATOR, o.FILE_ID
			FROM STP_OBSERVATION o JOIN STP_FILE f ON f.FILE_ID = o.FILE_ID AND f.STATUS = 'loaded'
			WHERE o.MEASURE_ID = ?
			ORDER BY o.AREA_CODE, o.PERIOD_TYPE, o.PERIOD_START, o.FILE_ID DESC""";

	private final JdbcClient jdbc;

	public ObservationDao(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Receives the key of each observation of a file. */
	@FunctionalInterface
	public interface KeyConsumer {

		void accept(String measureId, String areaCode, String periodKey, int rowNum);

	}

	public void forEachKeyOfFile(long fileId, KeyConsumer consumer) {
		this.jdbc.sql("SELECT MEASURE_ID, AREA_CODE, PERIOD_TYPE, PERIOD_START, ROW_NUM FROM STP_OBSERVATION WHERE FILE_ID = ?")
			.param(fileId)
			.query((rs) -> {
				Period period = period(rs.getString("PERIOD_TYPE"), rs.getDate("PERIOD_START"));
				consumer.accept(rs.getString("MEASURE_ID"), rs.getString("AREA_CODE"), period.key(), rs.getInt("ROW_NUM"));
			});
	}

	/** The latest revision of every observation of one measure, by area then period. */
	public List<StoredObservation> latestRevisions(String measureId) {
		List<StoredObservation> rows = new ArrayList<>();
		this.jdbc.sql(LATEST_REVISIONS).param(measureId).query((rs) -> {
			StoredObservation row = new StoredObservation(rs.getString("AREA_CODE"),
					period(rs.getString("PERIOD_TYPE"), rs.getDate("PERIOD_START")), rs.getDouble("OBS_VALUE"),
					(Double) rs.getObject("NUMERATOR"), (Double) rs.getObject("DENOMINATOR"));
			StoredObservation previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
			if (previous == null || !previous.areaCode().equals(row.areaCode()) || !previous.period().equals(row.period())) {
				rows.add(row);
			}
		});
		return rows;
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM STP_OBSERVATION").query(Long.class).single();
	}

	static Period period(String typeCode, Date start) {
		return new Period(PeriodType.fromCode(typeCode), java.time.YearMonth.from(start.toLocalDate()));
	}

	/**
	 * One stored observation.
	 * @param areaCode the area
	 * @param period the period
	 * @param value the value in the measure's unit
	 * @param numerator the numerator, or null
	 * @param denominator the denominator, or null
	 */
	public record StoredObservation(String areaCode, Period period, double value, Double numerator,
			Double denominator) {
	}

}
