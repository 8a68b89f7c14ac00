package uk.nhs.stp.report;

import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

import org.openxmlformats.schemas.drawingml.x2006.chart.CTChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrVal;

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.stats.SpcRule;
import uk.nhs.stp.stats.XmrChart;

/**
 * An area's SPC chart of one core metric in NHS England's Making Data Count style: the series in
 * grey, the mean as a solid line, the process limits dashed, the target as a red dashed line, and
 * the special-cause points coloured blue where they are an improvement and orange where a concern
 * (the colours of NHSRplotthedots). One instance per workbook: it keeps each metric's first chart
 * as the template of the others.
 */
final class SpcCharts {

	static final byte[] GREY = ReportStyles.rgb(0x7B, 0x7D, 0x7D);

	static final byte[] MEAN = ReportStyles.rgb(0x23, 0x1F, 0x20);

	static final byte[] IMPROVEMENT = ReportStyles.rgb(0x28, 0x9D, 0xE0);

	static final byte[] CONCERN = ReportStyles.rgb(0xFA, 0xB4, 0x28);

	static final byte[] TARGET = ReportStyles.rgb(0xDE, 0x1B, 0x1B);

	/** Month labels shown along the axis: every sixth. */
	private static final int LABEL_EVERY = 6;

	/** Each metric's first chart, kept as the template its other areas' charts are copied from. */
	private final java.util.Map<String, CTChart> templates = new java.util.HashMap<>();

	/** One chart's numbers, added to the chart-data sheet: the axis labels and each series' values. */
	private record Series(ChartColumns.Ref axis, List<ChartColumns.Ref> values) {
	}

	/**
	 * Draws an area's chart of a metric. The first chart of a metric is built with XDDF; every
	 * other area's chart of that metric is a copy of it (its title, axes, series and their styles
	 * are the same) with its own cell ranges and cached values, which costs a fraction of building
	 * it again.
	 * @param prefix names the columns in the chart-data sheet, e.g. "Slowtown · A&amp;E 4-hour waits"
	 */
	XSSFChart draw(XSSFSheet sheet, int[] anchor, SpcChart spc, Metric metric, String prefix, ChartColumns columns) {
		Series data = data(spc, metric, prefix, columns);
		CTChart template = this.templates.get(metric.id());
		if (template == null) {
			XSSFChart chart = build(sheet, anchor, metric, data);
			this.templates.put(metric.id(), (CTChart) chart.getCTChart().copy());
			return chart;
		}
		XSSFChart chart = ReportCharts.blank(sheet, anchor);
		chart.getCTChart().set(template);
		CTLineSer[] series = chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray();
		strings(series[0].getCat().getStrRef(), data.axis());
		for (int i = 0; i < series.length; i++) {
			numbers(series[i].getVal().getNumRef(), data.values().get(i));
		}
		return chart;
	}

	private static Series data(SpcChart spc, Metric metric, String prefix, ChartColumns columns) {
		int n = spc.points().size();
		String[] periods = new String[n];
		String[] axis = new String[n];
		Double[][] lines = new Double[6][n];
		for (int i = 0; i < n; i++) {
			SpcChart.Point p = spc.points().get(i);
			periods[i] = p.period().label();
			// the axis names every sixth month, so a small chart's labels stay apart (LibreOffice
			// ignores tickLblSkip)
			axis[i] = i % LABEL_EVERY == 0 ? periods[i] : "";
			lines[0][i] = p.value();
			lines[1][i] = p.centre();
			lines[2][i] = p.upper();
			lines[3][i] = p.lower();
			XmrChart.Variation variation = XmrChart.variation(p.rule(), metric.polarity());
			lines[4][i] = variation == XmrChart.Variation.IMPROVEMENT ? p.value() : null;
			lines[5][i] = variation == XmrChart.Variation.CONCERN ? p.value() : null;
		}
		columns.add(prefix + ": period", periods);
		ChartColumns.Ref axisRef = columns.add(prefix + ": axis label", axis);
		List<ChartColumns.Ref> values = new java.util.ArrayList<>();
		String[] names = { "value", "mean", "upper process limit", "lower process limit" };
		for (int k = 0; k < 4; k++) {
			values.add(columns.add(prefix + ": " + names[k], lines[k]));
		}
		if (metric.hasTarget()) {
			Double[] target = new Double[n];
			java.util.Arrays.fill(target, metric.target());
			values.add(columns.add(prefix + ": target", target));
		}
		values.add(columns.add(prefix + ": improvement", lines[4]));
		values.add(columns.add(prefix + ": concern", lines[5]));
		return new Series(axisRef, values);
	}

