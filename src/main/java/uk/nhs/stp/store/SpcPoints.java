package uk.nhs.stp.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.stats.SpcRule;

/** The rows of {@code STP_SPC_POINT}: the SPC charts of the core metrics, point by point. */
final class SpcPoints {

	static final String INSERT = """
			INSERT INTO STP_SPC_POINT (JOB_INSTANCE_ID, AREA_CODE, METRIC_ID, PERIOD_TYPE, PERIOD_START, POINT_VALUE,
			  CENTRE, LOWER_LIMIT, UPPER_LIMIT, RULE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private SpcPoints() {
	}

	static List<Object[]> params(long jobInstanceId, List<SpcChart> charts) {
		List<Object[]> rows = new ArrayList<>();
		for (SpcChart chart : charts) {
			for (SpcChart.Point p : chart.points()) {
				rows.add(new Object[] { jobInstanceId, chart.areaCode(), chart.metricId(), p.period().type().code(),
						Date.valueOf(p.period().first()), ScoreDao.finite("spc value", p.value()),
						ScoreDao.finite("spc centre", p.centre()), ScoreDao.finite("spc lower", p.lower()),
						ScoreDao.finite("spc upper", p.upper()), p.rule().name() });
			}
		}
		return rows;
	}

	static Map<String, List<SpcChart>> read(JdbcClient jdbc, long jobInstanceId) {
		Map<String, Map<String, List<SpcChart.Point>>> byArea = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT AREA_CODE, METRIC_ID, PERIOD_TYPE, PERIOD_START, POINT_VALUE, CENTRE, LOWER_LIMIT, UPPER_LIMIT, RULE
				FROM STP_SPC_POINT WHERE JOB_INSTANCE_ID = ? ORDER BY AREA_CODE, METRIC_ID, PERIOD_START, PERIOD_TYPE""")
			.param(jobInstanceId)
			.query(rs -> {
				Period period = ObservationDao.period(rs.getString(3), rs.getDate(4));
				byArea.computeIfAbsent(rs.getString(1), a -> new LinkedHashMap<>())
					.computeIfAbsent(rs.getString(2), m -> new ArrayList<>())
					.add(new SpcChart.Point(period, rs.getDouble(5), (Double) rs.getObject(6), (Double) rs.getObject(7),
							(Double) rs.getObject(8), SpcRule.valueOf(rs.getString(9))));
			});
		Map<String, List<SpcChart>> charts = new LinkedHashMap<>();
		byArea.forEach((area, metrics) -> {
			List<SpcChart> list = new ArrayList<>();
			metrics.forEach((metric, points) -> list.add(new SpcChart(area, metric, List.copyOf(points))));
			charts.put(area, list);
		});
		return charts;
	}

}
