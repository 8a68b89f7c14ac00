package uk.nhs.stp.report;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.IngestEventDao;
import uk.nhs.stp.store.MonitoringDao;
import uk.nhs.stp.store.RevisionDao;
import uk.nhs.stp.store.ScoreDao;

/** Reads everything a report shows for one run from the store. */
public class ReportQueries {

	private final ScoreDao scores;

	private final FileLedgerDao ledger;

	private final IngestEventDao events;

	private final ScoringModel model;

	private final AreaRegister register;

	private final RevisionDao revisions;

	private final MonitoringDao monitoring;

	private final java.nio.file.Path sampleDir;

	/**
	 * @param sampleDir the shipped sample data ({@code stp.sample-dir}): a report on data loaded
	 * from these files says on every sheet that its figures are synthetic
	 */
	public ReportQueries(ScoreDao scores, FileLedgerDao ledger, IngestEventDao events, ScoringModel model,
			AreaRegister register, RevisionDao revisions, MonitoringDao monitoring, java.nio.file.Path sampleDir) {
		this.sampleDir = sampleDir;
		this.revisions = revisions;
		this.monitoring = monitoring;
		this.scores = scores;
		this.ledger = ledger;
		this.events = events;
		this.model = model;
		this.register = register;
	}

	/**
	 * @throws IllegalStateException if the run has no stored scores
	 */
	public ReportData load(long jobInstanceId) {
		ScoreDao.StoredRun run = this.scores.run(jobInstanceId)
			.orElseThrow(() -> new IllegalStateException("run " + jobInstanceId + " has no stored scores to report"));
		java.util.Optional<ScoreDao.StoredRun> previous = this.scores.previousRun(jobInstanceId);
		java.util.Map<String, uk.nhs.stp.result.AreaScore> previousAreas = new java.util.HashMap<>();
		previous.ifPresent(p -> this.scores.areas(p.jobInstanceId(), this.register)
			.forEach(a -> previousAreas.put(a.area().code(), a)));
		java.util.Map<String, String> names = new java.util.HashMap<>();
		this.register.areas().forEach(a -> names.put(a.code(), a.name()));
		return new ReportData(run, this.model, this.scores.areas(jobInstanceId, this.register),
				this.scores.metricSummaries(jobInstanceId), this.scores.areaMetrics(jobInstanceId),
				this.ledger.forJobInstance(jobInstanceId), this.events.forJobInstance(jobInstanceId),
				this.revisions.revisionsIn(jobInstanceId), this.monitoring.peers(jobInstanceId),
				this.monitoring.redundancy(jobInstanceId), previous.orElse(null), previousAreas, names)
			.with(this.scores.spcCharts(jobInstanceId),
					this.ledger.loadedWithContent(SyntheticData.sampleHashes(this.sampleDir)));
	}

}