	private static XSSFChart build(XSSFSheet sheet, int[] anchor, Metric metric, Series data) {
		String name = metric.shortName();
		XSSFChart chart = ReportCharts.chart(sheet, anchor,
				Character.toUpperCase(name.charAt(0)) + name.substring(1) + " (" + metric.unit().label() + ")", 9, false);
		XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
		bottom.setTickLabelPosition(AxisTickLabelPosition.LOW);
		bottom.getOrAddTextProperties().setFontSize(7.0);
		XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
		left.setTickLabelPosition(AxisTickLabelPosition.LOW);
		left.getOrAddTextProperties().setFontSize(7.0);
		left.setNumberFormat(metric.unit() == uk.nhs.stp.domain.Unit.COUNT ? "#,##0" : "#,##0.0");
		skipLabels(chart);
		XDDFLineChartData plot = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
		plot.setVaryColors(false);
		XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(data.axis().texts(), data.axis().range());
		List<ChartColumns.Ref> v = data.values();
		line(plot, x, v.get(0), "Value", GREY, 1.25, false, MarkerStyle.CIRCLE);
		line(plot, x, v.get(1), "Mean", MEAN, 1.25, false, MarkerStyle.NONE);
		line(plot, x, v.get(2), "Process limits", GREY, 1.0, true, MarkerStyle.NONE);
		line(plot, x, v.get(3), "Lower limit", GREY, 1.0, true, MarkerStyle.NONE);
		if (metric.hasTarget()) {
			line(plot, x, v.get(4), "Target", TARGET, 1.25, true, MarkerStyle.NONE);
		}
		points(plot, x, v.get(v.size() - 2), "Improvement", IMPROVEMENT);
		points(plot, x, v.get(v.size() - 1), "Concern", CONCERN);
		ChartParts.plot(plot);
		// the axis takes its months from the first series; the others need not repeat them
		for (int i = 1; i < plot.getSeriesCount(); i++) {
			((XDDFLineChartData.Series) plot.getSeries(i)).getCTLineSer().unsetCat();
		}
		return chart;
	}

	/** A series' cell range and its cached values (blank cells have no cached point). */
	private static void numbers(CTNumRef ref, ChartColumns.Ref column) {
		ref.setF(column.range());
		CTNumData cache = ref.isSetNumCache() ? ref.getNumCache() : ref.addNewNumCache();
		cache.setPtArray(new CTNumVal[0]);
		Double[] values = column.numbers();
		(cache.isSetPtCount() ? cache.getPtCount() : cache.addNewPtCount()).setVal(values.length);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				CTNumVal point = cache.addNewPt();
				point.setIdx(i);
				point.setV(Double.toString(values[i]));
			}
		}
	}

	private static void strings(CTStrRef ref, ChartColumns.Ref column) {
		ref.setF(column.range());
		CTStrData cache = ref.isSetStrCache() ? ref.getStrCache() : ref.addNewStrCache();
		cache.setPtArray(new CTStrVal[0]);
		String[] values = column.texts();
		(cache.isSetPtCount() ? cache.getPtCount() : cache.addNewPtCount()).setVal(values.length);
		for (int i = 0; i < values.length; i++) {
			CTStrVal point = cache.addNewPt();
			point.setIdx(i);
			point.setV(values[i]);
		}
	}

	private static void line(XDDFLineChartData plot, XDDFCategoryDataSource x, ChartColumns.Ref y, String title,
			byte[] rgb, double width, boolean dashed, MarkerStyle marker) {
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) plot.addSeries(x,
				XDDFDataSourcesFactory.fromArray(y.numbers(), y.range()));
		series.setTitle(title, null);
		series.setSmooth(false);
		series.setMarkerStyle(marker);
		if (marker != MarkerStyle.NONE) {
			series.setMarkerSize((short) 3);
			fillMarker(series, rgb);
		}
		series.setLineProperties(ChartParts.stroke(rgb, width, dashed));
	}

	/** Coloured markers at the special-cause points only, no line. */
	private static void points(XDDFLineChartData plot, XDDFCategoryDataSource x, ChartColumns.Ref y, String title,
			byte[] rgb) {
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) plot.addSeries(x,
				XDDFDataSourcesFactory.fromArray(y.numbers(), y.range()));
		series.setTitle(title, null);
		series.setSmooth(false);
		series.setMarkerStyle(MarkerStyle.CIRCLE);
		series.setMarkerSize((short) 4);
		series.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
		fillMarker(series, rgb);
	}

	private static void fillMarker(XDDFLineChartData.Series series, byte[] rgb) {
		var ser = series.getCTLineSer();
		var marker = ser.isSetMarker() ? ser.getMarker() : ser.addNewMarker();
		var shape = marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr();
		shape.addNewSolidFill().addNewSrgbClr().setVal(rgb);
		shape.addNewLn().addNewSolidFill().addNewSrgbClr().setVal(rgb);
	}

	/** Every sixth month along the axis, so 36 months stay legible in a small chart. */
	private static void skipLabels(XSSFChart chart) {
		var axis = chart.getCTChart().getPlotArea().getCatAxArray(0);
		// month labels slanted at 45°, so LibreOffice does not run them together on one line
		if (axis.isSetTxPr()) {
			axis.getTxPr().getBodyPr().setRot(-2_700_000);
		}
		axis.addNewTickLblSkip().setVal(LABEL_EVERY);
		axis.addNewTickMarkSkip().setVal(LABEL_EVERY);
		axis.addNewNoMultiLvlLbl().setVal(true);
	}

	/** "Special cause concern: 7 or more points below the mean" from the latest point's rule. */
	static String variation(SpcChart spc, Metric metric) {
		SpcRule latest = spc.points().get(spc.points().size() - 1).rule();
		XmrChart.Variation variation = XmrChart.variation(latest, metric.polarity());
		String words = variation.words();
		return Character.toUpperCase(words.charAt(0)) + words.substring(1)
				+ (latest.isSpecialCause() ? ": " + latest.words() : "");
	}

}
