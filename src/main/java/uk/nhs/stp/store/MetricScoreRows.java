package uk.nhs.stp.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;

/** The rows of {@code STP_METRIC_SCORE} and {@code STP_METRIC_SUMMARY}, written and read back. */
final class MetricScoreRows {

	static final String INSERT_AREA = """
			INSERT INTO STP_METRIC_SCORE (JOB_INSTANCE_ID, AREA_CODE, METRIC_ID, LATEST_VALUE, LEVEL_Z, FUNNEL_OUTLIER,
			  SLOPE, SLOPE_LOWER, SLOPE_UPPER, PACE, MK_P, POINTS, SPC_VARIATION, SPC_RULE, SPC_ASSURANCE,
			  SPC_SHORT_SERIES, SPC_CONCERN, NOTE, RETURNED, LATE, VALUE_PERIOD_TYPE, VALUE_PERIOD_START, NUMERATOR,
			  DENOMINATOR, LEVEL_Z_SD, PACE_SD, FIRST_PERIOD_TYPE, FIRST_PERIOD_START)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	static final String INSERT_SUMMARY = """
			INSERT INTO STP_METRIC_SUMMARY (JOB_INSTANCE_ID, METRIC_ID, LATEST_PERIOD_TYPE, LATEST_PERIOD_START,
			  LEVEL_METHOD, SPREAD, NOTE, REQUESTED, ENGLAND_MEDIAN, BOTTOM_FIFTH, FUNNEL_THETA0, FUNNEL_TAU2, FUNNEL_PHI)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private MetricScoreRows() {
	}

	static Object[] area(long jobInstanceId, String metricId, String area, AreaMetric m) {
		AreaMetric.Spc spc = m.spc();
		Period from = m.source().period();
		Period first = m.source().first();
		return new Object[] { jobInstanceId, area, metricId, f("latest_value", m.latestValue()), f("level_z", m.levelZ()),
				m.funnelOutlier(), f("slope", m.slope()), f("slope_lower", m.slopeLower()), f("slope_upper", m.slopeUpper()),
				f("pace", m.pace()), f("mk_p", m.mannKendallP()), m.points(), spc == null ? null : spc.variation(),
				spc == null ? null : spc.rule(), spc == null ? null : spc.assurance(), spc == null ? null : spc.shortSeries(),
				spc == null ? null : spc.concern(), m.note(), m.returned(), m.late(),
				from == null ? null : from.type().code(), from == null ? null : Date.valueOf(from.first()),
				f("numerator", m.source().numerator()), f("denominator", m.source().denominator()),
				f("level_z_sd", m.noise().levelZ()), f("pace_sd", m.noise().pace()),
				first == null ? null : first.type().code(), first == null ? null : Date.valueOf(first.first()) };
	}

	static Object[] summary(long jobInstanceId, MetricOutcome o) {
		MetricOutcome.Comparison c = o.comparison();
		return new Object[] { jobInstanceId, o.metric().id(), o.latestPeriod() == null ? null : o.latestPeriod().type().code(),
				o.latestPeriod() == null ? null : Date.valueOf(o.latestPeriod().first()), o.levelMethod(),
				f("spread", o.spread()), o.note(), o.requested(), f("england_median", c.englandMedian()),
				f("bottom_fifth", c.bottomFifth()), f("funnel_theta0", c.funnelTheta0()), f("funnel_tau2", c.funnelTau2()),
				f("funnel_phi", c.funnelPhi()) };
	}

	private static Double f(String name, Double value) {
		return ScoreDao.finite(name, value);
	}

	static AreaMetric readArea(ResultSet rs) throws SQLException {
		String type = rs.getString("VALUE_PERIOD_TYPE");
		Period from = type == null ? null : ObservationDao.period(type, rs.getDate("VALUE_PERIOD_START"));
		String firstType = rs.getString("FIRST_PERIOD_TYPE");
		Period first = firstType == null ? null : ObservationDao.period(firstType, rs.getDate("FIRST_PERIOD_START"));
		return new AreaMetric(
				new AreaMetric.Level(dbl(rs, "LATEST_VALUE"), dbl(rs, "LEVEL_Z"), (Boolean) rs.getObject("FUNNEL_OUTLIER")),
				new AreaMetric.Trend(dbl(rs, "SLOPE"), dbl(rs, "SLOPE_LOWER"), dbl(rs, "SLOPE_UPPER"), dbl(rs, "PACE"),
						dbl(rs, "MK_P"), rs.getInt("POINTS")),
				spc(rs), rs.getString("NOTE"), rs.getInt("RETURNED"),
				new AreaMetric.Source(from, rs.getBoolean("LATE"), dbl(rs, "NUMERATOR"), dbl(rs, "DENOMINATOR"), first),
				new AreaMetric.Noise(dbl(rs, "LEVEL_Z_SD"), dbl(rs, "PACE_SD")));
	}

	private static AreaMetric.Spc spc(ResultSet rs) throws SQLException {
		String variation = rs.getString("SPC_VARIATION");
		return variation == null ? null
				: new AreaMetric.Spc(variation, rs.getString("SPC_RULE"), rs.getString("SPC_ASSURANCE"),
						rs.getBoolean("SPC_SHORT_SERIES"), rs.getBoolean("SPC_CONCERN"));
	}

	static ScoreDao.MetricSummary readSummary(ResultSet rs) throws SQLException {
		String type = rs.getString("LATEST_PERIOD_TYPE");
		return new ScoreDao.MetricSummary(rs.getString("METRIC_ID"),
				type == null ? null : ObservationDao.period(type, rs.getDate("LATEST_PERIOD_START")),
				rs.getString("LEVEL_METHOD"), dbl(rs, "SPREAD"), rs.getString("NOTE"), rs.getInt("REQUESTED"),
				new MetricOutcome.Comparison(dbl(rs, "ENGLAND_MEDIAN"), dbl(rs, "BOTTOM_FIFTH"), dbl(rs, "FUNNEL_THETA0"),
						dbl(rs, "FUNNEL_TAU2"), dbl(rs, "FUNNEL_PHI")));
	}

	private static Double dbl(ResultSet rs, String column) throws SQLException {
		return (Double) rs.getObject(column);
	}

}
