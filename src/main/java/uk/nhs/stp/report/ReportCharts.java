package uk.nhs.stp.report;

import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The report's charts, as real Excel charts (POI XDDF), not pictures. Their data is given with
 * its cell range, so the chart both shows the numbers and stays linked to the cells, and so it
 * can be built on a streamed (SXSSF) workbook whose rows are no longer in memory.
 */
final class ReportCharts {

	private ReportCharts() {
	}

	/** A column range such as 'Chart data'!$B$2:$B$45. */
	static String range(String sheet, int column, int firstRow, int lastRow) {
		return "'" + sheet + "'!" + new CellReference(firstRow, column, true, true).formatAsString() + ":"
				+ new CellReference(lastRow, column, true, true).formatAsString();
	}

	/** One bar series per tier over the same sorted areas, overlapped so each bar takes its tier's colour. */
	static XSSFChart barsByTier(XSSFSheet sheet, int[] anchor, String title, String axisTitle, String[] areas,
			String areaRange, List<TierSeries> tiers) {
		XSSFChart chart = chart(sheet, anchor, title);
		XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
		// names sit below the chart, not on the zero line among the bars
		bottom.setTickLabelPosition(AxisTickLabelPosition.LOW);
		XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
		left.setTitle(axisTitle);
		left.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
		data.setBarDirection(BarDirection.COL);
		data.setBarGrouping(BarGrouping.CLUSTERED);
		data.setOverlap((byte) 100);
		data.setGapWidth(40);
		data.setVaryColors(false);
		XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(areas, areaRange);
		for (TierSeries tier : tiers) {
			XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(tier.values(), tier.range());
			XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
			series.setTitle(tier.name(), null);
			series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(tier.rgb())));
		}
		chart.plot(data);
		return chart;
	}

	/**
	 * @param name the tier's name (legend)
	 * @param rgb its colour
	 * @param values per area, the value when the area is in the tier, else null
	 * @param range the cells holding them
	 */
	record TierSeries(String name, byte[] rgb, Double[] values, String range) {
	}

	/** Observed against expected pace, with the diagonal "as circumstances explain". */
	static XSSFChart observedAgainstExpected(XSSFSheet sheet, int[] anchor, Double[] expected, String expectedRange,
			Double[] observed, String observedRange, Double[] diagonal, String diagonalRange) {
		XSSFChart chart = chart(sheet, anchor, "Pace against what circumstances explain (each dot an area)");
		XDDFValueAxis bottom = chart.createValueAxis(AxisPosition.BOTTOM);
		bottom.setTitle("Expected pace (what its circumstances explain)");
		bottom.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
		left.setTitle("Observed pace");
		left.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, bottom, left);
		data.setVaryColors(false);
		XDDFScatterChartData.Series areas = (XDDFScatterChartData.Series) data.addSeries(
				XDDFDataSourcesFactory.fromArray(expected, expectedRange),
				XDDFDataSourcesFactory.fromArray(observed, observedRange));
		areas.setTitle("Areas", null);
		areas.setMarkerStyle(MarkerStyle.CIRCLE);
		areas.setMarkerSize((short) 6);
		areas.setSmooth(false);
		areas.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
		XDDFScatterChartData.Series line = (XDDFScatterChartData.Series) data.addSeries(
				XDDFDataSourcesFactory.fromArray(diagonal, diagonalRange),
				XDDFDataSourcesFactory.fromArray(diagonal, diagonalRange));
		line.setTitle("As circumstances explain", null);
		line.setMarkerStyle(MarkerStyle.NONE);
		line.setSmooth(false);
		XDDFLineProperties dashed = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.GRAY)));
		dashed.setWidth(1.5);
		line.setLineProperties(dashed);
		chart.plot(data);
		return chart;
	}

	private static XSSFChart chart(XSSFSheet sheet, int[] anchor, String title) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor place = drawing.createAnchor(0, 0, 0, 0, anchor[0], anchor[1], anchor[2], anchor[3]);
		XSSFChart chart = drawing.createChart(place);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		return chart;
	}


}
