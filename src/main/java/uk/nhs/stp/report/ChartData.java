package uk.nhs.stp.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.stats.TierRules;

/**
 * The numbers behind the charts, worked out once and written to the Chart data sheet: the scored
 * areas sorted by unexplained pace with one column per tier (so each bar takes its tier's colour),
 * and the two ends of the scatter's diagonal.
 */
final class ChartData {

	private static final int FIRST_TIER_COLUMN = 2;

	private final List<AreaScore> sorted;

	private final List<TierRules.Rule> tiers;

	private final Double[] diagonal;

	ChartData(ReportData data) {
		this.sorted = data.areas()
			.stream()
			.filter(a -> a.unexplainedPace() != null)
			.sorted(Comparator.comparing(AreaScore::unexplainedPace))
			.toList();
		this.tiers = data.model().tiers().rules().stream().sorted(Comparator.comparing(r -> -r.tier())).toList();
		double low = 0;
		double high = 0;
		for (AreaScore a : PaceSheet.scored(data.areas())) {
			low = Math.min(low, Math.min(a.pace(), a.expectedPace()));
			high = Math.max(high, Math.max(a.pace(), a.expectedPace()));
		}
		this.diagonal = new Double[] { low, high };
	}

	boolean isEmpty() {
		return this.sorted.isEmpty();
	}

	String[] areaNames() {
		return this.sorted.stream().map(a -> a.area().name()).toArray(String[]::new);
	}

	String areaRange() {
		return ReportCharts.range(ReportSheets.CHART_DATA, 0, 1, this.sorted.size());
	}

	List<ReportCharts.TierSeries> tierSeries() {
		List<ReportCharts.TierSeries> series = new ArrayList<>();
		for (int t = 0; t < this.tiers.size(); t++) {
			TierRules.Rule rule = this.tiers.get(t);
			Double[] values = this.sorted.stream()
				.map(a -> a.tier() != null && a.tier() == rule.tier() ? a.unexplainedPace() : null)
				.toArray(Double[]::new);
			series.add(new ReportCharts.TierSeries(rule.tier() + ". " + rule.name(), ReportStyles.TIER_COLOURS.get(rule.tier()),
					values, ReportCharts.range(ReportSheets.CHART_DATA, FIRST_TIER_COLUMN + t, 1, this.sorted.size())));
		}
		return series;
	}

	Double[] diagonal() {
		return this.diagonal;
	}

	String diagonalRange() {
		int column = FIRST_TIER_COLUMN + this.tiers.size() + 1;
		return ReportCharts.range(ReportSheets.CHART_DATA, column, 1, 2);
	}

	void write(SheetWriter out, ReportStyles styles) {
		List<String> headings = new ArrayList<>(List.of("Area", "Unexplained pace"));
		this.tiers.forEach(r -> headings.add(r.tier() + ". " + r.name()));
		headings.add("");
		headings.add("Diagonal (pace)");
		out.header(headings);
		int rows = Math.max(this.sorted.size(), 2);
		for (int i = 0; i < rows; i++) {
			Row row = out.row();
			if (i < this.sorted.size()) {
				AreaScore a = this.sorted.get(i);
				SheetWriter.text(row, 0, a.area().name(), styles.text);
				SheetWriter.number(row, 1, a.unexplainedPace(), styles.decimal2);
				for (int t = 0; t < this.tiers.size(); t++) {
					boolean inTier = a.tier() != null && a.tier() == this.tiers.get(t).tier();
					SheetWriter.number(row, FIRST_TIER_COLUMN + t, inTier ? a.unexplainedPace() : null, styles.decimal2);
				}
			}
			if (i < 2) {
				SheetWriter.number(row, FIRST_TIER_COLUMN + this.tiers.size() + 1, this.diagonal[i], styles.decimal2);
			}
		}
		out.widths(new int[] { 34, 12, 14, 14, 14, 14, 4, 14 });
	}

}
