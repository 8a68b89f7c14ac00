package uk.nhs.stp.report;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.stats.Verdict;

/**
 * The Summary's "league table vs circumstances" panel (method §11): beside the adjusted tiers, the
 * areas a raw league table of the same figures (the NHS Oversight Framework 2025/26's method)
 * would put in its bottom segment although their pace is what their circumstances explain or
 * better, and the areas it would place in its top half although they are slower than their
 * circumstances explain.
 */
final class LeaguePanel {

	static final String BLAMED = "A league table would blame them; their circumstances explain it";

	static final String MISSED = "A league table would miss them";

	private LeaguePanel() {
	}

	/** Segment 4 of the league table, and pace as or faster than circumstances explain. */
	static List<AreaScore> blamed(List<AreaScore> areas) {
		return areas.stream()
			.filter(a -> a.scored() && a.league().segment() != null && a.league().segment() == 4
					&& a.verdict() != null && a.verdict() != Verdict.SLOWER)
			.sorted(Comparator.comparing((AreaScore a) -> -a.league().score()))
			.toList();
	}

	/** Segments 1–2 of the league table, and pace slower than circumstances explain. */
	static List<AreaScore> missed(List<AreaScore> areas) {
		return areas.stream()
			.filter(a -> a.scored() && a.league().segment() != null && a.league().segment() <= 2
					&& a.verdict() == Verdict.SLOWER)
			.sorted(Comparator.comparing((AreaScore a) -> a.league().score()))
			.toList();
	}

	static void write(SheetWriter out, ReportData data, ReportStyles styles) {
		SheetWriter.text(out.row(), 0, "League table vs circumstances", styles.bold);
		out.paragraph("A league table ranks each metric, averages the ranks and cuts the areas into four segments "
				+ "(1 best, 4 worst), as the NHS Oversight Framework 2025/26 does; it ignores circumstances. Beside the "
				+ "tiers above, these are the areas it would judge differently.", 6);
		list(out, BLAMED, blamed(data.areas()), styles, "in the league table's bottom segment, but improving ");
		list(out, MISSED, missed(data.areas()), styles, "in the league table's top half, but improving ");
	}

	private static void list(SheetWriter out, String title, List<AreaScore> areas, ReportStyles styles, String lead) {
		out.header(List.of(title, "Region", "Support tier", "League table", "", "What differs"));
		for (AreaScore a : areas) {
			Row row = out.row();
			SheetWriter.text(row, 0, a.area().name(), styles.wrap);
			SheetWriter.text(row, 1, a.area().region(), styles.text);
			SheetWriter.text(row, 2, SummarySheet.tierLabel(a), styles.tier(a.tier()));
			SheetWriter.text(row, 3, "segment " + a.league().segment() + " of 4", styles.text);
			String verdict = a.verdict() == Verdict.AS_EXPLAINED ? "as fast as its circumstances would lead us to expect"
					: a.verdict() == Verdict.FASTER ? "faster than its circumstances explain"
							: "more slowly than its circumstances explain";
			SheetWriter.text(row, 5, lead + verdict + ".", styles.wrap);
		}
		if (areas.isEmpty()) {
			SheetWriter.text(out.row(), 0, "None this run.", styles.text);
		}
		out.skip(1);
	}

}
