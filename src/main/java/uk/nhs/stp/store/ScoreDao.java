package uk.nhs.stp.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.ModelFit;
import uk.nhs.stp.result.RunScores;
import uk.nhs.stp.result.RunTiering;
import uk.nhs.stp.result.SpcChart;

/**
 * Stores each run's scores under its job instance, so every night's results are kept, with the
 * rows of each table written in JDBC batches. Guards the method's promise that no NaN or infinity
 * ever reaches the store (method §8).
 */
@Repository
public class ScoreDao {

	private static final List<String> RUN_TABLES = List.of("STP_SCORE_RUN", "STP_MODEL_TERM", "STP_AREA_SCORE",
			"STP_METRIC_SCORE", "STP_METRIC_SUMMARY", "STP_PEER", "STP_METRIC_PAIR", "STP_SPC_POINT",
			"STP_TIER_SENSITIVITY");

	private static final List<String> AREA_TABLES = List.of("STP_SCORE_RUN", "STP_MODEL_TERM", "STP_AREA_SCORE",
			"STP_PEER", "STP_METRIC_PAIR", "STP_TIER_SENSITIVITY");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	public ScoreDao(JdbcTemplate template) {
		this.template = template;
		this.jdbc = JdbcClient.create(template);
	}

	/** Removes everything stored for this run (an abandoned run's scores are never a "previous report"). */
	public void deleteRun(long jobInstanceId) {
		RUN_TABLES.forEach(table -> this.jdbc.sql("DELETE FROM " + table + " WHERE JOB_INSTANCE_ID = ?")
			.param(jobInstanceId)
			.update());
	}

