package uk.nhs.stp.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.PeerSet;
import uk.nhs.stp.result.Redundancy;
import uk.nhs.stp.result.SpcChart;
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
 * @param previousRun the run scored before this one, or null for the first report
 * @param previousAreas that run's area scores by area code (empty for the first report)
 * @param areaNames every area's name by code (peers may lie outside a regional pack)
 * @param spcCharts each area's SPC charts of the core metrics, by area code
 * @param sampleFiles the loaded files whose content is the shipped sample's: when any, every
 * sheet says its figures are synthetic
 */
public record ReportData(StoredRun run, ScoringModel model, List<AreaScore> areas, Map<String, MetricSummary> metrics,
		List<StoredAreaMetric> areaMetrics, List<LedgerEntry> files, List<IngestEvent> events,
		List<Version[]> revisions, Map<String, PeerSet> peers, Redundancy redundancy, StoredRun previousRun,
		Map<String, AreaScore> previousAreas, Map<String, String> areaNames, Map<String, List<SpcChart>> spcCharts,
		List<String> sampleFiles) {

	/** A report without SPC charts, built on real data (tests, benchmarks). */
	public ReportData(StoredRun run, ScoringModel model, List<AreaScore> areas, Map<String, MetricSummary> metrics,
			List<StoredAreaMetric> areaMetrics, List<LedgerEntry> files, List<IngestEvent> events,
			List<Version[]> revisions, Map<String, PeerSet> peers, Redundancy redundancy, StoredRun previousRun,
			Map<String, AreaScore> previousAreas, Map<String, String> areaNames) {
		this(run, model, areas, metrics, areaMetrics, files, events, revisions, peers, redundancy, previousRun,
				previousAreas, areaNames, Map.of(), List.of());
	}

	/** Whether the figures come (at least partly) from the shipped sample data. */
	public boolean synthetic() {
		return !this.sampleFiles.isEmpty();
	}

	/** The same report with these SPC charts and sample files. */
	public ReportData with(Map<String, List<SpcChart>> charts, List<String> samples) {
		return new ReportData(this.run, this.model, this.areas, this.metrics, this.areaMetrics, this.files, this.events,
				this.revisions, this.peers, this.redundancy, this.previousRun, this.previousAreas, this.areaNames, charts,
				samples);
	}

	/** The verdict's critical value of t this run, or null when the model was not fitted. */
	public Double critical() {
		return this.run.fit().tCritical();
	}

	/** The areas of one region only, for a regional pack (national model, thresholds and files). */
	public ReportData forRegion(String region) {
		java.util.Set<String> codes = new java.util.HashSet<>();
		this.areas.stream().filter(a -> a.area().region().equals(region)).forEach(a -> codes.add(a.area().code()));
		Map<String, PeerSet> regionalPeers = new java.util.LinkedHashMap<>();
		this.peers.forEach((code, set) -> {
			if (codes.contains(code)) {
				regionalPeers.put(code, set);
			}
		});
		Map<String, List<SpcChart>> regionalCharts = new java.util.LinkedHashMap<>();
		this.spcCharts.forEach((code, charts) -> {
			if (codes.contains(code)) {
				regionalCharts.put(code, charts);
			}
		});
		return new ReportData(this.run, this.model, this.areas.stream().filter(a -> codes.contains(a.area().code())).toList(),
				this.metrics, this.areaMetrics.stream().filter(m -> codes.contains(m.areaCode())).toList(), this.files,
				this.events, this.revisions.stream().filter(r -> codes.contains(r[1].areaCode())).toList(), regionalPeers,
				this.redundancy, this.previousRun, this.previousAreas, this.areaNames, regionalCharts, this.sampleFiles);
	}

	public LocalDate runDate() {
		return this.run.runDate();
	}

}
