package uk.nhs.stp.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.result.RunScores;
import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.settings.Progress;
import uk.nhs.stp.store.ObservationDao;
import uk.nhs.stp.store.MetricScoreDao;
import uk.nhs.stp.store.MonitoringDao;
import uk.nhs.stp.store.ScoreDao;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.PeerSet;
import uk.nhs.stp.result.Redundancy;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.result.Words;

/**
 * Runs the method for one run and stores the results under the run's job instance, so the history
 * of every night is kept: each metric on its own ({@link #scoreMetric}, one partition of the score
 * step each), then the areas from what the metrics stored ({@link #scoreAreas}). Scoring a metric
 * or the areas again replaces what was stored for them.
 */
public class ScoringService {

	private static final Logger log = LoggerFactory.getLogger(ScoringService.class);

	private final ScoringModel model;

	private final AreaRegister register;

	private final ObservationDao observations;

	private final ScoreDao scores;

	private final MonitoringDao monitoring;

	private final MetricScoreDao metricScores;

	public ScoringService(ScoringModel model, AreaRegister register, ObservationDao observations,
			MetricScoreDao metricScores, ScoreDao scores, MonitoringDao monitoring) {
		this.metricScores = metricScores;
		this.monitoring = monitoring;
		this.model = model;
		this.register = register;
		this.observations = observations;
		this.scores = scores;
	}

	/** Scores every metric, then the areas: the whole method in one go (without the job's partitions). */
	public RunScores score(long jobInstanceId, LocalDate runDate) {
		this.model.metrics().forEach(metric -> scoreMetric(jobInstanceId, metric));
		return scoreAreas(jobInstanceId, runDate);
	}

	/** Scores one metric across areas and stores its results under the run (method §1–§3). */
	public MetricOutcome scoreMetric(long jobInstanceId, Metric metric) {
		List<SpcChart> charts = new ArrayList<>();
		MetricOutcome outcome = new MetricScorer(this.model.thresholds()).score(metric,
				this.observations.latestRevisions(metric.id()), charts::add);
		this.metricScores.replace(jobInstanceId, outcome, charts);
		log.info("score: {}: {} areas, latest period {}{}", metric.id(), outcome.areas().size(),
				outcome.latestPeriod() == null ? "none" : outcome.latestPeriod().label(),
				outcome.note() == null ? "" : " (" + outcome.note() + ")");
		return outcome;
	}

	/** Each area whose figures cross a boundary change says so among its reasons. */
	private RunScores flagBoundaryChanges(RunScores result, List<MetricOutcome> outcomes) {
		BoundaryChanges changes = new BoundaryChanges(this.register);
		List<AreaScore> flagged = result.areas()
			.stream()
			.map(a -> changes.caveat(a.area(), outcomes).map(a::withCaveat).orElse(a))
			.toList();
		return new RunScores(flagged, result.fit(), result.tiering());
	}

	/**
	 * From the run's stored metric results: the circumstances model, tiers and their certainty,
	 * peers and metric redundancy (method §4–§12), stored under the run.
	 */
	public RunScores scoreAreas(long jobInstanceId, LocalDate runDate) {
		List<MetricOutcome> outcomes = this.metricScores.outcomes(jobInstanceId, this.model.metrics());
		List<Area> areas = this.register.reportingAreas();
		Map<String, CircumstanceValues.Raw> circumstances = new CircumstanceValues(this.model.circumstances(),
				this.observations::latestRevisions)
			.read(areas.stream().map(Area::code).toList());
		RunScores result = flagBoundaryChanges(new AreaScorer(this.model).score(areas, outcomes, circumstances,
				CoreMetrics.concerns(outcomes)), outcomes);
		this.scores.replaceAreas(jobInstanceId, runDate, this.model.source(), result);
		List<PeerSet> peers = PeerFinder.find(result.areas(), result.fit(), this.model.circumstances().peerWeights(),
				this.model.thresholds().peerCount());
		Redundancy redundancy = Redundancy.of(outcomes, areas.stream().map(Area::code).toList(),
				this.model.thresholds().redundancyRho());
		this.monitoring.store(jobInstanceId, peers, redundancy);
		long scored = result.areas().stream().filter(AreaScore::scored).count();
		Progress.line("score: {} of {} areas scored; model {}", scored, result.areas().size(),
				result.fit().fitted() ? "R\u00b2 " + Words.number(result.fit().r2()) : "not fitted: " + result.fit().note());
		return result;
	}

}
