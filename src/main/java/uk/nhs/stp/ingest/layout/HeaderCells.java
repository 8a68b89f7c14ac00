package uk.nhs.stp.ingest.layout;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.DateUtil;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodParser;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;

/**
 * The header text of each column of a candidate header row, reading through merged and two-row
 * headers: fastexcel does not report merged cells, and a merged cell's value sits in its first
 * cell only, so a blank header takes the text of the row above it, and a header such as "Q1"
 * under a spanning "2017/18" reads as "2017/18 Q1".
 */
final class HeaderCells {

	private HeaderCells() {
	}

	/** Header cell per column (text cells and date cells) for row {@code index} of {@code rows}. */
	static TreeMap<Integer, SourceCell> of(List<SourceRow> rows, int index) {
		SourceRow row = rows.get(index);
		TreeMap<Integer, SourceCell> headers = new TreeMap<>();
		row.cells().stream().filter(c -> c != null && !c.isBlank()).forEach(c -> headers.put(c.column(), c));
		SourceRow parent = index > 0 ? rows.get(index - 1) : null;
		long parentCells = parent == null ? 0 : parent.cells().stream().filter(c -> c != null && !c.isBlank()).count();
		if (parentCells == 0) {
			return headers;
		}
		// A single cell above (a title, or one merged "2017/18" over its quarters) only ever
		// combines into a period; with two or more, a blank header also takes the text above it.
		boolean fillBlanks = parentCells >= 2;
		int last = headers.isEmpty() ? -1 : headers.lastKey();
		String spanning = null;
		for (int column = 0; column <= last; column++) {
			SourceCell above = parent.cell(column);
			if (!above.isBlank()) {
				spanning = above.text();
			}
			SourceCell own = headers.get(column);
			if (own == null && !above.isBlank() && fillBlanks) {
				headers.put(column, above);
			}
			else if (own != null && spanning != null && own.number() == null && period(own, false).isEmpty()) {
				String combined = spanning + " " + own.text();
				if (PeriodParser.parse(combined).isPresent()) {
					headers.put(column, SourceCell.text(column, combined));
				}
			}
		}
		return headers;
	}

	/**
	 * The period a header names: a date cell, an Excel date serial, or text such as "Apr-17".
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

	/** Title lines that carry dates which are not the data's period. */
	static boolean isMetadataLine(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT);
		for (String prefix : List.of("published", "source", "note", "contact", "released", "next update", "status",
				"date of", "last updated", "updated", "copyright", "produced")) {
			if (lower.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
