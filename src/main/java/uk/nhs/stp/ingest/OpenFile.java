package uk.nhs.stp.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A file being read: walks its sheets, finds each sheet's header, and yields its data rows (and a
 * note for each sheet without a header), one item at a time so memory stays flat.
 */
final class OpenFile implements AutoCloseable {

	private final long fileId;

	private final String fileName;

	private final TableSource source;

	private final List<String> sheets;

	private int sheetIndex = -1;

	private String sheet;

	private Iterator<SourceRow> rows;

	private LongLayout layout;

	private final List<SourceRow> lookahead = new ArrayList<>();

	private final List<String> sheetsWithoutHeader = new ArrayList<>();

	private long itemsEmitted;

	private long dataRows;

	OpenFile(long fileId, String fileName, TableSource source) throws IOException {
		this.fileId = fileId;
		this.fileName = fileName;
		this.source = source;
		this.sheets = source.sheetNames();
	}

	/**
	 * The next row or sheet note, or null when the file is done.
	 * @throws UnreadableFileException if the file turns out to be damaged
	 */
	IngestItem next() throws IOException {
		while (true) {
			if (this.rows == null && !nextSheet()) {
				return null;
			}
			IngestItem item = this.layout == null ? findHeader() : nextDataRow();
			if (item != null) {
				this.itemsEmitted++;
				return item;
			}
		}
	}

	/** Re-reads (and drops) the items already handed out before a restart. */
	void skip(long items) throws IOException {
		for (long i = 0; i < items; i++) {
			if (next() == null) {
				return;
			}
		}
	}

	long itemsEmitted() {
		return this.itemsEmitted;
	}

	long dataRows() {
		return this.dataRows;
	}

	/** Why nothing could be read, when no sheet had a header; empty if some sheet did. */
	Optional<String> noHeaderReason() {
		if (this.sheetsWithoutHeader.size() < this.sheets.size()) {
			return Optional.empty();
		}
		String where = this.source.isWorkbook() ? "no sheet has" : "the file has no";
		return Optional.of(where + " a header row naming the columns " + LongLayout.REQUIRED_NAMES + " in its first "
				+ LongLayout.HEADER_SEARCH_ROWS + " rows");
	}

	private boolean nextSheet() throws IOException {
		this.sheetIndex++;
		if (this.sheetIndex >= this.sheets.size()) {
			return false;
		}
		this.sheet = this.sheets.get(this.sheetIndex);
		this.rows = this.source.rows(this.sheetIndex);
		this.layout = null;
		this.lookahead.clear();
		return true;
	}

	/** Reads up to the header search depth; returns a note if the sheet has no header. */
	private IngestItem findHeader() {
		while (this.rows.hasNext() && this.lookahead.size() < LongLayout.HEADER_SEARCH_ROWS) {
			SourceRow row = this.rows.next();
			Optional<LongLayout> header = LongLayout.fromHeader(row);
			if (header.isPresent()) {
				this.layout = header.get();
				this.lookahead.clear();
				return null;
			}
			this.lookahead.add(row);
		}
		this.sheetsWithoutHeader.add(this.sheet);
		this.rows = null;
		if (!this.source.isWorkbook() || this.lookahead.stream().allMatch(SourceRow::isBlank)) {
			return null;
		}
		return new IngestNote(this.fileId, this.sheet, null, null, IngestNote.SKIPPED, "no_header",
				null, "Sheet \"" + this.sheet + "\" skipped: no header row naming the columns " + LongLayout.REQUIRED_NAMES
						+ " in its first " + LongLayout.HEADER_SEARCH_ROWS + " rows");
	}

	private IngestItem nextDataRow() {
		while (this.rows.hasNext()) {
			SourceRow row = this.rows.next();
			if (!row.isBlank()) {
				this.dataRows++;
				return new RowItem(this.fileId, this.fileName, this.sheet, row.rowNumber(), this.layout.cells(row));
			}
		}
		this.rows = null;
		return null;
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

}
