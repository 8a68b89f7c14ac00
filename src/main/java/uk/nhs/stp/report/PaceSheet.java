package uk.nhs.stp.report;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import uk.nhs.stp.result.AreaScore;

/**
 * The Pace vs circumstances sheet: a scatter of observed against expected pace, coloured by tier,
 * the dashed diagonal marking "as circumstances explain" and the areas off it labelled; then each
 * area's contributions by circumstance in numbers and words.
 */
final class PaceSheet {

	static final List<String> HEADINGS = List.of("Area", "Area code", "Support tier", "Expected pace", "Observed pace",
			"Unexplained pace", "Relationship history", "Population size", "Geography", "Patient flow",
			"What its circumstances explain");

	private static final int CHART_ROWS = 26;

	private PaceSheet() {
	}

	static void write(SheetWriter out, XSSFSheet drawingSheet, ReportData data, ChartColumns columns, ReportStyles styles) {
		out.widths(new int[] { 30, 11, 22, 10, 10, 11, 12, 12, 11, 11, 70 });
		out.title("Pace against circumstances",
				"Above the dashed line an area is faster than its circumstances explain, below it slower; the named areas "
						+ "are those whose difference is larger than chance. Contributions show how far each circumstance "
						+ "moves the expected pace from the average.");
		int chartTop = out.nextRow();
		List<AreaScore> scored = scored(data.areas());
		if (!scored.isEmpty()) {
			PaceChart.draw(drawingSheet, new int[] { 0, chartTop, 8, chartTop + CHART_ROWS }, data, scored, columns);
		}
		out.skip(CHART_ROWS + 1);
		SheetWriter.text(out.row(), 0, "Contributions of each circumstance to the expected pace", styles.bold);
		int header = out.header(HEADINGS);
		for (AreaScore a : scored) {
			Row row = out.row();
			SheetWriter.text(row, 0, a.area().name(), styles.wrap);
			SheetWriter.text(row, 1, a.area().code(), styles.text);
			SheetWriter.text(row, 2, a.tierName(), styles.tier(a.tier()));
			SheetWriter.number(row, 3, a.expectedPace(), styles.decimal2);
			SheetWriter.number(row, 4, a.pace(), styles.decimal2);
			SheetWriter.number(row, 5, a.unexplainedPace(), styles.signed2);
			SheetWriter.number(row, 6, a.contributions().relationship(), styles.signed2);
			SheetWriter.number(row, 7, a.contributions().population(), styles.signed2);
			SheetWriter.number(row, 8, a.contributions().geography(), styles.signed2);
			SheetWriter.number(row, 9, a.contributions().flow(), styles.signed2);
			SheetWriter.text(row, 10, a.reasons().get(a.reasons().size() - 1), styles.wrap);
		}
		out.finishTableBelowChart(header, HEADINGS.size() - 1);
	}

	/** Areas with an expected pace, slowest against expectation first. */
	static List<AreaScore> scored(List<AreaScore> areas) {
		return areas.stream()
			.filter(a -> a.expectedPace() != null && a.pace() != null)
			.sorted(Comparator.comparing(AreaScore::unexplainedPace))
			.toList();
	}

}
