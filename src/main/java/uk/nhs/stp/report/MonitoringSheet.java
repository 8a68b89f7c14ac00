package uk.nhs.stp.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.Redundancy;
import uk.nhs.stp.stats.TierRules;
import uk.nhs.stp.store.ScoreDao.StoredAreaMetric;

/**
 * The Monitoring burden sheet (method §7): the monitoring recommended for each tier, the proposed
 * smallest metric set, metric pairs that say the same about pace, and per area the data items
 * requested against those returned, so gaps are visible without being scored as failure.
 */
final class MonitoringSheet {

	private MonitoringSheet() {
	}

	static void write(SheetWriter out, ReportData data, ReportStyles styles) {
		out.widths(new int[] { 30, 30, 14, 14, 14, 40 });
		out.title("Monitoring burden: what to ask of each area, and what can stop",
				"National monitoring must not overload areas: light-touch areas report less, and metrics that say the "
						+ "same about pace as another need not both be asked for.");
		perTier(out, data, styles);
		out.skip(1);
		minimalSet(out, data, styles);
		out.skip(1);
		int header = perArea(out, data, styles);
		out.sheet().createFreezePane(1, 0);
		out.printDetail(header);
	}

	private static void perTier(SheetWriter out, ReportData data, ReportStyles styles) {
		SheetWriter.text(out.row(), 0, "Recommended monitoring by support tier", styles.bold);
		out.header(List.of("Support tier", "Recommended monitoring", "Areas"));
		for (TierRules.Rule rule : data.model().tiers().rules().stream().sorted(Comparator.comparing(r -> -r.tier())).toList()) {
			Row row = out.row();
			SheetWriter.text(row, 0, rule.tier() + ". " + rule.name(), styles.tier(rule.tier()));
			SheetWriter.text(row, 1, data.model().monitoring().getOrDefault(rule.tier(), ""), styles.wrap);
			SheetWriter.number(row, 2, (double) data.areas().stream().filter(a -> a.tier() != null && a.tier() == rule.tier()).count(),
					styles.integer);
		}
	}

	private static void minimalSet(SheetWriter out, ReportData data, ReportStyles styles) {
		Map<String, Metric> metrics = data.model().metricsById();
		Redundancy redundancy = data.redundancy();
		SheetWriter.text(out.row(), 0, "Proposed smallest metric set: " + redundancy.minimalSet().size() + " of "
				+ metrics.size() + " metrics (every metric left out moves with a kept one, |\u03c1| \u2265 "
				+ data.model().thresholds().redundancyRho() + ")", styles.bold);
		out.header(List.of("Metric", "In the smallest set"));
		for (Metric metric : data.model().metrics()) {
			Row row = out.row();
			SheetWriter.text(row, 0, metric.name(), styles.wrap);
			SheetWriter.text(row, 1, redundancy.minimalSet().contains(metric.id()) ? "keep" : "could stop", styles.text);
		}
		out.skip(1);
		SheetWriter.text(out.row(), 0, "Metric pairs whose paces move together across areas (Spearman's \u03c1)", styles.bold);
		out.header(List.of("Metric", "Moves with", "\u03c1", "Areas", "Redundant"));
		List<Redundancy.Pair> pairs = redundancy.pairs()
			.stream()
			.filter(p -> p.rho() != null)
			.sorted(Comparator.comparing((Redundancy.Pair p) -> -Math.abs(p.rho())))
			.toList();
		for (Redundancy.Pair pair : pairs) {
			Row row = out.row();
			SheetWriter.text(row, 0, name(metrics, pair.metricA()), styles.wrap);
			SheetWriter.text(row, 1, name(metrics, pair.metricB()), styles.wrap);
			SheetWriter.number(row, 2, pair.rho(), styles.decimal2);
			SheetWriter.number(row, 3, (double) pair.areas(), styles.integer);
			SheetWriter.text(row, 4, pair.redundant() ? "yes" : "no", styles.text);
		}
	}

	private static int perArea(SheetWriter out, ReportData data, ReportStyles styles) {
		SheetWriter.text(out.row(), 0, "Data items requested and returned, by area", styles.bold);
		int header = out.header(List.of("Area", "Support tier", "Items requested", "Items returned", "Share returned",
				"Recommended monitoring"));
		Map<String, Integer> returned = new java.util.HashMap<>();
		for (StoredAreaMetric m : data.areaMetrics()) {
			returned.merge(m.areaCode(), m.result().returned(), Integer::sum);
		}
		int requested = data.metrics().values().stream().mapToInt(s -> s.requested()).sum();
		for (AreaScore a : SupportTiersSheet.sorted(data.areas())) {
			Row row = out.row();
			int got = returned.getOrDefault(a.area().code(), 0);
			SheetWriter.text(row, 0, a.area().name(), styles.wrap);
			SheetWriter.text(row, 1, a.tierName(), styles.tier(a.tier()));
			SheetWriter.number(row, 2, (double) requested, styles.integer);
			SheetWriter.number(row, 3, (double) got, styles.integer);
			// rounded down: an area that returned 287 of 288 items has not returned 100%
			SheetWriter.number(row, 4, requested == 0 ? null : SupportTiersSheet.floor((double) got / requested),
					styles.percent1);
			SheetWriter.text(row, 5, a.tier() == null ? "" : data.model().monitoring().getOrDefault(a.tier(), ""), styles.wrap);
		}
		return header;
	}

	private static String name(Map<String, Metric> metrics, String id) {
		Metric metric = metrics.get(id);
		return metric == null ? id : metric.name();
	}

}
