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
import uk.nhs.stp.store.MonitoringDao;
import uk.nhs.stp.store.ScoreDao;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.PeerSet;
import uk.nhs.stp.result.Redundancy;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.result.Words;

/**
 * Runs the whole method for one run and stores the results under the run's job instance, so the
 * history of every night is kept. Re-running a run's scoring replaces its earlier results.
 */
public class ScoringService {

	private static final Logger log = LoggerFactory.getLogger(ScoringService.class);

	private final ScoringModel model;

	private final AreaRegister register;

	private final ObservationDao observations;

	private final ScoreDao scores;

	private final MonitoringDao monitoring;

	public ScoringService(ScoringModel model, AreaRegister register, ObservationDao observations, ScoreDao scores,
			MonitoringDao monitoring) {
		this.monitoring = monitoring;
		this.model = model;
		this.register = register;
		this.observations = observations;
		this.scores = scores;
	}

	public RunScores score(long jobInstanceId, LocalDate runDate) {
		MetricScorer metricScorer = new MetricScorer(this.model.thresholds());
		List<MetricOutcome> outcomes = new ArrayList<>();
		List<SpcChart> charts = new ArrayList<>();
		for (Metric metric : this.model.metrics()) {
			MetricOutcome outcome = metricScorer.score(metric, this.observations.latestRevisions(metric.id()), charts::add);
			outcomes.add(outcome);
			log.info("score: {}: {} areas, latest period {}{}", metric.id(), outcome.areas().size(),
					outcome.latestPeriod() == null ? "none" : outcome.latestPeriod().label(),
					outcome.note() == null ? "" : " (" + outcome.note() + ")");
		}
		List<Area> areas = this.register.reportingAreas();
		Map<String, CircumstanceValues.Raw> circumstances = new CircumstanceValues(this.model.circumstances(),
				this.observations::latestRevisions)
			.read(areas.stream().map(Area::code).toList());
		RunScores result = new AreaScorer(this.model).score(areas, outcomes, circumstances,
				CoreMetrics.concerns(outcomes));
		this.scores.replaceRun(jobInstanceId, runDate, this.model.source(), result, outcomes, charts);
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
