package uk.nhs.stp.store;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
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

	private static final String SERIES = """
			SELECT b.AREA_CODE, b.MEASURE_ID, b.SHEET, b.PAYLOAD, f.FILE_NAME, f.JOB_INSTANCE_ID
			FROM STP_OBSERVATION_BLOCK b JOIN STP_FILE f ON f.FILE_ID = b.FILE_ID AND f.STATUS = 'loaded'
			WHERE b.MEASURE_ID = ?""";

	/** Versions in delivery order: the files' modification times (within a run, files are read in delivery order, so ids break ties). */
	private static final String ORDER = " ORDER BY b.AREA_CODE, f.DELIVERED_AT NULLS FIRST, b.FILE_ID, b.BLOCK_ID";

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
	}

	/** The latest version of every observation, by measure, area and period (for the export). */
	public void forEachLatest(Consumer<Version> latest) {
		for (String measure : this.jdbc.sql("SELECT DISTINCT MEASURE_ID FROM STP_OBSERVATION_BLOCK ORDER BY MEASURE_ID")
			.query(String.class)
			.list()) {
			forEachArea(SERIES + ORDER, List.of(measure), versions -> versions.values()
				.forEach(list -> latest.accept(list.get(list.size() - 1))));
		}
	}

	/** Of a measure, the areas a run's files carried. */
	private static final String TOUCHED = """
			 AND b.AREA_CODE IN (SELECT t.AREA_CODE FROM STP_OBSERVATION_BLOCK t
			JOIN STP_FILE g ON g.FILE_ID = t.FILE_ID AND g.STATUS = 'loaded' WHERE g.JOB_INSTANCE_ID = ? AND t.MEASURE_ID = ?)""";

	/**
	 * Revisions received in a run: each pair (previous version, new version) where a file of the
	 * run changed a value already held. One query a measure the run's files carried, for the areas
	 * they carried it for: a query per area and measure cost 280,000 queries on the first night of
	 * 7,000 areas × 40 measures.
	 */
	public List<Version[]> revisionsIn(long jobInstanceId) {
		List<Version[]> revisions = new ArrayList<>();
		List<String> measures = this.jdbc.sql("""
				SELECT DISTINCT b.MEASURE_ID FROM STP_OBSERVATION_BLOCK b
				JOIN STP_FILE f ON f.FILE_ID = b.FILE_ID AND f.STATUS = 'loaded' WHERE f.JOB_INSTANCE_ID = ?
				ORDER BY b.MEASURE_ID""").param(jobInstanceId).query(String.class).list();
		for (String measure : measures) {
			forEachArea(SERIES + TOUCHED + ORDER, List.of(measure, jobInstanceId, measure),
					versions -> versions.values().forEach(list -> {
						for (int i = 1; i < list.size(); i++) {
							Version after = list.get(i);
							if (after.jobInstanceId() == jobInstanceId && after.revision() > list.get(i - 1).revision()) {
								revisions.add(new Version[] { list.get(i - 1), after });
							}
						}
					}));
		}
		return revisions;
	}

	/** Streams the versions of one area at a time, by period, oldest first. */
	private void forEachArea(String sql, List<Object> params, Consumer<TreeMap<Period, List<Version>>> area) {
		@SuppressWarnings("unchecked")
		TreeMap<Period, List<Version>>[] current = new TreeMap[] { null };
		String[] currentArea = { null };
		this.jdbc.sql(sql).params(params).query((rs) -> {
			String code = rs.getString("AREA_CODE");
			if (!code.equals(currentArea[0])) {
				if (current[0] != null) {
					area.accept(current[0]);
				}
				current[0] = new TreeMap<>();
				currentArea[0] = code;
			}
			for (ObservationBlock.Entry e : ObservationBlock.entries(rs.getBytes("PAYLOAD"))) {
				List<Version> versions = current[0].computeIfAbsent(e.period(), p -> new ArrayList<>());
				Version previous = versions.isEmpty() ? null : versions.get(versions.size() - 1);
				int revision = previous == null ? 1 : previous.revision() + (previous.value() == e.value() ? 0 : 1);
				versions.add(new Version(code, rs.getString("MEASURE_ID"), e.period(), e.value(), e.numerator(),
						e.denominator(), rs.getString("FILE_NAME"), rs.getString("SHEET"), e.row(), e.columnLetters(),
						rs.getLong("JOB_INSTANCE_ID"), revision));
			}
		});
		if (current[0] != null) {
			area.accept(current[0]);
		}
	}

}
