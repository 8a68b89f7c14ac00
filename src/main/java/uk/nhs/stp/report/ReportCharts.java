package uk.nhs.stp.report;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * The report's charts are real Excel charts (POI XDDF), not pictures. Their data is given with
 * its cell range, so a chart both shows the numbers and stays linked to the cells, and so it can
 * be built on a streamed (SXSSF) workbook whose rows are no longer in memory. Each sheet's drawing
 * is created once and every chart of the sheet goes into it.
 */
final class ReportCharts {

	private ReportCharts() {
	}

	/** A column range such as 'Chart data'!$B$2:$B$45. */
	static String range(String sheet, int column, int firstRow, int lastRow) {
		return "'" + sheet + "'!" + new CellReference(firstRow, column, true, true).formatAsString() + ":"
				+ new CellReference(lastRow, column, true, true).formatAsString();
	}

	/**
	 * A new chart on the sheet, its title above the plot and its legend below.
	 * @param anchor first column, first row, column after the last, row after the last
	 */
	static XSSFChart chart(XSSFSheet sheet, int[] anchor, String title) {
		return chart(sheet, anchor, title, 14, true);
	}

	/**
	 * @param titlePoints the title's size in points
	 * @param legend whether to show a legend (below the plot)
	 */
	static XSSFChart chart(XSSFSheet sheet, int[] anchor, String title, int titlePoints, boolean legend) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor place = drawing.createAnchor(0, 0, 0, 0, anchor[0], anchor[1], anchor[2], anchor[3]);
		XSSFChart chart = drawing.createChart(place);
		if (title != null) {
			chart.setTitleText(title);
			chart.setTitleOverlay(false);
			titleSize(chart, titlePoints);
		}
		if (legend) {
			chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		}
		// a series shorter than its neighbours must end, not run on to (0, 0): OOXML's default for
		// blank cells is "zero", and LibreOffice pads a chart's series to one length
		chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
		return chart;
	}

	/** An empty chart on the sheet, for a chart copied from a template. */
	static XSSFChart blank(XSSFSheet sheet, int[] anchor) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		return drawing.createChart(drawing.createAnchor(0, 0, 0, 0, anchor[0], anchor[1], anchor[2], anchor[3]));
	}

	private static void titleSize(XSSFChart chart, int points) {
		var rich = chart.getCTChart().getTitle().getTx().getRich();
		for (var paragraph : rich.getPArray()) {
			for (var run : paragraph.getRArray()) {
				var font = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
				font.setSz(points * 100);
				font.setB(true);
			}
		}
	}

}
