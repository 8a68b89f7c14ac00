package uk.nhs.stp.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;

import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.RunTiering;

/**
 * The Summary's chart of what decided the tiers: each area's overall level (across) against its
 * unexplained pace (up: faster than its circumstances explain), coloured by tier, with the 95%
 * interval of the unexplained pace as a bar, dashed lines at the bottom-fifth and median levels
 * and at "as its circumstances explain", and the areas needing support labelled by name.
 */
final class QuadrantChart {

	/** Areas labelled at most: those needing most support first (a national chart can hold thousands). */
	static final int LABELLED = 14;

	private static final byte[] GUIDE = ReportStyles.rgb(0x76, 0x86, 0x92);

	private QuadrantChart() {
	}

	static void draw(XSSFSheet sheet, int[] anchor, ReportData data, ChartColumns columns) {
		List<AreaScore> scored = data.areas().stream().filter(a -> a.level() != null && a.unexplainedPace() != null).toList();
		if (scored.isEmpty()) {
			return;
		}
		XSSFChart chart = ReportCharts.chart(sheet, anchor,
				"What decided the tiers: overall level against pace its circumstances do not explain");
		XDDFScatterChartData plot = ChartParts.scatter(chart, "Overall level (0 = typical; right is better)",
				"Unexplained pace (above 0: faster than circumstances explain)");
		java.util.Set<String> labelled = labelled(scored);
		Map<String, STDLblPos.Enum> placed = placement(scored, labelled);
		double[] y = { 0, 0 };
		for (int tier = 4; tier >= 1; tier--) {
			int t = tier;
			List<AreaScore> inTier = scored.stream().filter(a -> a.tier() != null && a.tier() == t).toList();
			if (!inTier.isEmpty()) {
				tierSeries(plot, data, columns, tier, inTier, placed, y);
			}
		}
		guides(plot, data.run().tiering(), scored, columns, y);
		ChartParts.plot(plot);
	}

	/** Tiers 4 and 3 first, then borderline areas, each by how far below expectation. */
	private static java.util.Set<String> labelled(List<AreaScore> scored) {
		return scored.stream()
			.filter(a -> a.tier() >= 3 || Boolean.TRUE.equals(a.certainty().borderline()))
			.sorted(Comparator.comparing((AreaScore a) -> -a.tier()).thenComparing(AreaScore::unexplainedPace))
			.limit(LABELLED)
			.map(a -> a.area().code())
			.collect(java.util.stream.Collectors.toSet());
	}

	/** Where each named area's label goes, so that neighbours' names do not overprint. */
	static Map<String, STDLblPos.Enum> placement(List<AreaScore> scored, java.util.Set<String> labelled) {
		List<AreaScore> named = scored.stream().filter(a -> labelled.contains(a.area().code())).toList();
		STDLblPos.Enum[] sides = ChartParts.placement(named.stream().mapToDouble(AreaScore::level).toArray(),
				named.stream().mapToDouble(AreaScore::unexplainedPace).toArray());
		Map<String, STDLblPos.Enum> placed = new LinkedHashMap<>();
		for (int i = 0; i < named.size(); i++) {
			placed.put(named.get(i).area().code(), sides[i]);
		}
		return placed;
	}

	private static void tierSeries(XDDFScatterChartData plot, ReportData data, ChartColumns columns, int tier,
			List<AreaScore> areas, Map<String, STDLblPos.Enum> placed, double[] y) {
		String name = tierName(data, tier);
		Double[] level = new Double[areas.size()];
		Double[] u = new Double[areas.size()];
		Double[] minus = new Double[areas.size()];
		Double[] plus = new Double[areas.size()];
		Map<Integer, String> labels = new LinkedHashMap<>();
		Map<Integer, STDLblPos.Enum> positions = new LinkedHashMap<>();
		for (int i = 0; i < areas.size(); i++) {
			AreaScore a = areas.get(i);
			level[i] = a.level();
			u[i] = a.unexplainedPace();
			double[] interval = a.unexplainedInterval(data.critical());
			minus[i] = interval == null ? 0 : u[i] - interval[0];
			plus[i] = interval == null ? 0 : interval[1] - u[i];
			y[0] = Math.min(y[0], u[i] - minus[i]);
			y[1] = Math.max(y[1], u[i] + plus[i]);
			if (placed.containsKey(a.area().code())) {
				labels.put(i, a.area().name());
				positions.put(i, placed.get(a.area().code()));
			}
		}
		byte[] colour = ReportStyles.TIER_COLOURS.get(tier);
		XDDFScatterChartData.Series series = ChartParts.points(plot, name, columns.add(name + ": level", level),
				columns.add(name + ": unexplained pace", u), colour, MarkerStyle.CIRCLE, 7);
		ChartParts.errorBars(series, columns.add(name + ": interval below", minus),
				columns.add(name + ": interval above", plus), colour);
		ChartParts.label(series, labels, positions);
	}

	private static void guides(XDDFScatterChartData plot, RunTiering tiering, List<AreaScore> scored,
			ChartColumns columns, double[] y) {
		double low = scored.stream().mapToDouble(AreaScore::level).min().orElse(0);
		double high = scored.stream().mapToDouble(AreaScore::level).max().orElse(0);
		ChartParts.line(plot, "As its circumstances explain", columns.numbers("Guide: level", low, high),
				columns.numbers("Guide: zero", 0, 0), GUIDE, 1.25, true);
		if (tiering.levelCutOff() != null) {
			double cut = tiering.levelCutOff();
			ChartParts.line(plot, "Bottom fifth of overall level", columns.numbers("Guide: bottom fifth", cut, cut),
					columns.numbers("Guide: bottom fifth span", y[0], y[1]), ReportStyles.TIER_COLOURS.get(4), 1.0, true);
		}
		if (tiering.levelMedian() != null) {
			double median = tiering.levelMedian();
			ChartParts.line(plot, "Median overall level", columns.numbers("Guide: median", median, median),
					columns.numbers("Guide: median span", y[0], y[1]), GUIDE, 1.0, true);
		}
	}

	static String tierName(ReportData data, int tier) {
		return data.model()
			.tiers()
			.rules()
			.stream()
			.filter(r -> r.tier() == tier)
			.map(r -> tier + ". " + r.name())
			.findFirst()
			.orElse("Tier " + tier);
	}

}
