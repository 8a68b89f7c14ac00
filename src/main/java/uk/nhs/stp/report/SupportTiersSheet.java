package uk.nhs.stp.report;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import uk.nhs.stp.result.AreaScore;

/**
 * The Support tiers sheet: one row per area with its tier and reasons, level, pace, expected and
 * unexplained pace with its 95% interval, verdict and coverage; most support first, then the
 * slowest against expectation.
 */
final class SupportTiersSheet {

	static final List<String> HEADINGS = List.of("Area code", "Area", "Region", "Support tier", "Reasons", "Level (z)",
			"Pace (per year)", "Expected pace", "Unexplained pace", "95% interval: low", "95% interval: high",
			"Pace against circumstances", "Data coverage");

	private SupportTiersSheet() {
	}

	static void write(SheetWriter out, ReportData data, ReportStyles styles) {
		out.widths(new int[] { 12, 30, 17, 22, 70, 9, 9, 9, 11, 10, 10, 26, 9 });
		out.title("Support tiers: which areas need what support, and why",
				"Level and pace are in widths of the national spread; expected pace is what the area's circumstances "
						+ "explain; the interval shows the uncertainty of the unexplained pace (see Methodology).");
		int header = out.header(HEADINGS);
		for (AreaScore a : sorted(data.areas())) {
			Row row = out.row();
			SheetWriter.text(row, 0, a.area().code(), styles.text);
			SheetWriter.text(row, 1, a.area().name(), styles.wrap);
			SheetWriter.text(row, 2, a.area().region(), styles.text);
			SheetWriter.text(row, 3, a.tier() == null ? a.tierName() : a.tier() + ". " + a.tierName(), styles.tier(a.tier()));
			SheetWriter.text(row, 4, String.join("; ", a.reasons()), styles.wrap);
			SheetWriter.number(row, 5, a.level(), styles.decimal2);
			SheetWriter.number(row, 6, a.pace(), styles.decimal2);
			SheetWriter.number(row, 7, a.expectedPace(), styles.decimal2);
			SheetWriter.number(row, 8, a.unexplainedPace(), styles.signed2);
			double[] interval = a.unexplainedInterval(data.critical());
			SheetWriter.number(row, 9, interval == null ? null : interval[0], styles.signed2);
			SheetWriter.number(row, 10, interval == null ? null : interval[1], styles.signed2);
			SheetWriter.text(row, 11, a.verdict() == null ? null
					: a.verdict().words() + (Boolean.TRUE.equals(a.strongEvidence()) ? " (strong evidence)" : ""), styles.wrap);
			SheetWriter.number(row, 12, a.coverage(), styles.percent0);
		}
		out.finishTable(header, HEADINGS.size() - 1);
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
