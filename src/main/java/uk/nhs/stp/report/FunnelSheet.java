package uk.nhs.stp.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.stats.FunnelComparison;
import uk.nhs.stp.store.ScoreDao.MetricSummary;
import uk.nhs.stp.store.ScoreDao.StoredAreaMetric;

/**
 * The Funnel plots sheet of the national workbook (method §1): one funnel per proportion metric
 * compared with numerators and denominators, each area's proportion against its denominator,
 * the England (pooled) proportion, the 95% and 99.8% limits widened for over-dispersion as the
 * method says (sin²(θ₀ ± z√(s² + τ²)), s = 1/(2√n)), and the areas beyond the 99.8% limits
 * labelled and listed.
 */
final class FunnelSheet {

	private static final int CHART_COLUMNS = 8;

	private static final int CHART_ROWS = 22;

	/** Points along each limit line, spaced evenly on a log scale of the denominator. */
	private static final int CURVE_POINTS = 60;

	private static final byte[] AREA = ReportStyles.rgb(0x41, 0x86, 0xC6);

	private static final byte[] OUTLIER = ReportStyles.rgb(0xDA, 0x29, 0x1C);

	private static final byte[] TARGET = ReportStyles.rgb(0x23, 0x1F, 0x20);

	private static final byte[] LIMIT95 = ReportStyles.rgb(0x76, 0x86, 0x92);

	private static final byte[] LIMIT998 = ReportStyles.rgb(0x42, 0x55, 0x63);

	private FunnelSheet() {
	}

	/** One funnel's numbers. */
	private record Funnel(Metric metric, MetricSummary summary, List<String> names, double[] n, double[] p,
			boolean[] outlier) {
	}

