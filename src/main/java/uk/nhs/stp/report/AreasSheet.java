package uk.nhs.stp.report;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import uk.nhs.stp.score.AreaScore;

/** The Areas sheet: one row per area, sorted by tier (most support first) then unexplained pace. */
final class AreasSheet {

	private AreasSheet() {
	}

	static void write(SheetWriter out, ReportData data, ReportStyles styles) {
		out.widths(AreaColumns.ALL.stream().mapToInt(AreaColumns.Column::width).toArray());
		out.title("Areas: level, pace and support tier", "Level and pace are in widths of the national spread; "
				+ "expected pace is what the area's circumstances explain (see Methodology).");
		int header = out.header(AreaColumns.ALL.stream().map(AreaColumns.Column::heading).toList());
		for (AreaScore area : sorted(data.areas())) {
			Row row = out.row();
			for (int c = 0; c < AreaColumns.ALL.size(); c++) {
				AreaColumns.Column column = AreaColumns.ALL.get(c);
				Object value = column.value().apply(area);
				switch (column.format()) {
					case TEXT -> SheetWriter.text(row, c, (String) value, styles.text);
					case WRAP -> SheetWriter.text(row, c, (String) value, styles.wrap);
					case TIER -> SheetWriter.text(row, c, (String) value, styles.tier(area.tier()));
					case INTEGER -> SheetWriter.number(row, c, value == null ? null : ((Number) value).doubleValue(), styles.integer);
					case PERCENT -> SheetWriter.number(row, c, (Double) value, styles.percent0);
					case DECIMAL -> SheetWriter.number(row, c, (Double) value, styles.decimal2);
				}
			}
		}
		out.finishTable(header, AreaColumns.ALL.size() - 1,
				AreaColumns.ALL.stream().mapToInt(AreaColumns.Column::width).toArray());
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
