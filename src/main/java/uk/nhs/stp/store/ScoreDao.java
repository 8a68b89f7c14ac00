package uk.nhs.stp.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.result.RunScores;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.FourCircumstances;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.ModelFit;
import uk.nhs.stp.stats.Verdict;

/**
 * Stores each run's scores under its job instance, so every night's results are kept. Guards the
 * method's promise that no NaN or infinity ever reaches the store (method §8).
 */
@Repository
public class ScoreDao {

	private static final List<String> RUN_TABLES = List.of("STP_SCORE_RUN", "STP_MODEL_TERM", "STP_AREA_SCORE",
			"STP_METRIC_SCORE", "STP_METRIC_SUMMARY", "STP_PEER", "STP_METRIC_PAIR");

	private final JdbcClient jdbc;

	public ScoreDao(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Removes everything stored for this run (an abandoned run's scores are never a "previous report"). */
	public void deleteRun(long jobInstanceId) {
		RUN_TABLES.forEach(table -> this.jdbc.sql("DELETE FROM " + table + " WHERE JOB_INSTANCE_ID = ?")
			.param(jobInstanceId)
			.update());
	}

	/** Replaces everything stored for this run (a restarted run scores again from scratch). */
	public void replaceRun(long jobInstanceId, LocalDate runDate, String modelSource, RunScores result,
			List<MetricOutcome> outcomes) {
		deleteRun(jobInstanceId);
		insertRun(jobInstanceId, runDate, modelSource, result);
		result.areas().forEach(area -> insertArea(jobInstanceId, area));
		for (MetricOutcome outcome : outcomes) {
			insertMetricSummary(jobInstanceId, outcome);
			outcome.areas().forEach((area, am) -> insertAreaMetric(jobInstanceId, outcome.metric().id(), area, am));
		}
	}

	private void insertRun(long jobInstanceId, LocalDate runDate, String modelSource, RunScores result) {
		ModelFit fit = result.fit();
		long scored = result.areas().stream().filter(AreaScore::scored).count();
		this.jdbc.sql("""
				INSERT INTO STP_SCORE_RUN (JOB_INSTANCE_ID, RUN_DATE, SCORED_AT, MODEL_SOURCE, AREAS_SCORED,
				  AREAS_NOT_SCORED, MODEL_N, DF_RESIDUAL, R2, ADJ_R2, LOO_R2, SIGMA, T_CRITICAL, MODEL_NOTE)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(jobInstanceId, Date.valueOf(runDate), Timestamp.valueOf(LocalDateTime.now()), modelSource, scored,
					result.areas().size() - scored, fit.n(), fit.dfResidual(), finite("r2", fit.r2()),
					finite("adj_r2", fit.adjustedR2()), finite("loo_r2", fit.looR2()), finite("sigma", fit.sigma()),
					finite("t_critical", fit.tCritical()), fit.note())
			.update();
		for (ModelFit.Term term : fit.terms()) {
			this.jdbc.sql("INSERT INTO STP_MODEL_TERM VALUES (?, ?, ?, ?, ?, ?)")
				.params(jobInstanceId, term.name(), finite("estimate", term.estimate()), finite("se", term.se()),
						finite("t", term.t()), finite("p", term.p()))
				.update();
		}
	}

	private void insertArea(long jobInstanceId, AreaScore a) {
		FourCircumstances z = a.circumstanceZ();
		FourCircumstances c = a.contributions();
		this.jdbc.sql("""
				INSERT INTO STP_AREA_SCORE VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(jobInstanceId, a.area().code(), a.scored(), a.tier(), a.tierName(),
					a.verdict() == null ? null : a.verdict().name(), a.strongEvidence(), finite("coverage", a.coverage()),
					finite("pace_coverage", a.paceCoverage()), finite("level", a.level()), finite("pace", a.pace()),
					finite("expected_pace", a.expectedPace()), finite("unexplained_pace", a.unexplainedPace()),
					finite("studentised", a.studentised()), finite("leverage", a.leverage()), finite("z", z.relationship()),
					finite("z", z.population()), finite("z", z.geography()), finite("z", z.flow()),
					finite("contribution", c.relationship()), finite("contribution", c.population()),
					finite("contribution", c.geography()), finite("contribution", c.flow()), String.join("\n", a.reasons()))
			.update();
	}

	private void insertMetricSummary(long jobInstanceId, MetricOutcome o) {
		this.jdbc.sql("""
				INSERT INTO STP_METRIC_SUMMARY (JOB_INSTANCE_ID, METRIC_ID, LATEST_PERIOD_TYPE, LATEST_PERIOD_START,
				  LEVEL_METHOD, SPREAD, NOTE, REQUESTED) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(jobInstanceId, o.metric().id(), o.latestPeriod() == null ? null : o.latestPeriod().type().code(),
					o.latestPeriod() == null ? null : Date.valueOf(o.latestPeriod().first()), o.levelMethod(),
					finite("spread", o.spread()), o.note(), o.requested())
			.update();
	}

	private void insertAreaMetric(long jobInstanceId, String metricId, String area, AreaMetric m) {
		AreaMetric.Spc spc = m.spc();
		this.jdbc.sql("""
				INSERT INTO STP_METRIC_SCORE (JOB_INSTANCE_ID, AREA_CODE, METRIC_ID, LATEST_VALUE, LEVEL_Z, FUNNEL_OUTLIER,
				  SLOPE, SLOPE_LOWER, SLOPE_UPPER, PACE, MK_P, POINTS, SPC_VARIATION, SPC_RULE, SPC_ASSURANCE,
				  SPC_SHORT_SERIES, SPC_CONCERN, NOTE, RETURNED)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(jobInstanceId, area, metricId, finite("latest_value", m.latestValue()), finite("level_z", m.levelZ()),
					m.funnelOutlier(), finite("slope", m.slope()), finite("slope_lower", m.slopeLower()),
					finite("slope_upper", m.slopeUpper()), finite("pace", m.pace()), finite("mk_p", m.mannKendallP()),
					m.points(), spc == null ? null : spc.variation(), spc == null ? null : spc.rule(),
					spc == null ? null : spc.assurance(), spc == null ? null : spc.shortSeries(),
					spc == null ? null : spc.concern(), m.note(), m.returned())
			.update();
	}

	/** The value, or an error naming it if it is NaN or infinite: a bug, never data to store. */
	static Double finite(String name, Double value) {
		if (value != null && !Double.isFinite(value)) {
			throw new IllegalStateException("refusing to store a non-finite " + name + " (" + value + ")");
		}
		return value;
	}

	/** The stored circumstances model of a run, or empty if the run has no scores. */
	public java.util.Optional<StoredRun> run(long jobInstanceId) {
		return this.jdbc.sql("SELECT * FROM STP_SCORE_RUN WHERE JOB_INSTANCE_ID = ?")
			.param(jobInstanceId)
			.query((rs, i) -> new StoredRun(rs.getLong("JOB_INSTANCE_ID"), rs.getDate("RUN_DATE").toLocalDate(),
					rs.getString("MODEL_SOURCE"), fit(jobInstanceId, rs)))
			.optional();
	}

	private ModelFit fit(long jobInstanceId, java.sql.ResultSet rs) throws java.sql.SQLException {
		Double r2 = (Double) rs.getObject("R2");
		if (r2 == null) {
			return ModelFit.notFitted(rs.getString("MODEL_NOTE"));
		}
		List<ModelFit.Term> terms = this.jdbc
			.sql("SELECT TERM, ESTIMATE, SE, T_VALUE, P_VALUE FROM STP_MODEL_TERM WHERE JOB_INSTANCE_ID = ?")
			.param(jobInstanceId)
			.query((t, j) -> new ModelFit.Term(t.getString(1), t.getDouble(2), t.getDouble(3), t.getDouble(4), t.getDouble(5)))
			.list();
		List<ModelFit.Term> ordered = new ArrayList<>();
		for (String name : ModelFit.TERM_NAMES) {
			terms.stream().filter(t -> t.name().equals(name)).forEach(ordered::add);
		}
		return new ModelFit(true, rs.getString("MODEL_NOTE"), rs.getInt("MODEL_N"), rs.getInt("DF_RESIDUAL"), r2,
				(Double) rs.getObject("ADJ_R2"), (Double) rs.getObject("LOO_R2"), (Double) rs.getObject("SIGMA"),
				(Double) rs.getObject("T_CRITICAL"), ordered);
	}

	/** A run's area scores, in register order. */
	public List<AreaScore> areas(long jobInstanceId, AreaRegister register) {
		java.util.Map<String, AreaScore> byCode = new java.util.HashMap<>();
		this.jdbc.sql("SELECT * FROM STP_AREA_SCORE WHERE JOB_INSTANCE_ID = ?")
			.param(jobInstanceId)
			.query((rs, i) -> areaScore(rs, register))
			.list()
			.forEach(a -> byCode.put(a.area().code(), a));
		return register.areas().stream().map(a -> byCode.get(a.code())).filter(java.util.Objects::nonNull).toList();
	}

	private static AreaScore areaScore(java.sql.ResultSet rs, AreaRegister register) throws java.sql.SQLException {
		String verdict = rs.getString("VERDICT");
		return new AreaScore(register.byCode(rs.getString("AREA_CODE")).orElseThrow(),
				new AreaScore.Support(rs.getBoolean("SCORED"), (Integer) rs.getObject("TIER"), rs.getString("TIER_NAME")),
				new AreaScore.Composite(rs.getDouble("COVERAGE"), rs.getDouble("PACE_COVERAGE"), dbl(rs, "LEVEL_Z"),
						dbl(rs, "PACE")),
				new AreaScore.Expectation(dbl(rs, "EXPECTED_PACE"), dbl(rs, "UNEXPLAINED_PACE"), dbl(rs, "STUDENTISED"),
						dbl(rs, "LEVERAGE"), verdict == null ? null : Verdict.valueOf(verdict),
						(Boolean) rs.getObject("STRONG_EVIDENCE")),
				new AreaScore.CircumstanceTerms(four(rs, "_Z"), four(rs, "_CONTRIBUTION")),
				List.of(rs.getString("REASONS").split("\n")));
	}

	private static FourCircumstances four(java.sql.ResultSet rs, String suffix) throws java.sql.SQLException {
		return new FourCircumstances(dbl(rs, "RELATIONSHIP" + suffix), dbl(rs, "POPULATION" + suffix),
				dbl(rs, "GEOGRAPHY" + suffix), dbl(rs, "FLOW" + suffix));
	}

	/** A run's per-metric summaries, by metric id. */
	public java.util.Map<String, MetricSummary> metricSummaries(long jobInstanceId) {
		java.util.Map<String, MetricSummary> summaries = new java.util.LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM STP_METRIC_SUMMARY WHERE JOB_INSTANCE_ID = ?")
			.param(jobInstanceId)
			.query((rs, i) -> new MetricSummary(rs.getString("METRIC_ID"),
					rs.getString("LATEST_PERIOD_TYPE") == null ? null
							: ObservationDao.period(rs.getString("LATEST_PERIOD_TYPE"), rs.getDate("LATEST_PERIOD_START")),
					rs.getString("LEVEL_METHOD"), dbl(rs, "SPREAD"), rs.getString("NOTE"), rs.getInt("REQUESTED")))
			.list()
			.forEach(m -> summaries.put(m.metricId(), m));
		return summaries;
	}

	/** A run's area × metric results. */
	public List<StoredAreaMetric> areaMetrics(long jobInstanceId) {
		return this.jdbc.sql("SELECT * FROM STP_METRIC_SCORE WHERE JOB_INSTANCE_ID = ? ORDER BY AREA_CODE, METRIC_ID")
			.param(jobInstanceId)
			.query((rs, i) -> new StoredAreaMetric(rs.getString("AREA_CODE"), rs.getString("METRIC_ID"),
					new AreaMetric(
							new AreaMetric.Level(dbl(rs, "LATEST_VALUE"), dbl(rs, "LEVEL_Z"),
									(Boolean) rs.getObject("FUNNEL_OUTLIER")),
							new AreaMetric.Trend(dbl(rs, "SLOPE"), dbl(rs, "SLOPE_LOWER"), dbl(rs, "SLOPE_UPPER"),
									dbl(rs, "PACE"), dbl(rs, "MK_P"), rs.getInt("POINTS")),
							spc(rs), rs.getString("NOTE"), rs.getInt("RETURNED"))))
			.list();
	}

	private static AreaMetric.Spc spc(java.sql.ResultSet rs) throws java.sql.SQLException {
		String variation = rs.getString("SPC_VARIATION");
		return variation == null ? null
				: new AreaMetric.Spc(variation, rs.getString("SPC_RULE"), rs.getString("SPC_ASSURANCE"),
						rs.getBoolean("SPC_SHORT_SERIES"), rs.getBoolean("SPC_CONCERN"));
	}

	private static Double dbl(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		return (Double) rs.getObject(column);
	}

	/** A stored run: when, from which model, and the circumstances model's fit. */
	public record StoredRun(long jobInstanceId, LocalDate runDate, String modelSource, ModelFit fit) {
	}

	/** A stored per-metric summary. */
	public record MetricSummary(String metricId, uk.nhs.stp.domain.Period latestPeriod, String levelMethod,
			Double spread, String note, int requested) {
	}

	/** A stored area × metric result. */
	public record StoredAreaMetric(String areaCode, String metricId, AreaMetric result) {
	}

	/** The latest run scored before this one, if any (for "what changed since the last report"). */
	public java.util.Optional<StoredRun> previousRun(long jobInstanceId) {
		return this.jdbc
			.sql("SELECT MAX(JOB_INSTANCE_ID) FROM STP_SCORE_RUN WHERE JOB_INSTANCE_ID < ?")
			.param(jobInstanceId)
			.query(Long.class)
			.optional()
			.flatMap(this::run);
	}

	/** The job instances that have stored scores, newest first. */
	public List<Long> scoredRuns() {
		return new ArrayList<>(this.jdbc.sql("SELECT JOB_INSTANCE_ID FROM STP_SCORE_RUN ORDER BY JOB_INSTANCE_ID DESC")
			.query(Long.class)
			.list());
	}

}
