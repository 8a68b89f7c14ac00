package uk.nhs.stp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTScatterSer;

import uk.nhs.stp.stats.FunnelComparison;

/** The workbooks' charts read back with POI: their type, series, cell ranges and labels. */
class ReportChartsTests {

	@TempDir
	Path folder;

	@Test
	void theSummaryChartPlotsLevelAgainstUnexplainedPaceByTierWithIntervalsAndNames() throws Exception {
		try (XSSFWorkbook book = national()) {
			List<XSSFChart> charts = book.getSheet("Summary").getDrawingPatriarch().getCharts();
			assertThat(charts).hasSize(1);
			XDDFChartData plot = charts.get(0).getChartSeries().get(0);
			assertThat(plot).isInstanceOf(XDDFScatterChartData.class);
			// tiers 4 and 1 (the tiers present), then the line at zero, the bottom-fifth and median lines
			assertThat(titles(plot)).containsExactly("4. Intensive support", "1. Light-touch monitoring",
					"As its circumstances explain", "Bottom fifth of overall level", "Median overall level");
			XDDFChartData.Series intensive = plot.getSeries(0);
			assertThat(intensive.getCategoryData().getDataRangeReference()).isEqualTo("'Chart data'!$A$4:$A$4");
			assertThat(number(intensive.getCategoryData().getPointAt(0))).isEqualTo(-1.2);
			assertThat(intensive.getValuesData().getPointAt(0)).isEqualTo(-0.7);
			CTScatterSer ser = ((XDDFScatterChartData.Series) intensive).getCTScatterSer();
			// the 95% interval of the unexplained pace: u ± 2.03 × 0.7/3.1 either side
			assertThat(ser.getErrBarsArray()).hasSize(1);
			assertThat(Double.parseDouble(ser.getErrBarsArray(0).getPlus().getNumRef().getNumCache().getPtArray(0).getV()))
				.isCloseTo(2.03 * 0.7 / 3.1, within(1e-12));
			assertThat(ser.getDLbls().getDLblArray(0).getTx().getRich().getPArray(0).getRArray(0).getT()).isEqualTo("Slowtown");
			assertThat(number(plot.getSeries(3).getCategoryData().getPointAt(0))).isEqualTo(-0.75);
		}
	}

	@Test
	void thePaceScatterColoursAreasByTierBesideADashedDiagonalAndNamesThoseOffIt() throws Exception {
		try (XSSFWorkbook book = national()) {
			List<XSSFChart> charts = book.getSheet("Pace vs circumstances").getDrawingPatriarch().getCharts();
			assertThat(charts).hasSize(1);
			XDDFChartData plot = charts.get(0).getChartSeries().get(0);
			assertThat(plot).isInstanceOf(XDDFScatterChartData.class);
			assertThat(titles(plot)).containsExactly("As its circumstances explain", "4. Intensive support",
					"1. Light-touch monitoring");
			CTScatterSer diagonal = ((XDDFScatterChartData.Series) plot.getSeries(0)).getCTScatterSer();
			assertThat(diagonal.getSpPr().getLn().getPrstDash().getVal().toString()).isEqualTo("dash");
			CTScatterSer slower = ((XDDFScatterChartData.Series) plot.getSeries(1)).getCTScatterSer();
			assertThat(slower.getDLbls().getDLblArray(0).getTx().getRich().getPArray(0).getRArray(0).getT()).isEqualTo("Slowtown");
			// Goodville's pace is as its circumstances explain: not named
			CTScatterSer light = ((XDDFScatterChartData.Series) plot.getSeries(2)).getCTScatterSer();
			assertThat(light.isSetDLbls()).isFalse();
			assertThat(plot.getSeries(1).getValuesData().getDataRangeReference()).startsWith("'Chart data'!");
		}
	}

	@Test
	void eachProportionMetricWithCountsHasAFunnelWithOverDispersedLimitsAndItsOutliersNamed() throws Exception {
		try (XSSFWorkbook book = national()) {
			List<XSSFChart> charts = book.getSheet("Funnel plots").getDrawingPatriarch().getCharts();
			// only A&E has numerators and denominators in the fixture
			assertThat(charts).hasSize(1);
			XDDFChartData plot = charts.get(0).getChartSeries().get(0);
			assertThat(titles(plot)).containsExactly("99.8% limits", "99.8% lower", "95% limits", "95% lower", "England 89.0%",
					"Areas", "Beyond the 99.8% limits");
			// the upper 99.8% limit at its first denominator is the method's sin²(θ₀ + 3.09√(1/4n + τ²))
			double theta0 = Math.asin(Math.sqrt(0.89));
			XDDFChartData.Series upper = plot.getSeries(0);
			double n = number(upper.getCategoryData().getPointAt(0));
			assertThat((Double) upper.getValuesData().getPointAt(0))
				.isCloseTo(100 * FunnelComparison.limit(theta0, 0.0004, n, FunnelComparison.Z998), within(1e-9));
			XDDFChartData.Series outliers = plot.getSeries(6);
			assertThat(number(outliers.getCategoryData().getPointAt(0))).isEqualTo(1000.0);
			assertThat(outliers.getValuesData().getPointAt(0)).isEqualTo(85.2);
			CTScatterSer named = ((XDDFScatterChartData.Series) outliers).getCTScatterSer();
			assertThat(named.getDLbls().getDLblArray(0).getTx().getRich().getPArray(0).getRArray(0).getT()).isEqualTo("Slowtown");
			assertThat(charts.get(0).getCTChart().getPlotArea().getValAxArray(0).getScaling().getLogBase().getVal())
				.isEqualTo(10.0);
		}
	}

