package uk.nhs.stp.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import uk.nhs.stp.domain.Where;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.store.RevisionDao;

/**
 * The Changes sheet: tier changes since the previous report (from the stored history), and the
 * figures already held that this run's files revised.
 */
final class ChangesSheet {

	private ChangesSheet() {
	}

	/** One area whose tier changed. */
	record TierChange(AreaScore now, AreaScore before) {

		/** Positive: more support than before; negative: less; 0 when either report did not score it. */
		int direction() {
			if (this.before == null || this.before.tier() == null || this.now.tier() == null) {
				return 0;
			}
			return this.now.tier() - this.before.tier();
		}

	}

	static List<TierChange> tierChanges(ReportData data) {
		List<TierChange> changes = new ArrayList<>();
		if (data.previousRun() == null) {
			return changes;
		}
		for (AreaScore now : SupportTiersSheet.sorted(data.areas())) {
			AreaScore before = data.previousAreas().get(now.area().code());
			if (before == null || !java.util.Objects.equals(before.tier(), now.tier())) {
				changes.add(new TierChange(now, before));
			}
		}
		return changes;
	}

	static void write(SheetWriter out, ReportData data, ReportStyles styles) {
		out.widths(new int[] { 30, 14, 24, 24, 18, 40, 14, 10 });
		out.title("Changes since the previous report", data.previousRun() == null
				? "This is the first report: there is no earlier run to compare with."
				: "Compared with the report of " + data.previousRun().runDate() + ".");
		SheetWriter.text(out.row(), 0, "Support tier changes", styles.bold);
		out.header(List.of("Area", "Region", "Previous tier", "This tier", "Change", "Main reason now"));
		List<TierChange> changes = tierChanges(data);
		for (TierChange change : changes) {
			Row row = out.row();
			SheetWriter.text(row, 0, change.now().area().name(), styles.wrap);
			SheetWriter.text(row, 1, change.now().area().region(), styles.text);
			SheetWriter.text(row, 2, change.before() == null ? "(not in the previous report)" : change.before().tierName(),
					styles.tier(change.before() == null ? null : change.before().tier()));
			SheetWriter.text(row, 3, change.now().tierName(), styles.tier(change.now().tier()));
			SheetWriter.text(row, 4, change.direction() > 0 ? "more support" : change.direction() < 0 ? "less support"
					: "scored / not scored", styles.text);
			SheetWriter.text(row, 5, change.now().mainReason(), styles.wrap);
		}
		if (changes.isEmpty()) {
			SheetWriter.text(out.row(), 0, data.previousRun() == null ? "No earlier report." : "No tier changed.", styles.text);
		}
		out.skip(1);
		revisions(out, data, styles);
		// two tables: the name column is frozen, a header row is not (it would sit over the second table)
		out.sheet().createFreezePane(1, 0);
		out.printDetail(-1);
	}

	private static void revisions(SheetWriter out, ReportData data, ReportStyles styles) {
		SheetWriter.text(out.row(), 0, "Revisions: figures already held that this run's files changed (the new value is used)",
				styles.bold);
		out.header(List.of("Area", "Metric", "Period", "Previous value", "New value", "New file and cell",
				"Previous file", "Revision"));
		for (RevisionDao.Version[] pair : data.revisions()) {
			RevisionDao.Version before = pair[0];
			RevisionDao.Version after = pair[1];
			Row row = out.row();
			SheetWriter.text(row, 0, data.areaNames().getOrDefault(after.areaCode(), after.areaCode()), styles.wrap);
			SheetWriter.text(row, 1, after.measureId(), styles.text);
			SheetWriter.text(row, 2, after.period().label(), styles.text);
			SheetWriter.number(row, 3, before.value(), styles.decimal2);
			SheetWriter.number(row, 4, after.value(), styles.decimal2);
			SheetWriter.text(row, 5, after.fileName() + " " + Where.cell(after.sheet(), after.column(), after.row()),
					styles.wrap);
			SheetWriter.text(row, 6, before.fileName(), styles.wrap);
			SheetWriter.number(row, 7, (double) after.revision(), styles.integer);
		}
		if (data.revisions().isEmpty()) {
			SheetWriter.text(out.row(), 0, "None in this run.", styles.text);
		}
	}

}
