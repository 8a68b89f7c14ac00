package uk.nhs.stp.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import uk.nhs.stp.ingest.UnreadableFileException;

/**
 * Refuses a workbook that would exhaust memory before fastexcel builds its rows, which it does a
 * whole row at a time: a row of more cells than Excel's 16,384 columns (a "header of millions of
 * columns") near the top of a sheet, or a text of more than {@value #MAX_TEXT} characters in the
 * shared strings or the first rows. Only the first {@value #HEAD_ROWS} rows of each sheet are
 * looked at, so the check costs almost nothing on a large, honest workbook. Written by hand
 * because fastexcel has no such limits.
 */
final class XlsxGuard {

	static final int MAX_CELLS = 16_384;

	static final int MAX_TEXT = 10_000_000;

	static final int HEAD_ROWS = 2_000;

	private static final XMLInputFactory FACTORY = factory();

	private XlsxGuard() {
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

	static void check(ZipFile zip) throws IOException {
		for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
			String name = entry.getName().toLowerCase(Locale.ROOT);
			if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
				scan(zip, entry, true);
			}
			else if (name.equals("xl/sharedstrings.xml")) {
				scan(zip, entry, false);
			}
		}
	}

	/** Reads a part's rows (a worksheet: its first rows) counting cells per row and characters per text. */
	private static void scan(ZipFile zip, ZipArchiveEntry entry, boolean worksheet) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
			try {
				new Counts(entry.getName(), worksheet).read(xml);
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException malformed) {
			// left to the reader, which rejects a damaged workbook with its own reason
		}
	}

	/** The running counts of one part. */
	private static final class Counts {

		private final String part;

		private final boolean worksheet;

		private int rows;

		private int cells;

		private long text;

		Counts(String part, boolean worksheet) {
			this.part = part;
			this.worksheet = worksheet;
		}

		void read(XMLStreamReader xml) throws XMLStreamException {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT && !element(xml.getLocalName())) {
					return;
				}
				if (event == XMLStreamConstants.CHARACTERS && (this.text += xml.getTextLength()) > MAX_TEXT) {
					throw refused("holds a text of more than " + String.format("%,d", MAX_TEXT) + " characters");
				}
				if (event == XMLStreamConstants.END_ELEMENT && (xml.getLocalName().equals("si") || xml.getLocalName().equals("c"))) {
					this.text = 0;
				}
			}
		}

		/** Counts an element; false once a worksheet's first rows are all seen. */
		private boolean element(String name) {
			if (name.equals("row")) {
				this.cells = 0;
				return !this.worksheet || ++this.rows <= HEAD_ROWS;
			}
			if (name.equals("c") && ++this.cells > MAX_CELLS) {
				throw refused("has a row of more than " + String.format("%,d", MAX_CELLS) + " cells (Excel's column limit)");
			}
			return true;
		}

		private UnreadableFileException refused(String what) {
			return new UnreadableFileException("too_large", "the workbook part " + this.part + " " + what
					+ ": refused rather than read into memory");
		}

	}

}
