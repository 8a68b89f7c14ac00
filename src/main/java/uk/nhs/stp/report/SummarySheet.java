package uk.nhs.stp.report;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import uk.nhs.stp.result.AreaScore;

/** The Summary sheet: the headline, tier counts, and the areas needing support with their reasons. */
final class SummarySheet {

	private SummarySheet() {
	}

	private static final int CHART_ROWS = 40;

	static void write(SheetWriter out, XSSFSheet drawingSheet, ReportData data, ChartData charts, ReportStyles styles,
			String scope) {
		out.widths(new int[] { 34, 18, 26, 70, 12, 12 });
		out.title("STP progress: which areas need what support" + scope, "Run of " + data.runDate() + " \u2014 "
				+ dataPeriod(data) + ". Slower areas need support, not blame.");
		for (String sentence : Headline.sentences(data)) {
			out.paragraph(sentence, 6);
		}
		out.skip(1);
		tierCounts(out, data, styles);
		out.skip(1);
		needingSupport(out, data, styles);
		out.skip(1);
		if (!charts.isEmpty()) {
			int top = out.nextRow();
			out.sheet().setRowBreak(top - 1);
			ReportCharts.barsByTier(drawingSheet, new int[] { 0, top, 6, top + CHART_ROWS },
					"Unexplained pace by area: slower (left) to faster (right) than circumstances explain",
					"Unexplained pace (per year)", charts.areaNames(), charts.areaRange(), charts.tierSeries());
			out.skip(CHART_ROWS);
		}
		out.printLayout(-1);
	}

	static String dataPeriod(ReportData data) {
		return data.metrics()
			.values()
			.stream()
			.filter(m -> m.latestPeriod() != null)
			.map(m -> m.latestPeriod())
			.max(Comparator.naturalOrder())
			.map(p -> "data to " + p.label())
			.orElse("no metric had enough data");
	}

	private static void tierCounts(SheetWriter out, ReportData data, ReportStyles styles) {
		out.header(List.of("Support tier", "Areas", "Recommended monitoring"));
		for (var rule : data.model().tiers().rules().stream().sorted(Comparator.comparing(r -> -r.tier())).toList()) {
			long count = data.areas().stream().filter(a -> a.tier() != null && a.tier() == rule.tier()).count();
			Row row = out.row();
			SheetWriter.text(row, 0, rule.tier() + ". " + rule.name(), styles.tier(rule.tier()));
			SheetWriter.number(row, 1, (double) count, styles.integer);
			SheetWriter.text(row, 2, data.model().monitoring().getOrDefault(rule.tier(), ""), styles.wrap);
		}
		long notScored = data.areas().stream().filter(a -> !a.scored()).count();
		Row row = out.row();
		SheetWriter.text(row, 0, AreaScore.NOT_SCORED, styles.tier(null));
		SheetWriter.number(row, 1, (double) notScored, styles.integer);
	}

	private static void needingSupport(SheetWriter out, ReportData data, ReportStyles styles) {
		SheetWriter.text(out.row(), 0, "Areas needing intensive or targeted support", styles.bold);
		out.header(List.of("Area", "Region", "Support tier", "Main reason", "Pace", "Expected pace"));
		List<AreaScore> needing = data.areas()
			.stream()
			.filter(a -> a.tier() != null && a.tier() >= 3)
			.sorted(Comparator.comparing((AreaScore a) -> -a.tier()).thenComparing(AreaScore::unexplainedPace))
			.toList();
		for (AreaScore a : needing) {
			Row row = out.row();
			SheetWriter.text(row, 0, a.area().name(), styles.wrap);
			SheetWriter.text(row, 1, a.area().region(), styles.text);
			SheetWriter.text(row, 2, a.tierName(), styles.tier(a.tier()));
			SheetWriter.text(row, 3, a.mainReason(), styles.wrap);
			SheetWriter.number(row, 4, a.pace(), styles.decimal2);
			SheetWriter.number(row, 5, a.expectedPace(), styles.decimal2);
		}
		if (needing.isEmpty()) {
			SheetWriter.text(out.row(), 0, "No area needs intensive or targeted support this run.", styles.text);
		}
	}

}
