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

import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.stats.SpcRule;
import uk.nhs.stp.stats.XmrChart;

/**
 * An area's SPC chart of one core metric in NHS England's Making Data Count style: the series in
 * grey, the mean as a solid line, the process limits dashed, the target as a red dashed line, and
 * the special-cause points coloured blue where they are an improvement and orange where a concern
 * (the colours of NHSRplotthedots).
 */
final class SpcCharts {

	static final byte[] GREY = ReportStyles.rgb(0x7B, 0x7D, 0x7D);

	static final byte[] MEAN = ReportStyles.rgb(0x23, 0x1F, 0x20);

	static final byte[] IMPROVEMENT = ReportStyles.rgb(0x28, 0x9D, 0xE0);

	static final byte[] CONCERN = ReportStyles.rgb(0xFA, 0xB4, 0x28);

	static final byte[] TARGET = ReportStyles.rgb(0xDE, 0x1B, 0x1B);

	/** Month labels shown along the axis: every sixth. */
	private static final int LABEL_EVERY = 6;

	private SpcCharts() {
	}

	/**
	 * @param prefix names the columns in the chart-data sheet, e.g. "Slowtown · A&amp;E 4-hour waits"
	 */
	static XSSFChart draw(XSSFSheet sheet, int[] anchor, SpcChart spc, Metric metric, String prefix, ChartColumns columns) {
		int n = spc.points().size();
		String[] periods = new String[n];
		Double[] value = new Double[n];
		Double[] mean = new Double[n];
		Double[] upper = new Double[n];
		Double[] lower = new Double[n];
		Double[] improvement = new Double[n];
		Double[] concern = new Double[n];
		for (int i = 0; i < n; i++) {
			SpcChart.Point p = spc.points().get(i);
			periods[i] = p.period().label();
			value[i] = p.value();
			mean[i] = p.centre();
			upper[i] = p.upper();
			lower[i] = p.lower();
			XmrChart.Variation variation = XmrChart.variation(p.rule(), metric.polarity());
			improvement[i] = variation == XmrChart.Variation.IMPROVEMENT ? p.value() : null;
			concern[i] = variation == XmrChart.Variation.CONCERN ? p.value() : null;
		}
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
		columns.add(prefix + ": period", periods);
		// the axis names every sixth month, so the labels of a small chart stay apart (LibreOffice
		// ignores tickLblSkip)
		String[] axis = new String[n];
		for (int i = 0; i < n; i++) {
			axis[i] = i % LABEL_EVERY == 0 ? periods[i] : "";
		}
		XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(axis, columns.add(prefix + ": axis label", axis).range());
		line(plot, x, columns.add(prefix + ": value", value), "Value", GREY, 1.25, false, MarkerStyle.CIRCLE);
		line(plot, x, columns.add(prefix + ": mean", mean), "Mean", MEAN, 1.25, false, MarkerStyle.NONE);
		line(plot, x, columns.add(prefix + ": upper process limit", upper), "Process limits", GREY, 1.0, true, MarkerStyle.NONE);
		line(plot, x, columns.add(prefix + ": lower process limit", lower), "Lower limit", GREY, 1.0, true, MarkerStyle.NONE);
		if (metric.hasTarget()) {
			Double[] target = new Double[n];
			java.util.Arrays.fill(target, metric.target());
			line(plot, x, columns.add(prefix + ": target", target), "Target", TARGET, 1.25, true, MarkerStyle.NONE);
		}
		points(plot, x, columns.add(prefix + ": improvement", improvement), "Improvement", IMPROVEMENT);
		points(plot, x, columns.add(prefix + ": concern", concern), "Concern", CONCERN);
		chart.plot(plot);
		return chart;
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
