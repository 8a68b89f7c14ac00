package uk.nhs.stp.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.PeerSet;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.result.Words;
import uk.nhs.stp.stats.XmrChart;

/**
 * The Area profiles sheet of a regional pack: a printed page per area with its tier and how sure
 * it is, its reasons and support focus in words, its peers and what a league table would say,
 * and small-multiple SPC charts of its core metrics in the Making Data Count style, each with its
 * variation and assurance written under it.
 */
final class AreaProfilesSheet {

	private static final int COLUMNS = 8;

	private static final int COLUMN_WIDTH = 17;

	/** Small multiples: the core metrics side by side, four to a row. */
	private static final int CHARTS_PER_ROW = 4;

	private static final int CHART_WIDTH = COLUMNS / CHARTS_PER_ROW;

	private static final int CHART_ROWS = 12;

	private AreaProfilesSheet() {
	}

	static void write(SheetWriter out, XSSFSheet drawing, ReportData data, ChartColumns columns, ReportStyles styles) {
		int[] widths = new int[COLUMNS];
		java.util.Arrays.fill(widths, COLUMN_WIDTH);
		out.widths(widths);
		out.title("Area profiles: each area's support, why, and its core metrics over time",
				"One page per area. Charts are statistical process control (SPC) charts as NHS England's Making Data "
						+ "Count draws them: the grey line is the area's series, the black line its mean, the grey dashed "
						+ "lines its process limits and the red dashed line the target; orange points are special-cause "
						+ "concern, blue points special-cause improvement.");
		List<Metric> core = data.model().metrics().stream().filter(Metric::core).toList();
		Map<String, String> assurance = new java.util.HashMap<>();
		data.areaMetrics().forEach(m -> {
			if (m.result().spc() != null && m.result().spc().assurance() != null) {
				assurance.put(m.areaCode() + " " + m.metricId(), m.result().spc().assurance());
			}
		});
		Context context = new Context(columns, assurance, styles, new SpcCharts());
		for (AreaScore area : SupportTiersSheet.sorted(data.areas())) {
			area(out, drawing, data, area, core, context);
			out.sheet().setRowBreak(out.nextRow() - 1);
		}
		out.printLayout(-1);
	}

	/** What every area's page draws on. */
	private record Context(ChartColumns columns, Map<String, String> assurance, ReportStyles styles, SpcCharts spc) {
	}

	private static void area(SheetWriter out, XSSFSheet drawing, ReportData data, AreaScore a, List<Metric> core,
			Context context) {
		ReportStyles styles = context.styles();
		ChartColumns columns = context.columns();
		SheetWriter.text(out.row(), 0, a.area().name() + " (" + a.area().region() + ")", styles.title);
		Row tier = out.row();
		SheetWriter.text(tier, 0, SummarySheet.tierLabel(a), styles.tier(a.tier()));
		SheetWriter.text(tier, 2, SummarySheet.howSure(data, a), styles.text);
		out.paragraph("Why: " + String.join("; ", a.reasons()) + ".", COLUMNS);
		if (a.focus().sentence() != null) {
			out.paragraph(a.focus().sentence(), COLUMNS);
		}
		out.paragraph(peers(data, a) + " " + league(a), COLUMNS);
		out.skip(1);
		Map<String, SpcChart> charts = new java.util.HashMap<>();
		data.spcCharts().getOrDefault(a.area().code(), List.of()).forEach(c -> charts.put(c.metricId(), c));
		List<Metric> drawn = core.stream().filter(m -> charts.containsKey(m.id())).toList();
		for (int k = 0; k < drawn.size(); k += CHARTS_PER_ROW) {
			int top = out.nextRow();
			for (int j = k; j < Math.min(k + CHARTS_PER_ROW, drawn.size()); j++) {
				int left = (j - k) * CHART_WIDTH;
				context.spc().draw(drawing, new int[] { left, top, left + CHART_WIDTH, top + CHART_ROWS },
						charts.get(drawn.get(j).id()), drawn.get(j), a.area().name() + " \u00b7 " + drawn.get(j).shortName(),
						columns);
			}
			out.skip(CHART_ROWS);
			Row labels = out.row();
			for (int j = k; j < Math.min(k + CHARTS_PER_ROW, drawn.size()); j++) {
				Metric metric = drawn.get(j);
				reading(out, labels, (j - k) * CHART_WIDTH, charts.get(metric.id()), metric,
						context.assurance().get(a.area().code() + " " + metric.id()), styles);
			}
		}
		if (drawn.isEmpty()) {
			SheetWriter.text(out.row(), 0, "No core metric has enough points for an SPC chart.", styles.text);
		}
		out.skip(1);
	}

	/** The variation and assurance under a chart, in the variation's colour. */
	private static void reading(SheetWriter out, Row row, int column, SpcChart chart, Metric metric, String assured,
			ReportStyles styles) {
		String variation = SpcCharts.variation(chart, metric);
		String assurance = assured == null || !metric.hasTarget() ? ""
				: "; assurance against the " + Words.value(metric.unit(), metric.target()) + " target: " + assured;
		XmrChart.Variation kind = XmrChart.variation(chart.points().get(chart.points().size() - 1).rule(),
				metric.polarity());
		CellStyle style = kind == XmrChart.Variation.CONCERN ? styles.spcConcern
				: kind == XmrChart.Variation.IMPROVEMENT ? styles.spcImprovement : styles.spcCommon;
		String text = variation + assurance;
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		for (int c = column + 1; c < column + CHART_WIDTH; c++) {
			row.createCell(c).setCellStyle(style);
		}
		out.sheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), column, column + CHART_WIDTH - 1));
		row.setHeightInPoints(Math.max(row.getHeightInPoints(), SheetWriter.height(text, CHART_WIDTH * COLUMN_WIDTH)));
	}

	private static String peers(ReportData data, AreaScore a) {
		PeerSet set = data.peers().get(a.area().code());
		if (set == null || set.peers().isEmpty()) {
			return "No peers (the area is not scored).";
		}
		List<String> names = set.peers().stream().map(code -> data.areaNames().getOrDefault(code, code)).toList();
		String text = "Most similar areas in their circumstances: " + String.join(", ", names) + ".";
		if (set.peerMedianPace() != null && a.pace() != null) {
			text += " It moves " + (a.pace() >= set.peerMedianPace() ? "faster" : "more slowly") + " than their median.";
		}
		return text;
	}

	private static String league(AreaScore a) {
		if (a.league().segment() == null) {
			return "";
		}
		return String.format(Locale.UK, "A league table of the same figures would put it in segment %d of 4 (score %.2f).",
				a.league().segment(), a.league().score());
	}

}
