package uk.nhs.stp.ingest.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.DateUtil;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodParser;
import uk.nhs.stp.ingest.SheetInfo;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;

/**
 * Reads a candidate header row with the row above it as one two-row header. Where the reader
 * knows merged ranges (xls), a group cell spans exactly its merge; otherwise (xlsx, csv) a group
 * cell spans the columns to its right up to the next group cell, which is how a merged cell's text
 * sits in the file (a cell above a blank header is that column's own header merged down, and
 * spans nothing). A single cell above is a title, not a group, unless it combines with the
 * header below into a period ("2017/18" above "Q1" reads "2017/18 Q1"). A header cell merged down
 * from the row above (a "Code" spanning both rows) is read from the row above.
 */
final class HeaderRows {

	private HeaderRows() {
	}

	/** The headers of row {@code index} of {@code rows}, in column order. */
	static List<ColumnHeader> of(List<SourceRow> rows, int index, SheetInfo info) {
		SourceRow row = rows.get(index);
		TreeMap<Integer, SourceCell> own = new TreeMap<>();
		row.cells().stream().filter(c -> c != null && !c.isBlank()).forEach(c -> own.put(c.column(), c));
		SourceRow above = index > 0 ? rows.get(index - 1) : null;
		long aboveCells = above == null ? 0 : above.cells().stream().filter(c -> c != null && !c.isBlank()).count();
		if (aboveCells == 0 || above.rowNumber() != row.rowNumber() - 1) {
			return plain(own);
		}
		boolean groups = aboveCells >= 2 || spansSeveral(above, info);
		int last = Math.max(own.isEmpty() ? -1 : own.lastKey(), lastCell(above));
		List<ColumnHeader> headers = new ArrayList<>();
		String spanning = "";
		for (int column = 0; column <= last; column++) {
			SourceCell up = above.cell(column);
			if (!up.isBlank()) {
				// a cell above a blank header is that column's own header, merged down, not a group
				spanning = up.number() == null && own.containsKey(column) ? up.text().strip() : "";
			}
			String group = groups ? groupOf(above, column, spanning, info) : "";
			SourceCell cell = own.get(column);
			if (cell == null) {
				if (groups && !up.isBlank() && up.number() == null) {
					headers.add(new ColumnHeader(column, "", up));
				}
				continue;
			}
			int at = column;
			headers.add(periodPair(at, spanning, cell).orElseGet(() -> new ColumnHeader(at, group, cell)));
		}
		return headers;
	}

	private static List<ColumnHeader> plain(TreeMap<Integer, SourceCell> own) {
		List<ColumnHeader> headers = new ArrayList<>();
		own.forEach((column, cell) -> headers.add(new ColumnHeader(column, "", cell)));
		return headers;
	}

	/** "2017/18" above "Q1" is one header, "2017/18 Q1". */
	private static Optional<ColumnHeader> periodPair(int column, String spanning, SourceCell cell) {
		if (spanning.isEmpty() || cell.number() != null || period(cell, false).isPresent()) {
			return Optional.empty();
		}
		String combined = spanning + " " + cell.text().strip();
		return PeriodParser.parse(combined).map(p -> new ColumnHeader(column, "", SourceCell.text(column, combined)));
	}

	private static String groupOf(SourceRow above, int column, String spanning, SheetInfo info) {
		if (info.merged().isEmpty()) {
			return spanning;
		}
		return info.mergeAt(above.rowNumber(), column)
			.map(range -> above.cell(range.firstColumn()).text().strip())
			.orElse(above.cell(column).isBlank() ? "" : above.cell(column).text().strip());
	}

	private static boolean spansSeveral(SourceRow above, SheetInfo info) {
		return above.cells().stream()
			.filter(c -> c != null && !c.isBlank())
			.anyMatch(c -> info.mergeAt(above.rowNumber(), c.column())
				.filter(r -> r.firstRow() == above.rowNumber() && r.lastRow() == above.rowNumber() && r.lastColumn() > r.firstColumn())
				.isPresent());
	}

	private static int lastCell(SourceRow row) {
		return row.cells().stream().filter(c -> c != null && !c.isBlank()).mapToInt(SourceCell::column).max().orElse(-1);
	}

	/**
	 * The period a header (or a period cell) names: a date cell, an Excel date serial (2000–2099),
	 * or text such as "Apr-17". (A row of figures never passes for a row of such headers: a header
	 * row has more text than numbers.)
	 * @param date1904 whether the workbook counts date serials from 1904
	 */
	static Optional<Period> period(SourceCell cell, boolean date1904) {
		if (cell.date() != null) {
			return Optional.of(PeriodParser.monthOf(cell.date().toLocalDate()));
		}
		if (cell.number() != null) {
			double n = cell.number();
			if (n >= 36526 && n <= 73415 && n == Math.rint(n)) {
				LocalDate date = DateUtil.getLocalDateTime(n, date1904).toLocalDate();
				return Optional.of(PeriodParser.monthOf(date));
			}
			return Optional.empty();
		}
		return PeriodParser.parse(cell.text());
	}

	static Optional<Period> cellPeriod(SourceCell cell, boolean date1904) {
		return period(cell, date1904);
	}

	/** A labelled line of a metadata block ("Title:", "Period:"…), which is never a header. */
	static boolean isLabelledLine(SourceRow row) {
		return row.cells().stream()
			.filter(c -> c != null && !c.isBlank())
			.findFirst()
			.map(c -> c.number() == null && c.text().strip().matches("[^:]{1,30}:"))
			.orElse(false);
	}

	/**
	 * Whether row {@code index} is the group row of a two-row header: the row under it is a header
	 * too (mostly text) with half as many cells again, the sub-headers its group cells span.
	 */
	static boolean isGroupRow(List<SourceRow> rows, int index) {
		if (index + 1 >= rows.size() || rows.get(index + 1).rowNumber() != rows.get(index).rowNumber() + 1) {
			return false;
		}
		SourceRow below = rows.get(index + 1);
		long cells = filled(rows.get(index));
		return mostlyText(below) && !isLabelledLine(below) && filled(below) * 2 >= cells * 3;
	}

	private static long filled(SourceRow row) {
		return row.cells().stream().filter(c -> c != null && !c.isBlank()).count();
	}

	/** Whether a row reads as a header: more text cells than plain numbers (dates count as text). */
	static boolean mostlyText(SourceRow row) {
		int text = 0;
		int numbers = 0;
		for (SourceCell cell : row.cells()) {
			if (cell != null && !cell.isBlank()) {
				if (cell.number() != null && cell.date() == null) {
					numbers++;
				}
				else {
					text++;
				}
			}
		}
		return text > numbers;
	}

}