	/**
	 * Replaces the run's area results: the run and its model fit, each area's score and tier, and
	 * how tiers change over the sensitivity grid (the metrics' rows are the {@link MetricScoreDao}'s).
	 * The peers and metric pairs, which are worked out from these, are removed for the step to
	 * store again.
	 */
	public void replaceAreas(long jobInstanceId, LocalDate runDate, String modelSource, RunScores result) {
		AREA_TABLES.forEach(table -> this.jdbc.sql("DELETE FROM " + table + " WHERE JOB_INSTANCE_ID = ?")
			.param(jobInstanceId)
			.update());
		insertRun(jobInstanceId, runDate, modelSource, result);
		batch(AreaScoreRows.INSERT, result.areas().stream().map(a -> AreaScoreRows.params(jobInstanceId, a)).toList());
		List<Object[]> changes = new ArrayList<>();
		result.areas()
			.forEach(a -> a.sensitivity()
				.changes()
				.forEach(c -> changes.add(new Object[] { jobInstanceId, a.area().code(), c.choice(), c.tier() })));
		batch("INSERT INTO STP_TIER_SENSITIVITY VALUES (?, ?, ?, ?)", changes);
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.template.batchUpdate(sql, rows);
		}
	}

	private void insertRun(long jobInstanceId, LocalDate runDate, String modelSource, RunScores result) {
		ModelFit fit = result.fit();
		RunTiering t = result.tiering();
		long scored = result.areas().stream().filter(AreaScore::scored).count();
		this.jdbc.sql("""
				INSERT INTO STP_SCORE_RUN (JOB_INSTANCE_ID, RUN_DATE, SCORED_AT, MODEL_SOURCE, AREAS_SCORED,
				  AREAS_NOT_SCORED, MODEL_N, DF_RESIDUAL, R2, ADJ_R2, LOO_R2, SIGMA, T_CRITICAL, MODEL_NOTE,
				  LEVEL_CUT_OFF, LEVEL_MEDIAN, PACE_MEDIAN, DRAWS, SIMULATION_SEED, GRID_SKIPPED)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(jobInstanceId, Date.valueOf(runDate), Timestamp.valueOf(LocalDateTime.now()), modelSource, scored,
					result.areas().size() - scored, fit.n(), fit.dfResidual(), finite("r2", fit.r2()),
					finite("adj_r2", fit.adjustedR2()), finite("loo_r2", fit.looR2()), finite("sigma", fit.sigma()),
					finite("t_critical", fit.tCritical()), fit.note(), finite("level_cut_off", t.levelCutOff()),
					finite("level_median", t.levelMedian()), finite("pace_median", t.paceMedian()), t.draws(), t.seed(),
					t.gridSkipped().isEmpty() ? null : String.join("\n", t.gridSkipped()))
			.update();
		batch("INSERT INTO STP_MODEL_TERM VALUES (?, ?, ?, ?, ?, ?)", fit.terms()
			.stream()
			.map(term -> new Object[] { jobInstanceId, term.name(), finite("estimate", term.estimate()),
					finite("se", term.se()), finite("t", term.t()), finite("p", term.p()) })
			.toList());
	}

	/** The value, or an error naming it if it is NaN or infinite: a bug, never data to store. */
	static Double finite(String name, Double value) {
		if (value != null && !Double.isFinite(value)) {
			throw new IllegalStateException("refusing to store a non-finite " + name + " (" + value + ")");
		}
		return value;
	}

	/** The stored circumstances model of a run, or empty if the run has no scores. */
	public Optional<StoredRun> run(long jobInstanceId) {
		return this.jdbc.sql("SELECT * FROM STP_SCORE_RUN WHERE JOB_INSTANCE_ID = ?")
			.param(jobInstanceId)
			.query((rs, i) -> new StoredRun(rs.getLong("JOB_INSTANCE_ID"), rs.getDate("RUN_DATE").toLocalDate(),
					rs.getString("MODEL_SOURCE"), fit(jobInstanceId, rs), tiering(rs)))
			.optional();
	}

	private static RunTiering tiering(java.sql.ResultSet rs) throws java.sql.SQLException {
		String skipped = rs.getString("GRID_SKIPPED");
		return new RunTiering(AreaScoreRows.dbl(rs, "LEVEL_CUT_OFF"), AreaScoreRows.dbl(rs, "LEVEL_MEDIAN"),
				AreaScoreRows.dbl(rs, "PACE_MEDIAN"), rs.getInt("DRAWS"), rs.getLong("SIMULATION_SEED"),
				skipped == null ? List.of() : List.of(skipped.split("\n")));
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

	/**
	 * A run's area scores, in register order; each area's sensitivity changes by choice (every query
	 * here says its order: without it PostgreSQL's order differs from HSQLDB's, and neither is promised).
	 */
	public List<AreaScore> areas(long jobInstanceId, AreaRegister register) {
		Map<String, List<AreaScore.Sensitivity.Change>> changes = new HashMap<>();
		this.jdbc.sql("SELECT AREA_CODE, CHOICE, TIER FROM STP_TIER_SENSITIVITY WHERE JOB_INSTANCE_ID = ? ORDER BY AREA_CODE, CHOICE")
			.param(jobInstanceId)
			.query(rs -> {
				changes.computeIfAbsent(rs.getString(1), a -> new ArrayList<>())
					.add(new AreaScore.Sensitivity.Change(rs.getString(2), rs.getInt(3)));
			});
		Map<String, AreaScore> byCode = new HashMap<>();
		this.jdbc.sql("SELECT * FROM STP_AREA_SCORE WHERE JOB_INSTANCE_ID = ?")
			.param(jobInstanceId)
			.query((rs, i) -> AreaScoreRows.read(rs, register, changes))
			.list()
			.forEach(a -> byCode.put(a.area().code(), a));
		return register.areas().stream().map(a -> byCode.get(a.code())).filter(Objects::nonNull).toList();
	}

	/** A run's per-metric summaries, by metric id. */
	public Map<String, MetricSummary> metricSummaries(long jobInstanceId) {
		Map<String, MetricSummary> summaries = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM STP_METRIC_SUMMARY WHERE JOB_INSTANCE_ID = ? ORDER BY METRIC_ID")
			.param(jobInstanceId)
			.query((rs, i) -> MetricScoreRows.readSummary(rs))
			.list()
			.forEach(m -> summaries.put(m.metricId(), m));
		return summaries;
	}

	/** A run's area × metric results. */
	public List<StoredAreaMetric> areaMetrics(long jobInstanceId) {
		return this.jdbc.sql("SELECT * FROM STP_METRIC_SCORE WHERE JOB_INSTANCE_ID = ? ORDER BY AREA_CODE, METRIC_ID")
			.param(jobInstanceId)
			.query((rs, i) -> new StoredAreaMetric(rs.getString("AREA_CODE"), rs.getString("METRIC_ID"),
					MetricScoreRows.readArea(rs)))
			.list();
	}

	/** A run's SPC charts of the core metrics, by area code, each area's in metric id order. */
	public Map<String, List<SpcChart>> spcCharts(long jobInstanceId) {
		return SpcPoints.read(this.jdbc, jobInstanceId);
	}

	/** A stored run: when, from which model, the circumstances model's fit and how tiers were decided. */
	public record StoredRun(long jobInstanceId, LocalDate runDate, String modelSource, ModelFit fit,
			RunTiering tiering) {

		public StoredRun(long jobInstanceId, LocalDate runDate, String modelSource, ModelFit fit) {
			this(jobInstanceId, runDate, modelSource, fit, RunTiering.NONE);
		}

	}

	/** A stored per-metric summary. */
	public record MetricSummary(String metricId, Period latestPeriod, String levelMethod, Double spread, String note,
			int requested, MetricOutcome.Comparison comparison) {

		public MetricSummary(String metricId, Period latestPeriod, String levelMethod, Double spread, String note,
				int requested) {
			this(metricId, latestPeriod, levelMethod, spread, note, requested, MetricOutcome.Comparison.NONE);
		}

	}

	/** A stored area × metric result. */
	public record StoredAreaMetric(String areaCode, String metricId, uk.nhs.stp.result.AreaMetric result) {
	}

	/** The latest run scored before this one, if any (for "what changed since the last report"). */
	public Optional<StoredRun> previousRun(long jobInstanceId) {
		return this.jdbc.sql("SELECT MAX(JOB_INSTANCE_ID) FROM STP_SCORE_RUN WHERE JOB_INSTANCE_ID < ?")
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
