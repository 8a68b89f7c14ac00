package uk.nhs.stp.ingest.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.LayoutOverride;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.TableSource;
import uk.nhs.stp.ingest.UnreadableFileException;
import uk.nhs.stp.domain.Where;
import uk.nhs.stp.ingest.layout.LayoutDetector;
import uk.nhs.stp.ingest.layout.SheetLayout;

/**
 * A file being read: walks its sheets, detects each sheet's layout, and hands out one item at a
 * time so memory stays flat: a candidate observation per value cell, and a note for each sheet
 * skipped and each aggregate, footnote or area-less row. The same sequence comes out every time
 * the file is read, which is what lets a restart skip the items already handed out.
 */
public final class OpenFile implements AutoCloseable {

	private static final List<String> FOOTNOTE_STARTS = List.of("note", "source", "*", "\u2020", "\u2021", "^",
			"(1)", "1.", "1 ", "figures", "data ", "please", "contact", "copyright", "\u00a9", "published", "symbol",
			"key", "..", "- ", "c =", "x =", "z =", "totals");

	private final long fileId;

	private final String fileName;

	private final TableSource source;

	private final IngestMappings mappings;

	private final LayoutDetector detector;

	private final long maxRowsPerSheet;

	private final List<String> sheets;

	private final List<String> sheetReports = new ArrayList<>();

	private final Deque<IngestItem> pending = new ArrayDeque<>();

	private final List<SourceRow> lookahead = new ArrayList<>();

	private int sheetIndex = -1;

	private String sheet;

	private Iterator<SourceRow> rows;

	private SheetLayout layout;

	private boolean blankAfterData;

	/** The row number of the header or the last data row read, to see the blank rows a workbook leaves out. */
	private int lastRow;

	private long rowsInSheet;

	private int sheetsRead;

	private long itemsEmitted;

	private long dataRows;

	public OpenFile(long fileId, String fileName, TableSource source, IngestMappings mappings, long maxRowsPerSheet)
			throws IOException {
		this.fileId = fileId;
		this.fileName = fileName;
		this.source = source;
		this.mappings = mappings;
		this.detector = new LayoutDetector(mappings);
		this.maxRowsPerSheet = maxRowsPerSheet;
		this.sheets = source.sheetNames();
	}

	/**
	 * The next item, or null when the file is done.
	 * @throws UnreadableFileException if the file turns out to be damaged or too large
	 */
	public IngestItem next() throws IOException {
		while (this.pending.isEmpty()) {
			if (this.rows == null && !nextSheet()) {
				return null;
			}
			if (this.layout == null) {
				findLayout();
			}
			else {
				nextDataRow();
			}
		}
		this.itemsEmitted++;
		return this.pending.poll();
	}

	/** Re-reads (and drops) the items already handed out before a restart. */
	public void skip(long items) throws IOException {
		for (long i = 0; i < items; i++) {
			if (next() == null) {
				return;
			}
		}
	}

	public long itemsEmitted() {
		return this.itemsEmitted;
	}

	/** Data rows read so far (rows of a detected table that are not blank, notes or aggregates). */
	public long dataRows() {
		return this.dataRows;
	}

	/** For each sheet, its layout or why it was skipped (for the {@code check} command). */
	public List<String> sheetReports() {
		return List.copyOf(this.sheetReports);
	}

	/** Why nothing could be read, when no sheet had a table; empty if some sheet did. */
	public Optional<String> noHeaderReason() {
		if (this.sheetsRead > 0) {
			return Optional.empty();
		}
		return Optional.of((this.source.isWorkbook() ? "no sheet has" : "the file has no")
				+ " a table this pipeline can read: " + String.join("; ", this.sheetReports));
	}

	private boolean nextSheet() throws IOException {
		this.sheetIndex++;
		if (this.sheetIndex >= this.sheets.size()) {
			return false;
		}
		this.sheet = this.sheets.get(this.sheetIndex);
		this.rows = this.source.rows(this.sheetIndex);
		this.layout = null;
		this.blankAfterData = false;
		this.rowsInSheet = 0;
		this.lookahead.clear();
		return true;
	}

