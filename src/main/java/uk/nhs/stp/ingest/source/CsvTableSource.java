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
 * A comma- or tab-separated text file, streamed with commons-csv. Rows are numbered by line, as
 * a spreadsheet program shows the file; comment lines starting with {@code #} are notes above the
 * table and are not data.
 */
final class CsvTableSource implements TableSource {

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
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(this.file), decoder));
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

	/** Tab if the first line has more tabs than commas, else comma. */
	private static char sniffDelimiter(BufferedReader reader) throws IOException {
		reader.mark(1 << 16);
		char[] buffer = new char[1 << 15];
		int read = reader.read(buffer);
		reader.reset();
		int tabs = 0;
		int commas = 0;
		for (int i = 0; i < Math.max(read, 0); i++) {
			char c = buffer[i];
			if (c == '\n') {
				if (tabs + commas > 0) {
					break;
				}
				continue;
			}
			if (c == '\t') {
				tabs++;
			}
			else if (c == ',') {
				commas++;
			}
		}
		return tabs > commas ? '\t' : ',';
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
