package uk.nhs.stp.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.SpcChart;

/**
 * One metric's scores for a run, as the score step's partition for that metric writes them (its
 * summary, its area rows and its SPC points, in JDBC batches), and all of a run's metrics read back
 * for the area step, which needs every metric at once. What the area step reads is exactly what
 * was written, so the tiers do not depend on how many metrics were scored at once.
 */
@Repository
public class MetricScoreDao {

	/** The summary last: while it is there, the metric may have rows in the others (see {@link #replace}). */
	private static final List<String> METRIC_TABLES = List.of("STP_METRIC_SCORE", "STP_SPC_POINT", "STP_METRIC_SUMMARY");

	private final JdbcTemplate jdbc;

	public MetricScoreDao(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces a metric's scores in this run (a restarted partition scores its metric again). The
	 * deletes run only where the metric's summary is stored: the area rows and SPC points are keyed
	 * by run and area first, so deleting one metric's scans every row the run has stored so far (at
	 * 7,000 areas, over a million SPC points read from disk for each metric), while the summary is
	 * found by its key. A metric's rows are written with its summary, in one transaction, and its
	 * summary is deleted after them, so no rows are ever left without it.
	 */
	public void replace(long jobInstanceId, MetricOutcome outcome, List<SpcChart> charts) {
		String metricId = outcome.metric().id();
		if (stored(jobInstanceId, metricId)) {
			METRIC_TABLES.forEach(table -> this.jdbc
				.update("DELETE FROM " + table + " WHERE JOB_INSTANCE_ID = ? AND METRIC_ID = ?", jobInstanceId, metricId));
		}
		this.jdbc.update(MetricScoreRows.INSERT_SUMMARY, MetricScoreRows.summary(jobInstanceId, outcome));
		List<Object[]> rows = new ArrayList<>(outcome.areas().size());
		outcome.areas().forEach((area, am) -> rows.add(MetricScoreRows.area(jobInstanceId, metricId, area, am)));
		batch(MetricScoreRows.INSERT_AREA, rows);
		batch(SpcPoints.INSERT, SpcPoints.params(jobInstanceId, charts));
	}

	/**
	 * The run's outcomes for these metrics, in their order, each with its areas in code order; a
	 * metric with no stored summary is left out.
	 */
	public List<MetricOutcome> outcomes(long jobInstanceId, List<Metric> metrics) {
		Map<String, ScoreDao.MetricSummary> summaries = new LinkedHashMap<>();
		this.jdbc.query("SELECT * FROM STP_METRIC_SUMMARY WHERE JOB_INSTANCE_ID = ?",
				(rs, i) -> MetricScoreRows.readSummary(rs), jobInstanceId)
			.forEach(s -> summaries.put(s.metricId(), s));
		Map<String, Map<String, AreaMetric>> areas = new LinkedHashMap<>();
		this.jdbc.query("SELECT * FROM STP_METRIC_SCORE WHERE JOB_INSTANCE_ID = ? ORDER BY METRIC_ID, AREA_CODE", rs -> {
			areas.computeIfAbsent(rs.getString("METRIC_ID"), k -> new LinkedHashMap<>())
				.put(rs.getString("AREA_CODE"), MetricScoreRows.readArea(rs));
		}, jobInstanceId);
		List<MetricOutcome> outcomes = new ArrayList<>();
		for (Metric metric : metrics) {
			ScoreDao.MetricSummary s = summaries.get(metric.id());
			if (s != null) {
				outcomes.add(new MetricOutcome(metric, s.latestPeriod(), s.levelMethod(), s.spread(), s.note(),
						areas.getOrDefault(metric.id(), Map.of()), s.requested(), s.comparison()));
			}
		}
		return outcomes;
	}

	private boolean stored(long jobInstanceId, String metricId) {
		return !this.jdbc.queryForList("SELECT 1 FROM STP_METRIC_SUMMARY WHERE JOB_INSTANCE_ID = ? AND METRIC_ID = ?",
				Integer.class, jobInstanceId, metricId)
			.isEmpty();
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(sql, rows);
		}
	}

}
