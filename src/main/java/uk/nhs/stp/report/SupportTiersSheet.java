package uk.nhs.stp.report;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import uk.nhs.stp.result.AreaScore;

/**
 * The Support tiers sheet: one row per area with its tier, how sure it is, its reasons and support
 * focus in words, then the numbers behind them (level, pace, expected and unexplained pace with
 * its 95% interval, the studentised residual, the rank of unexplained pace with its interval, the
 * tier probabilities, tier stability and the raw league table); most support first, then the
 * slowest against expectation. The area's name is the first, frozen column.
 */
final class SupportTiersSheet {

	static final List<String> HEADINGS = List.of("Area", "Support tier", "How sure", "Borderline?", "Reasons",
			"Support focus", "Region", "Area code", "Level (z)", "Pace (per year)", "Expected pace", "Unexplained pace",
			"95% interval: low", "95% interval: high", "Studentised residual", "Rank of unexplained pace (1 = slowest)",
			"Rank 95%: low", "Rank 95%: high", "Probability: light touch", "Probability: universal",
			"Probability: targeted", "Probability: intensive", "Tier stability over the choices", "League table segment",
			"League table score", "Pace against circumstances", "Data coverage");

	private SupportTiersSheet() {
	}

	static void write(SheetWriter out, ReportData data, ReportStyles styles) {
		out.widths(new int[] { 28, 20, 20, 10, 56, 100, 16, 11, 9, 9, 9, 11, 10, 10, 11, 12, 9, 9, 11, 11, 11, 11, 11, 10,
				10, 26, 9 });
		out.title("Support tiers: which areas need what support, and why",
				"Level and pace are in widths of the national spread; expected pace is what the area's circumstances "
						+ "explain; the intervals and probabilities show how sure each figure and tier is (see Methodology).");
		int header = out.header(HEADINGS);
		for (AreaScore a : sorted(data.areas())) {
			Row row = out.row();
			SheetWriter.text(row, 0, a.area().name(), styles.wrap);
			SheetWriter.text(row, 1, SummarySheet.tierLabel(a), styles.tier(a.tier()));
			SheetWriter.text(row, 2, SummarySheet.howSure(data, a), styles.wrap);
			SheetWriter.text(row, 3, Boolean.TRUE.equals(a.certainty().borderline()) ? "borderline" : "", styles.text);
			SheetWriter.text(row, 4, String.join("; ", a.reasons()), styles.wrap);
			SheetWriter.text(row, 5, a.focus().sentence(), styles.wrap);
			SheetWriter.text(row, 6, a.area().region(), styles.text);
			SheetWriter.text(row, 7, a.area().code(), styles.text);
			numbers(row, data, a, styles);
		}
		out.finishTable(header, HEADINGS.size() - 1);
	}

	private static void numbers(Row row, ReportData data, AreaScore a, ReportStyles styles) {
		SheetWriter.number(row, 8, a.level(), styles.decimal2);
		SheetWriter.number(row, 9, a.pace(), styles.decimal2);
		SheetWriter.number(row, 10, a.expectedPace(), styles.decimal2);
		SheetWriter.number(row, 11, a.unexplainedPace(), styles.signed2);
		double[] interval = a.unexplainedInterval(data.critical());
		SheetWriter.number(row, 12, interval == null ? null : interval[0], styles.signed2);
		SheetWriter.number(row, 13, interval == null ? null : interval[1], styles.signed2);
		SheetWriter.number(row, 14, a.studentised(), styles.signed2);
		SheetWriter.number(row, 15, a.certainty().rank(), styles.decimal1);
		SheetWriter.number(row, 16, a.certainty().rankLower(), styles.decimal1);
		SheetWriter.number(row, 17, a.certainty().rankUpper(), styles.decimal1);
		for (int k = 1; k <= 4; k++) {
			SheetWriter.number(row, 17 + k, floor(a.certainty().p(k)), styles.percent1);
		}
		SheetWriter.number(row, 22, a.sensitivity().stability(), styles.percent0);
		SheetWriter.number(row, 23, a.league().segment() == null ? null : a.league().segment().doubleValue(), styles.integer);
		SheetWriter.number(row, 24, a.league().score(), styles.decimal2);
		SheetWriter.text(row, 25, a.verdict() == null ? null
				: a.verdict().words() + (Boolean.TRUE.equals(a.strongEvidence()) ? " (strong evidence)" : ""), styles.wrap);
		SheetWriter.number(row, 26, floor(a.coverage()), styles.percent1);
	}

	/** A share rounded down to 0.1%, so nothing short of all reads 100%. */
	static Double floor(Double share) {
		return share == null ? null : Math.floor(share * 1000 + 1e-9) / 1000;
	}

	/** Most support first (not scored last), then the slowest against expectation first. */
	static List<AreaScore> sorted(List<AreaScore> areas) {
		return areas.stream()
			.sorted(Comparator.comparing((AreaScore a) -> a.tier() == null ? 0 : -a.tier())
				.thenComparing(a -> a.unexplainedPace() == null ? Double.MAX_VALUE : a.unexplainedPace())
				.thenComparing(a -> a.area().name()))
			.toList();
	}

}
