package uk.nhs.stp.ingest.read;

import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import uk.nhs.stp.domain.Where;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.RowItem;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.UnreadableFileException;
import uk.nhs.stp.ingest.geography.GeographyResolver;
import uk.nhs.stp.ingest.layout.SheetLayout;
import uk.nhs.stp.model.ScoringModel;

/**
 * Reads the rows of one planned sheet below its header, one row at a time: a row of a system
 * gives its candidate observations; a row of a unit goes to the sheet's {@link UnitRollUp}, whose
 * rolled-up values (or whose check against the published figures) come out when the sheet ends;
 * England, region and total rows, footnotes and rows with no place each give a note.
 */
final class SheetReader {

	private static final List<String> FOOTNOTE_STARTS = List.of("note", "source", "*", "\u2020", "\u2021", "^",
			"(1)", "1.", "1 ", "figures", "data ", "please", "contact", "copyright", "\u00a9", "published", "symbol",
			"key", "..", "- ", "c =", "x =", "z =", "totals");

	private final FileContext file;

	private final SheetPlan plan;

	private final SheetLayout layout;

	private final Iterator<SourceRow> rows;

	private final UnitRollUp rollUp;

	private final PublishedValues published;

	private boolean blankAfterData;

	private int lastRow;

	private long rowsInSheet;

	private SourceCell lastYear;

	private long dataRows;

	private boolean done;

	/**
	 * What a sheet reader needs of its file.
	 * @param fileId the file's ledger id
	 * @param fileName the file's name
	 * @param workbook whether the file has real sheets
	 * @param date1904 whether dates count from 1904
	 * @param maxRows the limit on rows per sheet
	 * @param resolver the geography resolver with the workbook's own mapping
	 * @param fields reads items' metrics and periods
	 * @param model the scoring model
	 */
	record FileContext(long fileId, String fileName, boolean workbook, boolean date1904, long maxRows,
			GeographyResolver resolver, ItemFields fields, ScoringModel model) {

		FileContext withResolver(GeographyResolver withMapping) {
			return new FileContext(this.fileId, this.fileName, this.workbook, this.date1904, this.maxRows, withMapping,
					this.fields, this.model);
		}

	}

	SheetReader(FileContext file, SheetPlan plan, Iterator<SourceRow> rows, PublishedValues published) {
		this.file = file;
		this.plan = plan;
		this.layout = plan.layout();
		this.rows = rows;
		this.published = published;
		this.lastRow = this.layout.headerRow();
		this.rollUp = plan.isUnits() ? new UnitRollUp(file, plan, file.fields()) : null;
	}

	long dataRows() {
		return this.dataRows;
	}

	/**
	 * Reads rows until something is queued; false once the sheet is done (its roll-up queued).
	 * @throws UnreadableFileException when the sheet has more rows than allowed
	 */
	boolean fill(Deque<IngestItem> pending) {
		while (pending.isEmpty()) {
			if (this.done) {
				return false;
			}
			if (!this.rows.hasNext()) {
				this.done = true;
				if (this.rollUp != null) {
					pending.addAll(this.rollUp.finish(this.published));
				}
				continue;
			}
			SourceRow row = nextRow();
			if (row.rowNumber() > this.layout.headerRow()) {
				dataRow(row, pending);
			}
		}
		return true;
	}

	private SourceRow nextRow() {
		if (++this.rowsInSheet > this.file.maxRows()) {
			throw new UnreadableFileException("too_large", sheetWords() + "has more than " + String.format("%,d",
					this.file.maxRows()) + " rows (stp.ingest.max-rows-per-sheet); split the file or raise the limit");
		}
		return this.rows.next();
	}

	/** Queues what one row below the header gives: observations, a unit's figures, or a note. */
	private void dataRow(SourceRow row, Deque<IngestItem> pending) {
		// Workbooks leave blank rows out of the file: a gap in their row numbers is a blank row. (A
		// CSV file keeps its blank lines, and its line numbers jump over quoted line breaks.)
		boolean gap = this.file.workbook() && row.rowNumber() > this.lastRow + 1;
		this.lastRow = row.rowNumber();
		if (row.isBlank() || gap) {
			this.blankAfterData = true;
		}
		if (row.isBlank()) {
			return;
		}
		SourceCell area = row.cell(this.layout.areaColumn());
		String aggregate;
		if (isFootnote(row)) {
			pending.add(note(row, null, IngestNote.SKIPPED, "footnote", firstText(row),
					"text below or beside the table ('" + shorten(firstText(row)) + "') is a note, not data"));
		}
		else if ((aggregate = aggregate(row, area)) != null) {
			pending.add(note(row, aggregateColumn(row, area), "aggregate", "aggregate_row", aggregate, aggregate.isBlank()
					? "the row has '-' or nothing in place of a code and name (as NHS England marks its England total): not an area"
					: "'" + aggregate.strip() + "' is an aggregate (England, a region or a total), not an area"));
		}
		else if (area.isBlank()) {
			pending.add(note(row, area.columnLetters(), IngestNote.REJECTED, "unknown_area", "",
					"the row has values but no area in column " + area.columnLetters()));
		}
		else {
			this.dataRows++;
			items(row, pending);
		}
	}

