package uk.nhs.stp.ingest.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.TableSource;
import uk.nhs.stp.ingest.UnreadableFileException;

/**
 * A comma-, tab-, semicolon- or bar-separated text file, streamed with commons-csv. Rows are
 * numbered by line, as a spreadsheet program shows the file; comment lines starting with {@code #}
 * are notes above the table and are not data. The separator is the one that splits the first
 * lines most consistently, so a title or filter line above the header does not mislead it. A
 * record longer than {@value #MAX_RECORD} characters or wider than Excel's {@value #MAX_COLUMNS}
 * columns is refused before it can exhaust memory.
 */
final class CsvTableSource implements TableSource {

	/** Characters a record may have: far more than any real row, far less than would exhaust a 256 MB heap. */
	static final long MAX_RECORD = 10_000_000;

	/** Columns a record may have: Excel's own limit. */
	static final int MAX_COLUMNS = 16_384;

	private static final char[] SEPARATORS = { ',', '\t', ';', '|' };

	private final Path file;

	private CSVParser parser;

	CsvTableSource(Path file) {
		this.file = file;
	}

	@Override
	public List<String> sheetNames() {
		return List.of("");
	}

	@Override
	public boolean isWorkbook() {
		return false;
	}

	@Override
	public Iterator<SourceRow> rows(int sheetIndex) throws IOException {
		close();
		TextEncoding.Detected encoding = TextEncoding.detect(this.file);
		CharsetDecoder decoder = encoding.charset()
			.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		BufferedReader reader = new BufferedReader(
				new LineGuard(new InputStreamReader(Files.newInputStream(this.file), decoder), MAX_RECORD));
		if (encoding.bom()) {
			reader.read();
		}
		char delimiter = sniffDelimiter(reader);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setCommentMarker('#')
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(false)
			.setMaxRows(0)
			.get();
		this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
		return new RowIterator(this.parser);
	}

	/**
	 * The separator that splits the most of the first lines (up to 30) into the same number of
	 * fields, at least two; comma when none does.
	 */
	static char sniffDelimiter(BufferedReader reader) throws IOException {
		reader.mark(1 << 16);
		char[] buffer = new char[1 << 15];
		int read = Math.max(reader.read(buffer), 0);
		reader.reset();
		String[] lines = new String(buffer, 0, read).split("\r?\n", 31);
		char best = ',';
		int bestLines = 0;
		for (char separator : SEPARATORS) {
			int consistent = consistentLines(lines, separator);
			if (consistent > bestLines) {
				best = separator;
				bestLines = consistent;
			}
		}
		return best;
	}

	/** How many of the lines the separator splits into the commonest count of fields (above one). */
	private static int consistentLines(String[] lines, char separator) {
		java.util.Map<Integer, Integer> byCount = new java.util.HashMap<>();
		for (int i = 0; i < Math.min(lines.length, 30); i++) {
			int count = 0;
			boolean quoted = false;
			for (char c : lines[i].toCharArray()) {
				quoted ^= c == '"';
				count += !quoted && c == separator ? 1 : 0;
			}
			if (count > 0) {
				byCount.merge(count, 1, Integer::sum);
			}
		}
		return byCount.values().stream().mapToInt(Integer::intValue).max().orElse(0);
	}

	@Override
	public void close() throws IOException {
		if (this.parser != null) {
			this.parser.close();
			this.parser = null;
		}
	}

	private static final class RowIterator implements Iterator<SourceRow> {

		private final Iterator<CSVRecord> records;

		private final CSVParser parser;

		RowIterator(CSVParser parser) {
			this.parser = parser;
			this.records = parser.iterator();
		}

		@Override
		public boolean hasNext() {
			try {
				return this.records.hasNext();
			}
			catch (UncheckedIOException ex) {
				throw unreadable(ex);
			}
		}

		@Override
		public SourceRow next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			CSVRecord record = this.records.next();
			if (record.size() > MAX_COLUMNS) {
				throw new UnreadableFileException("too_large", "line " + this.parser.getCurrentLineNumber() + " has "
						+ String.format("%,d", record.size()) + " columns, more than Excel's " + String.format("%,d", MAX_COLUMNS)
						+ ": refused as not a table");
			}
			List<SourceCell> cells = new ArrayList<>(record.size());
			for (int i = 0; i < record.size(); i++) {
				cells.add(SourceCell.text(i, record.get(i)));
			}
			return new SourceRow((int) this.parser.getCurrentLineNumber(), cells);
		}

		private static UnreadableFileException unreadable(UncheckedIOException ex) {
			String message = ex.getCause() instanceof java.nio.charset.CharacterCodingException
					? "the text is neither UTF-8 nor Windows-1252 throughout (mixed encodings): save it again as CSV UTF-8"
					: "the text could not be read: " + ex.getMessage();
			return new UnreadableFileException("corrupt_file", message, ex);
		}

	}

}