	static void write(SheetWriter out, XSSFSheet drawing, ReportData data, ChartColumns columns, ReportStyles styles) {
		out.widths(repeat(12, 2 * CHART_COLUMNS));
		out.title("Funnel plots: each area's proportion against the number it is out of",
				"Points outside the funnel's outer (99.8%) limits differ from England by more than chance and the "
						+ "usual variation between areas would give; the limits are widened for that variation "
						+ "(over-dispersion, Spiegelhalter 2005).");
		List<Funnel> funnels = funnels(data);
		if (funnels.isEmpty()) {
			SheetWriter.text(out.row(), 0, "No proportion metric had numerators and denominators this run.", styles.text);
		}
		for (int f = 0; f < funnels.size(); f += 2) {
			int top = out.nextRow();
			for (int k = f; k < Math.min(f + 2, funnels.size()); k++) {
				int left = (k - f) * CHART_COLUMNS;
				draw(drawing, new int[] { left, top, left + CHART_COLUMNS, top + CHART_ROWS }, funnels.get(k), columns);
			}
			out.skip(CHART_ROWS);
			Row notes = out.row();
			for (int k = f; k < Math.min(f + 2, funnels.size()); k++) {
				int left = (k - f) * CHART_COLUMNS;
				SheetWriter.text(notes, left, note(funnels.get(k)), styles.wrap);
				out.sheet().addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(notes.getRowNum(), notes.getRowNum(),
						left, left + CHART_COLUMNS - 1));
			}
			notes.setHeightInPoints(48);
			out.skip(1);
		}
		out.printLayout(-1);
	}

	private static List<Funnel> funnels(ReportData data) {
		Map<String, List<StoredAreaMetric>> byMetric = new LinkedHashMap<>();
		data.areaMetrics().forEach(m -> byMetric.computeIfAbsent(m.metricId(), k -> new ArrayList<>()).add(m));
		List<Funnel> funnels = new ArrayList<>();
		for (Metric metric : data.model().metrics()) {
			MetricSummary summary = data.metrics().get(metric.id());
			if (summary == null || !"funnel".equals(summary.levelMethod()) || summary.comparison().funnelTheta0() == null) {
				continue;
			}
			List<StoredAreaMetric> counted = byMetric.getOrDefault(metric.id(), List.of())
				.stream()
				.filter(m -> m.result().funnelOutlier() != null && m.result().source().denominator() != null)
				.toList();
			int size = counted.size();
			double[] n = new double[size];
			double[] p = new double[size];
			boolean[] outlier = new boolean[size];
			List<String> names = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				var source = counted.get(i).result().source();
				n[i] = source.denominator();
				p[i] = 100 * source.numerator() / source.denominator();
				outlier[i] = counted.get(i).result().funnelOutlier();
				names.add(data.areaNames().getOrDefault(counted.get(i).areaCode(), counted.get(i).areaCode()));
			}
			if (size > 0) {
				funnels.add(new Funnel(metric, summary, names, n, p, outlier));
			}
		}
		return funnels;
	}

	private static void draw(XSSFSheet sheet, int[] anchor, Funnel f, ChartColumns columns) {
		String name = f.metric().shortName();
		XSSFChart chart = ReportCharts.chart(sheet, anchor, f.metric().name() + ", " + f.summary().latestPeriod().label());
		ChartParts.Plot axes = ChartParts.plot(chart, "Denominator (patients, pathways or people counted; log scale)",
				"Proportion (%)");
		XDDFScatterChartData plot = axes.data();
		MetricOutcome.Comparison c = f.summary().comparison();
		double[] grid = grid(f.n());
		scale(axes, f, grid);
		ChartColumns.Ref x = columns.numbers(name + ": denominator", grid);
		ChartParts.line(plot, "99.8% limits", x, columns.numbers(name + ": upper 99.8%", curve(c, grid, FunnelComparison.Z998)),
				LIMIT998, 1.25, false);
		ChartParts.line(plot, "99.8% lower", x, columns.numbers(name + ": lower 99.8%", curve(c, grid, -FunnelComparison.Z998)),
				LIMIT998, 1.25, false);
		ChartParts.line(plot, "95% limits", x, columns.numbers(name + ": upper 95%", curve(c, grid, FunnelComparison.Z95)),
				LIMIT95, 1.0, true);
		ChartParts.line(plot, "95% lower", x, columns.numbers(name + ": lower 95%", curve(c, grid, -FunnelComparison.Z95)),
				LIMIT95, 1.0, true);
		double target = 100 * Math.pow(Math.sin(c.funnelTheta0()), 2);
		ChartParts.line(plot, "England " + String.format(Locale.UK, "%.1f%%", target),
				columns.numbers(name + ": target span", grid[0], grid[grid.length - 1]),
				columns.numbers(name + ": England", target, target), TARGET, 1.25, false);
		points(plot, f, columns, false);
		points(plot, f, columns, true);
		ChartParts.hideFromLegend(chart, 1);
		ChartParts.hideFromLegend(chart, 3);
		ChartParts.plot(plot);
	}

	private static void points(XDDFScatterChartData plot, Funnel f, ChartColumns columns, boolean outliers) {
		List<Double> n = new ArrayList<>();
		List<Double> p = new ArrayList<>();
		Map<Integer, String> labels = new LinkedHashMap<>();
		for (int i = 0; i < f.n().length; i++) {
			if (f.outlier()[i] == outliers) {
				if (outliers) {
					labels.put(n.size(), f.names().get(i));
				}
				n.add(f.n()[i]);
				p.add(f.p()[i]);
			}
		}
		if (n.isEmpty()) {
			return;
		}
		STDLblPos.Enum[] sides = ChartParts.placement(n.stream().mapToDouble(Math::log10).toArray(),
				p.stream().mapToDouble(Double::doubleValue).toArray());
		Map<Integer, STDLblPos.Enum> positions = new LinkedHashMap<>();
		labels.keySet().forEach(i -> positions.put(i, sides[i]));
		String name = f.metric().shortName() + (outliers ? ": beyond 99.8%" : ": areas");
		XDDFScatterChartData.Series series = ChartParts.points(plot, outliers ? "Beyond the 99.8% limits" : "Areas",
				columns.add(name + " denominator", n.toArray()), columns.add(name + " %", p.toArray()),
				outliers ? OUTLIER : AREA, MarkerStyle.CIRCLE, outliers ? 7 : 6);
		ChartParts.label(series, labels, positions);
	}

	/**
	 * A log scale across, as funnels of denominators from hundreds to millions are drawn, and the
	 * proportion axis fitted to the areas' points (a limit line running off it is cut, not shown
	 * by squashing the points into a band).
	 */
	private static void scale(ChartParts.Plot axes, Funnel f, double[] grid) {
		axes.x().setLogBase(10);
		axes.x().setNumberFormat("#,##0");
		axes.x().setMinimum(Math.pow(10, Math.floor(Math.log10(grid[0]))));
		axes.x().setMaximum(Math.pow(10, Math.ceil(Math.log10(grid[grid.length - 1]))));
		double low = java.util.Arrays.stream(f.p()).min().orElse(0);
		double high = java.util.Arrays.stream(f.p()).max().orElse(100);
		double pad = Math.max(1, 0.25 * (high - low));
		axes.y().setMinimum(Math.max(0, Math.floor(low - pad)));
		axes.y().setMaximum(Math.min(100, Math.ceil(high + pad)));
		axes.y().setNumberFormat("0");
		axes.x().setCrosses(org.apache.poi.xddf.usermodel.chart.AxisCrosses.MIN);
		axes.y().setCrosses(org.apache.poi.xddf.usermodel.chart.AxisCrosses.MIN);
	}

	/** Denominators from just below the smallest to just above the largest, evenly on a log scale. */
	static double[] grid(double[] n) {
		double low = Math.log(0.9 * java.util.Arrays.stream(n).min().orElse(1));
		double high = Math.log(1.1 * java.util.Arrays.stream(n).max().orElse(1));
		double[] grid = new double[CURVE_POINTS];
		for (int i = 0; i < CURVE_POINTS; i++) {
			grid[i] = Math.exp(low + (high - low) * i / (CURVE_POINTS - 1));
		}
		return grid;
	}

	private static double[] curve(MetricOutcome.Comparison c, double[] grid, double z) {
		double[] limit = new double[grid.length];
		for (int i = 0; i < grid.length; i++) {
			limit[i] = 100 * FunnelComparison.limit(c.funnelTheta0(), c.funnelTau2(), grid[i], z);
		}
		return limit;
	}

	private static String note(Funnel f) {
		MetricOutcome.Comparison c = f.summary().comparison();
		String dispersion = c.funnelPhi() != null && c.funnelPhi() > 1
				? String.format(Locale.UK, "over-dispersed (\u03c6 = %.1f), so the limits are widened", c.funnelPhi())
				: "no over-dispersion, so the limits are the binomial ones";
		List<String> beyond = new ArrayList<>();
		for (int i = 0; i < f.n().length; i++) {
			if (f.outlier()[i]) {
				beyond.add(f.names().get(i));
			}
		}
		return f.metric().shortName() + ": " + dispersion + "; beyond the 99.8% limits: "
				+ (beyond.isEmpty() ? "none" : String.join(", ", beyond)) + ".";
	}

	private static int[] repeat(int width, int count) {
		int[] widths = new int[count];
		java.util.Arrays.fill(widths, width);
		return widths;
	}

}
