package uk.nhs.stp.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;


import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.store.ScoreDao.MetricSummary;
import uk.nhs.stp.store.ScoreDao.StoredAreaMetric;

/**
 * {@code metric-scores-<date>.csv}: one row per area and metric (method §1–§3, §7). A public
 * contract (README): columns are added, never renamed.
 */
public final class MetricScoresCsv {

	/** The columns, in order. */
	public static final List<String> COLUMNS = List.of("area_code", "area_name", "region", "metric", "metric_name",
			"unit", "latest_period", "latest_value", "level_z", "level_method", "funnel_outlier", "slope_per_year",
			"slope_lower", "slope_upper", "pace", "mann_kendall_p", "direction", "points", "spc_variation", "spc_rule",
			"spc_assurance", "spc_short_series", "returned", "requested", "note", "late");

	private MetricScoresCsv() {
	}

	public static void write(ReportData data, Path target) throws IOException {
		Map<String, Area> areas = data.areas()
			.stream()
			.map(a -> a.area())
			.collect(Collectors.toMap(Area::code, Function.identity()));
		Map<String, Metric> metrics = data.model().metricsById();
		CsvFile.write(target, COLUMNS, records -> {
			for (StoredAreaMetric row : data.areaMetrics()) {
				Area area = areas.get(row.areaCode());
				Metric metric = metrics.get(row.metricId());
				if (area != null && metric != null) {
					records.add(record(area, metric, data.metrics().get(row.metricId()), row.result()).toArray());
				}
			}
		});
	}

	private static List<Object> record(Area area, Metric metric, MetricSummary summary, AreaMetric m) {
		AreaMetric.Spc spc = m.spc();
		List<Object> r = new ArrayList<>();
		r.add(area.code());
		r.add(area.name());
		r.add(area.region());
		r.add(metric.id());
		r.add(metric.name());
		r.add(metric.unit().code());
		r.add(summary == null || summary.latestPeriod() == null ? "" : summary.latestPeriod().label());
		r.add(blank(m.latestValue()));
		r.add(blank(m.levelZ()));
		r.add(summary == null || summary.levelMethod() == null ? "" : summary.levelMethod());
		r.add(m.funnelOutlier() == null ? "" : m.funnelOutlier());
		r.add(blank(m.slope()));
		r.add(blank(m.slopeLower()));
		r.add(blank(m.slopeUpper()));
		r.add(blank(m.pace()));
		r.add(blank(m.mannKendallP()));
		r.add(m.direction(metric.polarity().sign()));
		r.add(m.points());
		r.add(spc == null ? "" : spc.variation());
		r.add(spc == null ? "" : spc.rule());
		r.add(spc == null || spc.assurance() == null ? "" : spc.assurance());
		r.add(spc == null ? "" : spc.shortSeries());
		r.add(m.returned());
		r.add(summary == null ? "" : summary.requested());
		r.add(m.note());
		r.add(m.late());
		return r;
	}

	private static Object blank(Double value) {
		return value == null ? "" : value;
	}

}
