package uk.nhs.stp.report;

import java.util.Map;

import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLegendEntry;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbl;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTErrBars;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrBarType;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STErrValType;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTScatterSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * The pieces the report's scatter charts are built from, on POI's XDDF API: a scatter chart with
 * its axes, series of markers or lines in given colours, error bars, per-point labels and hidden
 * legend entries. Per-point label text has no XDDF API in POI 5.5, and its error-bar setters fail
 * on a new element, so those two are written on the chart's XML beans (c:dLbl with its own c:tx;
 * c:errBars with custom plus and minus), which Excel and LibreOffice both show.
 */
final class ChartParts {

	/** Label text in hundredths of a point. */
	private static final int LABEL_SIZE = 800;

	private ChartParts() {
	}

	/** A scatter plot and its two axes. */
	record Plot(XDDFScatterChartData data, XDDFValueAxis x, XDDFValueAxis y) {
	}

	/** A scatter chart on value axes, the axis labels kept at the edges whatever the data's sign. */
	static XDDFScatterChartData scatter(XSSFChart chart, String xTitle, String yTitle) {
		return plot(chart, xTitle, yTitle).data();
	}

	/** As {@link #scatter}, with its axes for scaling. */
	static Plot plot(XSSFChart chart, String xTitle, String yTitle) {
		XDDFValueAxis bottom = chart.createValueAxis(AxisPosition.BOTTOM);
		bottom.setTitle(xTitle);
		bottom.setCrosses(AxisCrosses.AUTO_ZERO);
		bottom.setTickLabelPosition(AxisTickLabelPosition.LOW);
		XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
		left.setTitle(yTitle);
		left.setCrosses(AxisCrosses.AUTO_ZERO);
		left.setTickLabelPosition(AxisTickLabelPosition.LOW);
		XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, bottom, left);
		data.setVaryColors(false);
		return new Plot(data, bottom, left);
	}

	/**
	 * Writes each series' cell references and cached values into the chart. In place of
	 * {@code XDDFChart.plot}, which for every chart also builds a whole in-memory workbook and
	 * copies the series into its cells (the data of a chart embedded in a Word or PowerPoint file;
	 * an Excel chart names the report's own cells), which was most of the cost of a pack's charts.
	 */
	static void plot(org.apache.poi.xddf.usermodel.chart.XDDFChartData data) {
		for (int i = 0; i < data.getSeriesCount(); i++) {
			data.getSeries(i).plot();
		}
	}

	/** A series of the points (x, y) under its title, unsmoothed: what every scatter series starts as. */
	private static XDDFScatterChartData.Series series(XDDFScatterChartData data, String title, ChartColumns.Ref x,
			ChartColumns.Ref y) {
		XDDFScatterChartData.Series series = (XDDFScatterChartData.Series) data.addSeries(
				XDDFDataSourcesFactory.fromArray(x.numbers(), x.range()),
				XDDFDataSourcesFactory.fromArray(y.numbers(), y.range()));
		series.setTitle(title, null);
		series.setSmooth(false);
		return series;
	}

	/** Markers only, no line between them. */
	static XDDFScatterChartData.Series points(XDDFScatterChartData data, String title, ChartColumns.Ref x,
			ChartColumns.Ref y, byte[] rgb, MarkerStyle marker, int size) {
		XDDFScatterChartData.Series series = series(data, title, x, y);
		series.setMarkerStyle(marker);
		series.setMarkerSize((short) size);
		XDDFShapeProperties shape = new XDDFShapeProperties();
		shape.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
		series.setShapeProperties(shape);
		fillMarker(series.getCTScatterSer(), rgb);
		return series;
	}

	/** A line through the points, no markers; dashed or solid. */
	static XDDFScatterChartData.Series line(XDDFScatterChartData data, String title, ChartColumns.Ref x,
			ChartColumns.Ref y, byte[] rgb, double width, boolean dashed) {
		XDDFScatterChartData.Series series = series(data, title, x, y);
		series.setMarkerStyle(MarkerStyle.NONE);
		series.setLineProperties(stroke(rgb, width, dashed));
		return series;
	}

	static XDDFLineProperties stroke(byte[] rgb, double width, boolean dashed) {
		XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
		line.setWidth(width);
		if (dashed) {
			line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
		}
		return line;
	}

	/** The marker's fill and outline in one colour (the series' spPr would colour the line instead). */
	static void fillMarker(CTScatterSer series, byte[] rgb) {
		var marker = series.isSetMarker() ? series.getMarker() : series.addNewMarker();
		var shape = marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr();
		shape.addNewSolidFill().addNewSrgbClr().setVal(rgb);
		shape.addNewLn().addNewSolidFill().addNewSrgbClr().setVal(rgb);
	}

	/**
	 * Vertical error bars from the point down by {@code minus} and up by {@code plus}, from the
	 * data sheet's cells. Written on the XML beans: POI 5.5's XDDFErrorBars setters fail on a new
	 * element (they set children that do not exist yet).
	 */
	static void errorBars(XDDFScatterChartData.Series series, ChartColumns.Ref minus, ChartColumns.Ref plus, byte[] rgb) {
		CTErrBars bars = series.getCTScatterSer().addNewErrBars();
		bars.addNewErrDir().setVal(STErrDir.Y);
		bars.addNewErrBarType().setVal(STErrBarType.BOTH);
		bars.addNewErrValType().setVal(STErrValType.CUST);
		bars.addNewNoEndCap().setVal(false);
		numbers(bars.addNewPlus(), plus);
		numbers(bars.addNewMinus(), minus);
		var line = bars.addNewSpPr().addNewLn();
		line.setW(9525);
		line.addNewSolidFill().addNewSrgbClr().setVal(rgb);
	}

	/** A reference to the cells with their values cached, as a chart stores a series. */
	private static void numbers(CTNumDataSource source, ChartColumns.Ref ref) {
		CTNumRef numbers = source.addNewNumRef();
		numbers.setF(ref.range());
		CTNumData cache = numbers.addNewNumCache();
		cache.setFormatCode("General");
		Double[] values = ref.numbers();
		cache.addNewPtCount().setVal(values.length);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				CTNumVal point = cache.addNewPt();
				point.setIdx(i);
				point.setV(Double.toString(values[i]));
			}
		}
	}

	/**
	 * Labels some points of a series with their own text (e.g. an area's name), right of the
	 * point; the other points stay unlabelled.
	 * @param labels text by point index
	 */
	static void label(XDDFScatterChartData.Series series, Map<Integer, String> labels) {
		label(series, labels, Map.of());
	}

	/**
	 * As {@link #label(XDDFScatterChartData.Series, Map)}, some labels placed elsewhere than right
	 * of their point (left, above or below) so that neighbours' names do not overprint.
	 * @param positions placement by point index; right when absent
	 */
	static void label(XDDFScatterChartData.Series series, Map<Integer, String> labels,
			Map<Integer, STDLblPos.Enum> positions) {
		if (labels.isEmpty()) {
			return;
		}
		CTScatterSer ser = series.getCTScatterSer();
		CTDLbls all = ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls();
		labels.forEach((index, text) -> {
			CTDLbl label = all.addNewDLbl();
			label.addNewIdx().setVal(index);
			CTTextBody rich = label.addNewTx().addNewRich();
			rich.addNewBodyPr();
			rich.addNewLstStyle();
			var run = rich.addNewP().addNewR();
			CTTextCharacterProperties font = run.addNewRPr();
			font.setSz(LABEL_SIZE);
			run.setT(shortLabel(text));
			label.addNewDLblPos().setVal(positions.getOrDefault(index, STDLblPos.R));
			show(label.addNewShowLegendKey(), label.addNewShowVal(), label.addNewShowCatName(), label.addNewShowSerName(),
					label.addNewShowPercent(), label.addNewShowBubbleSize(), true);
		});
		show(all.addNewShowLegendKey(), all.addNewShowVal(), all.addNewShowCatName(), all.addNewShowSerName(),
				all.addNewShowPercent(), all.addNewShowBubbleSize(), false);
	}

	private static void show(org.openxmlformats.schemas.drawingml.x2006.chart.CTBoolean key,
			org.openxmlformats.schemas.drawingml.x2006.chart.CTBoolean value,
			org.openxmlformats.schemas.drawingml.x2006.chart.CTBoolean category,
			org.openxmlformats.schemas.drawingml.x2006.chart.CTBoolean name,
			org.openxmlformats.schemas.drawingml.x2006.chart.CTBoolean percent,
			org.openxmlformats.schemas.drawingml.x2006.chart.CTBoolean bubble, boolean showValue) {
		key.setVal(false);
		value.setVal(showValue);
		category.setVal(false);
		name.setVal(false);
		percent.setVal(false);
		bubble.setVal(false);
	}

	/**
	 * Where each label goes so that close neighbours' names do not overprint: right of its point,
	 * unless a point already labelled lies within 15% of the width and 8% of the height, when the
	 * next free side of left, above and below is taken. Points are placed from the top down.
	 * @param x the points' positions across (on the axis's scale, e.g. log10 for a log axis)
	 * @param y their positions up
	 */
	static STDLblPos.Enum[] placement(double[] x, double[] y) {
		double xSpan = span(x);
		double ySpan = span(y);
		Integer[] order = new Integer[x.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> Double.compare(y[b], y[a]));
		STDLblPos.Enum[] sides = { STDLblPos.R, STDLblPos.L, STDLblPos.T, STDLblPos.B };
		STDLblPos.Enum[] placed = new STDLblPos.Enum[x.length];
		for (int k = 0; k < order.length; k++) {
			int i = order[k];
			java.util.Set<STDLblPos.Enum> taken = new java.util.HashSet<>();
			for (int m = 0; m < k; m++) {
				int j = order[m];
				if (Math.abs(x[i] - x[j]) < 0.15 * xSpan && Math.abs(y[i] - y[j]) < 0.08 * ySpan) {
					taken.add(placed[j]);
				}
			}
			placed[i] = java.util.Arrays.stream(sides).filter(p -> !taken.contains(p)).findFirst().orElse(STDLblPos.R);
		}
		return placed;
	}

	private static double span(double[] values) {
		double low = java.util.Arrays.stream(values).min().orElse(0);
		double high = java.util.Arrays.stream(values).max().orElse(1);
		return Math.max(high - low, 1e-9);
	}

	/** A label's longest text: longer names are cut at a word and marked "…" (they are written in full beside the chart). */
	static final int LABEL_CHARACTERS = 22;

	/** "Bristol, North Somerset and South Gloucestershire" → "Bristol, North…". */
	static String shortLabel(String name) {
		if (name.length() <= LABEL_CHARACTERS) {
			return name;
		}
		int cut = name.lastIndexOf(' ', LABEL_CHARACTERS - 1);
		String head = (cut > 0 ? name.substring(0, cut) : name.substring(0, LABEL_CHARACTERS - 1)).replaceAll("[,\\s]+(and)?$", "");
		return head + "\u2026";
	}

	/** Leaves series {@code index} out of the legend (e.g. a guide line explained in words). */
	static void hideFromLegend(XSSFChart chart, int index) {
		XDDFChartLegend legend = chart.getOrAddLegend();
		XDDFLegendEntry entry = legend.addEntry();
		entry.setIndex(index);
		entry.setDelete(true);
	}

}