	@Test
	void aPackDrawsOneSpcChartPerAreaAndCoreMetricInTheMakingDataCountStyle() throws Exception {
		Path file = this.folder.resolve("north.xlsx");
		NationalWorkbook.writePack(ReportFixtures.data().forRegion("North"), file, "North");
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
			List<XSSFChart> charts = book.getSheet("Area profiles").getDrawingPatriarch().getCharts();
			// Slowtown is the North's one area and A&E its one core metric with a chart
			assertThat(charts).hasSize(1);
			XDDFChartData plot = charts.get(0).getChartSeries().get(0);
			assertThat(plot).isInstanceOf(XDDFLineChartData.class);
			assertThat(charts.get(0).getTitleText().getString()).isEqualTo("A&E 4-hour waits (%)");
			assertThat(titles(plot)).containsExactly("Value", "Mean", "Process limits", "Lower limit", "Target", "Improvement",
					"Concern");
			assertThat(plot.getSeries(0).getValuesData().getDataRangeReference())
				.isEqualTo("'Profile chart data'!$C$4:$C$18");
			assertThat(plot.getSeries(1).getValuesData().getPointAt(0)).isEqualTo(87.2);
			assertThat(plot.getSeries(4).getValuesData().getPointAt(14)).isEqualTo(95.0);
			// the shift below the mean is a concern on a higher-is-better metric: points 9 to 15
			XDDFLineChartData.Series concern = (XDDFLineChartData.Series) plot.getSeries(6);
			assertThat(cached(concern, 7)).isNull();
			assertThat(cached(concern, 8)).isCloseTo(85.2, within(1e-12));
			assertThat(cached(concern, 14)).isCloseTo(84.6, within(1e-12));
			assertThat(cached((XDDFLineChartData.Series) plot.getSeries(5), 8)).isNull();
			assertThat(book.getSheet("Profile chart data")).isNotNull();
		}
	}

	@Test
	void packsDrawOneChartPerAreaAndCoreMetricThatHasAChart() throws Exception {
		ReportData two = ReportFixtures.data();
		var charts = new java.util.HashMap<>(two.spcCharts());
		charts.put(ReportFixtures.SLOWTOWN.code(), List.of(ReportFixtures.spc(ReportFixtures.SLOWTOWN.code(), "ae_4hr"),
				ReportFixtures.spc(ReportFixtures.SLOWTOWN.code(), "rtt_18wk"),
				ReportFixtures.spc(ReportFixtures.SLOWTOWN.code(), "agency_spend")));
		charts.put(ReportFixtures.GOODVILLE.code(), List.of(ReportFixtures.spc(ReportFixtures.GOODVILLE.code(), "ae_4hr")));
		Path file = this.folder.resolve("all.xlsx");
		ReportData data = two.with(charts, List.of());
		NationalWorkbook.writePack(data, file, "England");
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
			List<XSSFChart> drawn = book.getSheet("Area profiles").getDrawingPatriarch().getCharts();
			assertThat(drawn).hasSize(3 + 1);
			assertThat(drawn).extracting(c -> c.getTitleText().getString())
				.containsExactly("A&E 4-hour waits (%)", "Elective waits (%)", "Agency staff spend (%)", "A&E 4-hour waits (%)");
		}
	}

	@Test
	void longNamesAreCutAtAWordInChartLabels() {
		assertThat(ChartParts.shortLabel("Slowtown")).isEqualTo("Slowtown");
		assertThat(ChartParts.shortLabel("Bristol, North Somerset and South Gloucestershire")).isEqualTo("Bristol, North\u2026");
		assertThat(ChartParts.shortLabel("Herefordshire and Worcestershire")).isEqualTo("Herefordshire\u2026");
		assertThat(ChartParts.shortLabel("Buckinghamshire, Oxfordshire and Berkshire West").length()).isLessThanOrEqualTo(23);
	}

	private XSSFWorkbook national() throws Exception {
		Path file = this.folder.resolve("report.xlsx");
		NationalWorkbook.write(ReportFixtures.data(), file);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The cached value of point {@code index} of a line series, or null where the point is blank. */
	private static Double cached(XDDFLineChartData.Series series, int index) {
		for (var point : series.getCTLineSer().getVal().getNumRef().getNumCache().getPtList()) {
			if (point.getIdx() == index) {
				return Double.parseDouble(point.getV());
			}
		}
		return null;
	}

	/** A scatter's x values read back as text or number. */
	private static double number(Object value) {
		return Double.parseDouble(String.valueOf(value));
	}

	private static List<String> titles(XDDFChartData plot) {
		List<String> titles = new java.util.ArrayList<>();
		for (int i = 0; i < plot.getSeriesCount(); i++) {
			XDDFChartData.Series series = plot.getSeries(i);
			var tx = series instanceof XDDFScatterChartData.Series s ? s.getCTScatterSer().getTx()
					: ((XDDFLineChartData.Series) series).getCTLineSer().getTx();
			titles.add(tx.getV());
		}
		return titles;
	}

}
