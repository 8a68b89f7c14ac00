package uk.nhs.stp.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.stats.Verdict;

/**
 * Observed against expected pace, one series per tier in its colour, the dashed diagonal "as its
 * circumstances explain", and the areas whose interval lies wholly off the diagonal (faster or
 * slower than their circumstances explain) labelled by name.
 */
final class PaceChart {

	private static final byte[] DIAGONAL = ReportStyles.rgb(0x42, 0x55, 0x63);

	private PaceChart() {
	}

	static void draw(XSSFSheet sheet, int[] anchor, ReportData data, List<AreaScore> scored, ChartColumns columns) {
		XSSFChart chart = ReportCharts.chart(sheet, anchor, "Pace against what circumstances explain (each dot an area)");
		XDDFScatterChartData plot = ChartParts.scatter(chart, "Expected pace (what its circumstances explain)",
				"Observed pace");
		double low = 0;
		double high = 0;
		for (AreaScore a : scored) {
			low = Math.min(low, Math.min(a.pace(), a.expectedPace()));
			high = Math.max(high, Math.max(a.pace(), a.expectedPace()));
		}
		ChartParts.line(plot, "As its circumstances explain", columns.numbers("Diagonal", low, high),
				columns.numbers("Diagonal (pace)", low, high), DIAGONAL, 1.5, true);
		for (int tier = 4; tier >= 1; tier--) {
			int t = tier;
			List<AreaScore> inTier = scored.stream().filter(a -> a.tier() != null && a.tier() == t).toList();
			if (inTier.isEmpty()) {
				continue;
			}
			String name = QuadrantChart.tierName(data, tier);
			Map<Integer, String> labels = new LinkedHashMap<>();
			for (int i = 0; i < inTier.size(); i++) {
				if (inTier.get(i).verdict() != Verdict.AS_EXPLAINED) {
					labels.put(i, inTier.get(i).area().name());
				}
			}
			XDDFScatterChartData.Series series = ChartParts.points(plot, name,
					columns.add(name + ": expected pace", inTier.stream().map(AreaScore::expectedPace).toArray()),
					columns.add(name + ": observed pace", inTier.stream().map(AreaScore::pace).toArray()),
					ReportStyles.TIER_COLOURS.get(tier), MarkerStyle.CIRCLE, 7);
			ChartParts.label(series, labels);
		}
		ChartParts.plot(plot);
	}

}
