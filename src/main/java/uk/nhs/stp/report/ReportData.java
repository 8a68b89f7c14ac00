package uk.nhs.stp.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.score.AreaScore;
import uk.nhs.stp.score.PeerSet;
import uk.nhs.stp.score.Redundancy;
import uk.nhs.stp.store.IngestEventDao.IngestEvent;
import uk.nhs.stp.store.LedgerEntry;
import uk.nhs.stp.store.RevisionDao.Version;
import uk.nhs.stp.store.ScoreDao.MetricSummary;
import uk.nhs.stp.store.ScoreDao.StoredAreaMetric;
import uk.nhs.stp.store.ScoreDao.StoredRun;

/**
 * Everything one report shows, read back from the store: plain records, no database or Spring.
 *
 * @param run the scoring run and its circumstances model
 * @param model the scoring model in force
 * @param areas every area's scores, in register order
 * @param metrics per-metric summaries, by metric id
 * @param areaMetrics area × metric results
 * @param files the files received in this run
 * @param events rows and cells of this run's files not loaded as plain observations
 * @param revisions figures this run's files changed: pairs of (previous version, new version)
 * @param peers each scored area's nearest peers, by area code
 * @param redundancy metric pairs and the proposed minimal metric set
 */
public record ReportData(StoredRun run, ScoringModel model, List<AreaScore> areas, Map<String, MetricSummary> metrics,
		List<StoredAreaMetric> areaMetrics, List<LedgerEntry> files, List<IngestEvent> events,
		List<Version[]> revisions, Map<String, PeerSet> peers, Redundancy redundancy) {

	public LocalDate runDate() {
		return this.run.runDate();
	}

}
