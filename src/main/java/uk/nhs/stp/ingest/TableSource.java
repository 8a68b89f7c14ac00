package uk.nhs.stp.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * A spreadsheet or text table opened for streaming: its sheets, and the rows of one sheet at a
 * time, so memory does not grow with the file. A CSV file has one sheet with an empty name.
 */
public interface TableSource extends Closeable {

	List<String> sheetNames() throws IOException;

	/**
	 * Streams the rows of one sheet; the previous sheet's stream is closed.
	 * @throws UnreadableFileException if the sheet cannot be read
	 */
	Iterator<SourceRow> rows(int sheetIndex) throws IOException;

	/** Whether this source has real sheets (a workbook) rather than a single text table. */
	boolean isWorkbook();

	/** Whether the sheet is hidden, its hidden columns and merged ranges, as far as the reader knows them. */
	default SheetInfo sheetInfo(int sheetIndex) throws IOException {
		return SheetInfo.VISIBLE;
	}

	/** Whether date serials count from 1904 (Excel for Mac's old date system) rather than 1900. */
	default boolean isDate1904() {
		return false;
	}

}
