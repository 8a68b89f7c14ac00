package uk.nhs.stp.ingest.layout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;

/**
 * Which period column(s) a long table's periods come from when several headers name one ("Year",
 * "Month"): the column whose cells name the finest periods (months before quarters before
 * years), and, when its cells are month names without a year ("April"), the year column that
 * completes them, typically a financial year merged down over its twelve months.
 */
final class PeriodColumns {

	private static final Set<String> MONTH_NAMES = Set.of("january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
			"aug", "sep", "sept", "oct", "nov", "dec");

	private PeriodColumns() {
	}

	/**
	 * @param month the column giving the period (or its month)
	 * @param year the column completing month names with their year, or null
	 */
	record Choice(ColumnHeader month, ColumnHeader year) {
	}

	static Optional<Choice> choose(List<ColumnHeader> candidates, List<SourceRow> below, boolean date1904) {
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		if (candidates.size() == 1) {
			return Optional.of(new Choice(candidates.get(0), null));
		}
		ColumnHeader finest = null;
		int finestMonths = Integer.MAX_VALUE;
		ColumnHeader monthNames = null;
		ColumnHeader years = null;
		for (ColumnHeader column : candidates) {
			int months = finestMonths(column.column(), below, date1904);
			if (months > 0 && months < finestMonths) {
				finest = column;
				finestMonths = months;
			}
			if (months == 12 && years == null) {
				years = column;
			}
			if (months == 0 && monthNamesOnly(column.column(), below)) {
				monthNames = column;
			}
		}
		if (monthNames != null && years != null) {
			return Optional.of(new Choice(monthNames, years));
		}
		return Optional.of(new Choice(finest != null ? finest : candidates.get(0), null));
	}

	/** The shortest period, in months, that the column's cells name; 0 if none parses. */
	private static int finestMonths(int column, List<SourceRow> below, boolean date1904) {
		int finest = 0;
		for (SourceRow row : below) {
			SourceCell cell = row.cell(column);
			if (cell.isBlank()) {
				continue;
			}
			Optional<Period> period = HeaderRows.cellPeriod(cell, date1904);
			if (period.isPresent()) {
				int months = period.get().type().months();
				finest = finest == 0 ? months : Math.min(finest, months);
			}
		}
		return finest;
	}

	private static boolean monthNamesOnly(int column, List<SourceRow> below) {
		int names = 0;
		for (SourceRow row : below) {
			String text = row.cell(column).text().strip().toLowerCase(Locale.ROOT);
			if (!text.isEmpty()) {
				if (!MONTH_NAMES.contains(text)) {
					return false;
				}
				names++;
			}
		}
		return names > 0;
	}

}