	private void items(SourceRow row, Deque<IngestItem> pending) {
		List<RowItem> items = this.layout.items(this.file.fileId(), this.file.fileName(), this.plan.name(), withYear(row),
				this.file.date1904());
		if (this.rollUp != null) {
			items.forEach(item -> this.rollUp.add(item, row, pending));
			return;
		}
		if (this.published.wanted(this.plan)) {
			items.forEach(this.published::capture);
		}
		pending.addAll(items);
	}

	/** A year cell merged down over its months is blank below its first row: the year above applies. */
	private SourceRow withYear(SourceRow row) {
		Integer column = this.layout.columns().get(Field.YEAR);
		if (column == null) {
			return row;
		}
		SourceCell year = row.cell(column);
		if (!year.isBlank()) {
			this.lastYear = year;
			return row;
		}
		if (this.lastYear == null) {
			return row;
		}
		List<SourceCell> cells = new java.util.ArrayList<>(row.cells());
		cells.removeIf(c -> c != null && c.column() == column);
		cells.add(new SourceCell(column, this.lastYear.text(), this.lastYear.number(), this.lastYear.date(), false, false));
		cells.sort(java.util.Comparator.comparingInt(SourceCell::column));
		return new SourceRow(row.rowNumber(), cells);
	}

	/**
	 * The text naming an aggregate: the place cell, or when that is blank or a placeholder another
	 * label cell of the row (such as "England" beside a "-" code); "" when the place and every
	 * label are placeholders; null if the row is not an aggregate.
	 */
	private String aggregate(SourceRow row, SourceCell area) {
		GeographyResolver resolver = this.file.resolver();
		if (resolver.isAggregate(area.text())) {
			return area.text();
		}
		if (!area.isBlank() && !placeholder(area)) {
			return null;
		}
		boolean anyLabel = false;
		for (SourceCell cell : row.cells()) {
			if (cell != null && !cell.isBlank() && cell.number() == null && isLabelColumn(cell.column())) {
				if (resolver.isAggregate(cell.text())) {
					return cell.text();
				}
				anyLabel |= !placeholder(cell);
			}
		}
		return placeholder(area) && !anyLabel ? "" : null;
	}

	private String aggregateColumn(SourceRow row, SourceCell area) {
		if (this.file.resolver().isAggregate(area.text())) {
			return area.columnLetters();
		}
		return row.cells().stream()
			.filter(c -> c != null && !c.isBlank() && isLabelColumn(c.column()) && this.file.resolver().isAggregate(c.text()))
			.map(SourceCell::columnLetters)
			.findFirst()
			.orElse(area.columnLetters());
	}

	private static boolean placeholder(SourceCell cell) {
		String text = cell.text().strip();
		return text.equals("-") || text.equals("--") || text.equals("\u2013");
	}

	/** A column that holds neither a value nor a field of the observation: a label such as a name. */
	private boolean isLabelColumn(int column) {
		return column != this.layout.areaColumn() && !this.layout.isDataColumn(column);
	}

	/** A single text cell (a note such as "Source: …"), below a blank row or starting like a note. */
	private boolean isFootnote(SourceRow row) {
		List<SourceCell> filled = row.cells().stream().filter(c -> c != null && !c.isBlank()).toList();
		if (filled.size() != 1 || filled.get(0).number() != null) {
			return false;
		}
		String text = filled.get(0).text().strip().toLowerCase(Locale.ROOT);
		return this.blankAfterData || text.length() > 60 || FOOTNOTE_STARTS.stream().anyMatch(text::startsWith);
	}

	private IngestNote note(SourceRow row, String column, String status, String reasonClass, String raw, String reason) {
		String where = Where.cell(this.plan.name(), column, row.rowNumber());
		return new IngestNote(this.file.fileId(), this.plan.name(), row.rowNumber(), column, status, reasonClass, raw,
				where + ": " + reason);
	}

	private static String firstText(SourceRow row) {
		return row.cells().stream().filter(c -> c != null && !c.isBlank()).findFirst().map(SourceCell::text).orElse("");
	}

	private static String shorten(String text) {
		String strip = text.strip();
		return strip.length() > 60 ? strip.substring(0, 57) + "..." : strip;
	}

	private String sheetWords() {
		return this.file.workbook() ? "Sheet \"" + this.plan.name() + "\": " : "";
	}

}