	private void findLayout() {
		Optional<LayoutOverride> override = this.mappings.layoutFor(this.fileName, this.sheet);
		if (override.filter(LayoutOverride::skip).isPresent()) {
			skipSheet("set aside by jobs/mappings/layouts.yml", "declared_skip");
			return;
		}
		while (this.rows.hasNext() && this.lookahead.size() < LayoutDetector.HEADER_SEARCH_ROWS) {
			this.lookahead.add(nextRow());
		}
		if (this.lookahead.stream().allMatch(SourceRow::isBlank)) {
			this.sheetReports.add(sheetName() + "empty");
			this.rows = null;
			return;
		}
		LayoutDetector.Detection detection = this.detector.detect(this.sheet, this.lookahead, override,
				this.source.isDate1904());
		if (detection.layout() == null) {
			skipSheet(detection.failure(), "no_header");
			return;
		}
		this.layout = detection.layout();
		this.sheetsRead++;
		this.sheetReports.add(sheetName() + this.layout.describe());
		this.lastRow = this.layout.headerRow();
		List<SourceRow> dataRows = new ArrayList<>(this.lookahead.subList(detection.headerIndex() + 1, this.lookahead.size()));
		this.lookahead.clear();
		dataRows.forEach(this::dataRow);
	}

	private void skipSheet(String reason, String reasonClass) {
		this.sheetReports.add(sheetName() + "skipped: " + reason);
		this.rows = null;
		if (this.source.isWorkbook()) {
			this.pending.add(new IngestNote(this.fileId, this.sheet, null, null, IngestNote.SKIPPED, reasonClass, null,
					"Sheet \"" + this.sheet + "\" skipped: " + reason));
		}
	}

	private void nextDataRow() {
		if (!this.rows.hasNext()) {
			this.rows = null;
			return;
		}
		dataRow(nextRow());
	}

	private SourceRow nextRow() {
		if (++this.rowsInSheet > this.maxRowsPerSheet) {
			throw new UnreadableFileException("too_large", sheetName() + "has more than " + String.format("%,d",
					this.maxRowsPerSheet) + " rows (stp.ingest.max-rows-per-sheet); split the file or raise the limit");
		}
		return this.rows.next();
	}

	/** Queues what one row below the header gives: observations, or a note on why it gives none. */
	private void dataRow(SourceRow row) {
		// Workbooks leave blank rows out of the file: a gap in their row numbers is a blank row. (A
		// CSV file keeps its blank lines, and its line numbers jump over quoted line breaks.)
		boolean gap = this.source.isWorkbook() && row.rowNumber() > this.lastRow + 1;
		this.lastRow = row.rowNumber();
		if (row.isBlank() || gap) {
			this.blankAfterData = true;
		}
		if (row.isBlank()) {
			return;
		}
		SourceCell area = row.cell(this.layout.areaColumn());
		SourceCell aggregate;
		if (isFootnote(row)) {
			this.pending.add(note(row, null, IngestNote.SKIPPED, "footnote", firstText(row),
					"text below or beside the table ('" + shorten(firstText(row)) + "') is a note, not data"));
		}
		else if ((aggregate = aggregateCell(row, area)) != null) {
			this.pending.add(note(row, aggregate.columnLetters(), "aggregate", "aggregate_row", aggregate.text(),
					"'" + aggregate.text().strip() + "' is an aggregate (England, a region or a total), not an area"));
		}
		else if (area.isBlank()) {
			this.pending.add(note(row, area.columnLetters(), IngestNote.REJECTED, "unknown_area", "",
					"the row has values but no area in column " + area.columnLetters()));
		}
		else {
			this.dataRows++;
			this.pending.addAll(this.layout.items(this.fileId, this.fileName, this.sheet, row, this.source.isDate1904()));
		}
	}

	/**
	 * The cell naming an aggregate (England, a region, a total): the area cell, or when that is
	 * blank another label cell of the row (such as "STP name" beside a blank "STP code" on a
	 * region's subtotal row); null if none.
	 */
	private SourceCell aggregateCell(SourceRow row, SourceCell area) {
		if (!area.isBlank()) {
			return this.mappings.isAggregate(area.text()) ? area : null;
		}
		for (SourceCell cell : row.cells()) {
			if (cell != null && cell.number() == null && !cell.isBlank() && isLabelColumn(cell.column())
					&& this.mappings.isAggregate(cell.text())) {
				return cell;
			}
		}
		return null;
	}

	/** A column that holds neither a value nor a field of the observation: a label such as a name. */
	private boolean isLabelColumn(int column) {
		return !this.layout.columns().containsValue(column)
				&& this.layout.valueColumns().stream().noneMatch(v -> v.column() == column);
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
		String where = Where.cell(this.sheet, column, row.rowNumber());
		return new IngestNote(this.fileId, this.sheet, row.rowNumber(), column, status, reasonClass, raw,
				where + ": " + reason);
	}

	private static String firstText(SourceRow row) {
		return row.cells().stream().filter(c -> c != null && !c.isBlank()).findFirst().map(SourceCell::text).orElse("");
	}

	private static String shorten(String text) {
		String strip = text.strip();
		return strip.length() > 60 ? strip.substring(0, 57) + "..." : strip;
	}

	private String sheetName() {
		return this.source.isWorkbook() ? "Sheet \"" + this.sheet + "\": " : "";
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

}
