package uk.nhs.stp.ingest.source;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

import uk.nhs.stp.ingest.UnreadableFileException;

/**
 * Stops reading a text file whose record grows past a limit before the CSV parser builds it in
 * memory: a one-line 50 MB file, or a quoted cell of tens of millions of characters, is refused
 * with a reason instead of exhausting the heap. Counts the characters since the last line break
 * outside double quotes, so a quoted cell with line breaks counts as one record. Written by hand:
 * commons-csv has a row limit but no record-size limit.
 */
final class LineGuard extends FilterReader {

	private final long maxRecord;

	private long sinceBreak;

	private long line = 1;

	private boolean quoted;

	LineGuard(Reader in, long maxRecord) {
		super(in);
		this.maxRecord = maxRecord;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			count((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		for (int i = offset; i < offset + read; i++) {
			count(buffer[i]);
		}
		return read;
	}

	private void count(char c) {
		if (c == '"') {
			this.quoted = !this.quoted;
		}
		if (c == '\n') {
			this.line++;
			if (!this.quoted) {
				this.sinceBreak = 0;
				return;
			}
		}
		if (++this.sinceBreak > this.maxRecord) {
			throw new UnreadableFileException("too_large", "the record starting before line " + this.line + " is longer than "
					+ String.format("%,d", this.maxRecord) + " characters (a line or a quoted cell that never ends): "
					+ "refused rather than read into memory; check the file was saved as a table");
		}
	}

}
