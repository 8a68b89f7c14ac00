package uk.nhs.stp.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.nhs.stp.domain.Period;

/**
 * The versions of each observation: every file that carried a value for an (area, metric, period)
 * is kept; the latest is used; a later file with a different value is a revision.
 */
@Repository
public class RevisionDao {

	private static final String VERSIONS = """
			SELECT o.AREA_CODE, o.MEASURE_ID, o.PERIOD_TYPE, o.PERIOD_START, o.OBS_VALUE, o.NUMERATOR, o.DENOMINATOR,
			  o.SHEET, o.ROW_NUM, o.COLUMN_REF, f.FILE_NAME, f.FILE_ID, f.JOB_INSTANCE_ID
			FROM STP_OBSERVATION o JOIN STP_FILE f ON f.FILE_ID = o.FILE_ID AND f.STATUS = 'loaded'
			""";

	private static final String ORDER = " ORDER BY o.MEASURE_ID, o.AREA_CODE, o.PERIOD_TYPE, o.PERIOD_START, o.FILE_ID";

	private final JdbcClient jdbc;

	public RevisionDao(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One version of an observation.
	 * @param revision 1 for the first value, one more for each later file that changed it
	 */
	public record Version(String areaCode, String measureId, Period period, double value, Double numerator,
			Double denominator, String fileName, String sheet, int row, String column, long jobInstanceId,
			int revision) {

		boolean sameKey(Version other) {
			return other != null && this.areaCode.equals(other.areaCode) && this.measureId.equals(other.measureId)
					&& this.period.equals(other.period);
		}

	}

	/** The latest version of every observation, streamed in key order (for the export). */
	public void forEachLatest(Consumer<Version> latest) {
		Version[] held = new Version[1];
		this.jdbc.sql(VERSIONS + ORDER).query((ResultSet rs) -> {
			Version version = version(rs, held[0]);
			if (held[0] != null && !version.sameKey(held[0])) {
				latest.accept(held[0]);
			}
			held[0] = version;
		});
		if (held[0] != null) {
			latest.accept(held[0]);
		}
	}

	/**
	 * Revisions received in a run: each pair (previous value, new value) where a file of the run
	 * changed a value already held.
	 */
	public List<Version[]> revisionsIn(long jobInstanceId) {
		List<Version[]> revisions = new ArrayList<>();
		Version[] previous = new Version[1];
		this.jdbc.sql(VERSIONS + """
				WHERE EXISTS (SELECT 1 FROM STP_OBSERVATION n JOIN STP_FILE nf ON nf.FILE_ID = n.FILE_ID
				  WHERE nf.JOB_INSTANCE_ID = ? AND nf.STATUS = 'loaded' AND n.MEASURE_ID = o.MEASURE_ID
				  AND n.AREA_CODE = o.AREA_CODE AND n.PERIOD_TYPE = o.PERIOD_TYPE AND n.PERIOD_START = o.PERIOD_START
				  AND n.FILE_ID <> o.FILE_ID)""" + ORDER).param(jobInstanceId).query((ResultSet rs) -> {
			Version version = version(rs, previous[0]);
			if (version.sameKey(previous[0]) && version.revision() > previous[0].revision()
					&& version.jobInstanceId() == jobInstanceId) {
				revisions.add(new Version[] { previous[0], version });
			}
			previous[0] = version;
		});
		return revisions;
	}

	private static Version version(ResultSet rs, Version previous) throws SQLException {
		Period period = ObservationDao.period(rs.getString("PERIOD_TYPE"), rs.getDate("PERIOD_START"));
		String area = rs.getString("AREA_CODE");
		String measure = rs.getString("MEASURE_ID");
		double value = rs.getDouble("OBS_VALUE");
		boolean sameKey = previous != null && previous.areaCode().equals(area) && previous.measureId().equals(measure)
				&& previous.period().equals(period);
		int revision = !sameKey ? 1 : previous.revision() + (previous.value() == value ? 0 : 1);
		return new Version(area, measure, period, value, (Double) rs.getObject("NUMERATOR"),
				(Double) rs.getObject("DENOMINATOR"), rs.getString("FILE_NAME"), rs.getString("SHEET"), rs.getInt("ROW_NUM"),
				rs.getString("COLUMN_REF"), rs.getLong("JOB_INSTANCE_ID"), revision);
	}

}
