package uk.nhs.stp.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodType;

/**
 * Reads observations back from the store (kept in blocks, see {@link ObservationBlock}). Where a
 * value was revised, the version from the file delivered last (its modification time; ties in the order read) is
 * the one used, whichever run read it (method §0).
 */
@Repository
public class ObservationDao {

	private static final String LOADED_BLOCKS = """
			SELECT b.AREA_CODE, b.FILE_ID, b.PAYLOAD
			FROM STP_OBSERVATION_BLOCK b JOIN STP_FILE f ON f.FILE_ID = b.FILE_ID AND f.STATUS = 'loaded'
			WHERE b.MEASURE_ID = ?
			ORDER BY b.AREA_CODE, f.DELIVERED_AT NULLS FIRST, b.FILE_ID, b.BLOCK_ID""";

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
		this.jdbc.sql("SELECT MEASURE_ID, AREA_CODE, PAYLOAD FROM STP_OBSERVATION_BLOCK WHERE FILE_ID = ?")
			.param(fileId)
			.query((rs) -> {
				for (ObservationBlock.Entry entry : ObservationBlock.entries(rs.getBytes("PAYLOAD"))) {
					consumer.accept(rs.getString("MEASURE_ID"), rs.getString("AREA_CODE"), entry.period().key(), entry.row());
				}
			});
	}

	/** The latest revision of every observation of one measure, by area then period. */
	public List<StoredObservation> latestRevisions(String measureId) {
		Map<String, TreeMap<Period, StoredObservation>> byArea = new TreeMap<>();
		this.jdbc.sql(LOADED_BLOCKS).param(measureId).query((rs) -> {
			TreeMap<Period, StoredObservation> series = byArea.computeIfAbsent(rs.getString("AREA_CODE"),
					a -> new TreeMap<>());
			for (ObservationBlock.Entry e : ObservationBlock.entries(rs.getBytes("PAYLOAD"))) {
				series.put(e.period(), new StoredObservation(rs.getString("AREA_CODE"), e.period(), e.value(),
						e.numerator(), e.denominator()));
			}
		});
		List<StoredObservation> rows = new ArrayList<>();
		byArea.values().forEach(series -> rows.addAll(series.values()));
		return rows;
	}

	/** Observations stored, every version counted. */
	public long count() {
		return this.jdbc.sql("SELECT COALESCE(SUM(OBSERVATIONS), 0) FROM STP_OBSERVATION_BLOCK")
			.query(Long.class)
			.single();
	}

	static Period period(String typeCode, Date start) {
		return new Period(PeriodType.fromCode(typeCode), start.toLocalDate());
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
