package uk.nhs.stp.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.store.ScoreDao.MetricSummary;
import uk.nhs.stp.store.ScoreDao.StoredAreaMetric;

/**
 * The Metrics sheet: per area and metric, the latest value in its unit (and the period it is from
 * when it is a late return), level (z, or the funnel position), change a year in the metric's unit
 * (percentages in points) with its direction, the SPC reading and the data returned. One row per
 * area and metric, written as a stream so 7,000 areas × 30 metrics fit in a small heap.
 */
final class MetricsSheet {

	static final List<String> HEADINGS = List.of("Area", "Area code", "Metric", "Latest period", "Latest value", "Unit",
			"Value from", "Level (z)", "Funnel position", "Change per year", "Pace (spread a year)", "Direction",
			"SPC variation", "SPC rule", "Assurance against target", "Periods returned", "Periods requested", "Note");

	private MetricsSheet() {
	}

	static void write(SheetWriter out, ReportData data, ReportStyles styles) {
		out.widths(new int[] { 28, 11, 30, 12, 11, 9, 18, 9, 16, 12, 11, 15, 24, 26, 20, 9, 9, 40 });
		out.title("Metrics: where each area is and how fast it moves, metric by metric",
				"Direction is \"improving\" or \"deteriorating\" only where the trend is clear (Mann-Kendall p < 0.05); "
						+ "changes of percentages are in percentage points (pts); SPC variation reads the latest point as "
						+ "NHS England's Making Data Count does.");
		int header = out.header(HEADINGS);
		Map<String, Metric> metrics = data.model().metricsById();
		Map<String, Area> areas = new HashMap<>();
		data.areas().stream().map(AreaScore::area).forEach(a -> areas.put(a.code(), a));
		Map<String, Integer> order = new HashMap<>();
		data.model().metrics().forEach(m -> order.put(m.id(), order.size()));
		List<StoredAreaMetric> rows = data.areaMetrics()
			.stream()
			.filter(m -> areas.containsKey(m.areaCode()) && metrics.containsKey(m.metricId()))
			.sorted(Comparator.comparing((StoredAreaMetric m) -> areas.get(m.areaCode()).name())
				.thenComparing(m -> order.get(m.metricId())))
			.toList();
		for (StoredAreaMetric m : rows) {
			write(out.row(), areas.get(m.areaCode()), metrics.get(m.metricId()), data.metrics().get(m.metricId()),
					m.result(), styles);
		}
		out.finishTable(header, HEADINGS.size() - 1);
	}

	private static void write(Row row, Area area, Metric metric, MetricSummary summary, AreaMetric m,
			ReportStyles styles) {
		SheetWriter.text(row, 0, area.name(), styles.text);
		SheetWriter.text(row, 1, area.code(), styles.text);
		SheetWriter.text(row, 2, metric.name(), styles.text);
		SheetWriter.text(row, 3, summary == null || summary.latestPeriod() == null ? null : summary.latestPeriod().label(),
				styles.text);
		SheetWriter.number(row, 4, m.latestValue(), styles.unit(metric.unit()));
		SheetWriter.text(row, 5, metric.unit().label(), styles.text);
		SheetWriter.text(row, 6, m.source().period() == null ? null
				: m.source().period().label() + (m.late() ? " (late return)" : ""), styles.text);
		SheetWriter.number(row, 7, m.levelZ(), styles.decimal2);
		SheetWriter.text(row, 8, funnel(m), styles.text);
		SheetWriter.number(row, 9, m.slope(), styles.change(metric.unit()));
		SheetWriter.number(row, 10, m.pace(), styles.signed2);
		SheetWriter.text(row, 11, m.direction(metric.polarity().sign()), styles.text);
		SheetWriter.text(row, 12, m.spc() == null ? null : m.spc().variation(), styles.text);
		SheetWriter.text(row, 13, m.spc() == null ? null
				: m.spc().rule() + (m.spc().shortSeries() ? " (short series)" : ""), styles.text);
		SheetWriter.text(row, 14, m.spc() == null ? null : m.spc().assurance(), styles.text);
		SheetWriter.number(row, 15, (double) m.returned(), styles.integer);
		SheetWriter.number(row, 16, summary == null ? null : (double) summary.requested(), styles.integer);
		SheetWriter.text(row, 17, m.note(), styles.text);
	}

	private static String funnel(AreaMetric m) {
		if (m.funnelOutlier() == null) {
			return null;
		}
		if (!m.funnelOutlier()) {
			return "within the limits";
		}
		return m.levelZ() != null && m.levelZ() > 0 ? "above the 99.8% limit" : "below the 99.8% limit";
	}

}
