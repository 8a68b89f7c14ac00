package uk.nhs.stp.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import uk.nhs.stp.ingest.TableSource;
import uk.nhs.stp.ingest.UnreadableFileException;

/**
 * Opens an input file by what its bytes are, not only by its name: an xlsx is a zip, an xls an
 * OLE2 container, anything else is read as text only when it is named .csv or .txt. Whatever
 * cannot be opened is an {@link UnreadableFileException} with a plain-English reason.
 */
public final class TableSources {

	/** File extensions the ingest reads. */
	public static final Set<String> EXTENSIONS = Set.of("csv", "txt", "xlsx", "xlsm", "xls");

	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private TableSources() {
	}

	public static TableSource open(Path file) {
		String extension = extension(file);
		try {
			if (Files.size(file) == 0) {
				throw new UnreadableFileException("empty_file", "the file is empty (0 bytes)");
			}
			byte[] head = head(file);
			if (startsWith(head, ZIP)) {
				return openXlsx(file);
			}
			if (startsWith(head, OLE2)) {
				return openOle2(file);
			}
			if (extension.equals("csv") || extension.equals("txt")) {
				return new CsvTableSource(file);
			}
			if (EXTENSIONS.contains(extension)) {
				throw new UnreadableFileException("not_a_spreadsheet", "the file is named ." + extension
						+ " but is not an Excel workbook (its content looks like text or another format)");
			}
			throw new UnreadableFileException("not_a_spreadsheet",
					"not a spreadsheet: only .xlsx, .xlsm, .xls, .csv and .txt files are read");
		}
		catch (IOException ex) {
			throw new UnreadableFileException("corrupt_file", "the file could not be read: " + ex.getMessage(), ex);
		}
	}

	/** An entry inflating to more than this, at a ratio above {@link #MAX_RATIO}, is a zip bomb. */
	private static final long BOMB_SIZE = 100L * 1024 * 1024;

	/** POI's own limit (ZipSecureFile's minimum inflate ratio 0.01) as a ratio. */
	private static final long MAX_RATIO = 100;

	private static TableSource openXlsx(Path file) {
		checkNotABomb(file);
		checkNoDoctype(file);
		checkSizes(file);
		try {
			return new XlsxTableSource(file);
		}
		catch (IOException | ExcelReaderException | IllegalStateException ex) {
			throw new UnreadableFileException("corrupt_file",
					"the workbook is damaged or incomplete and cannot be opened (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * fastexcel does not guard against zip bombs as POI's ZipSecureFile does, so the same rule is
	 * applied to the zip's directory before reading: an entry that inflates over 100 MB at more than
	 * 100 times its compressed size is refused. (A directory that lies about sizes is caught by the
	 * row limit per sheet instead.)
	 */
	private static void checkNotABomb(Path file) {
		try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
			for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
				long size = entry.getSize();
				long compressed = Math.max(1, entry.getCompressedSize());
				if (size > BOMB_SIZE && size / compressed > MAX_RATIO) {
					throw new UnreadableFileException("zip_bomb", "the workbook part " + entry.getName() + " would inflate "
							+ size / compressed + " times to " + size / (1024 * 1024) + " MB: refused as a possible zip bomb");
				}
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException("corrupt_file",
					"the workbook is damaged or incomplete and cannot be opened (" + ex.getMessage() + ")", ex);
		}
	}

	/** Rows of more cells than Excel allows, or texts of tens of millions of characters, are refused. */
	private static void checkSizes(Path file) {
		try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
			XlsxGuard.check(zip);
		}
		catch (IOException ex) {
			throw new UnreadableFileException("corrupt_file",
					"the workbook is damaged or incomplete and cannot be opened (" + ex.getMessage() + ")", ex);
		}
	}

	/** An Excel 97-2003 workbook is read whole (HSSF), so one larger than this is refused. */
	private static final long MAX_XLS_BYTES = 64L * 1024 * 1024;

	/** Reads no DTD and resolves no entity: used only to look at each part's prolog. */
	private static final XMLInputFactory PROLOG_READER = prologReader();

	/** How much of a part is read looking for its root element. */
	private static final int PROLOG_BYTES = 64 * 1024;

	private static XMLInputFactory prologReader() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	/**
	 * Excel never writes a DTD, and one in a workbook part is how XML entity attacks (external
	 * entities, "billion laughs") are made. fastexcel's parser neither loads DTDs nor expands
	 * entities, but it fails only when an entity is used, after reading the rows before it; so a
	 * part whose prolog declares a DTD is refused before anything is read.
	 */
	private static void checkNoDoctype(Path file) {
		try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
			for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if ((name.endsWith(".xml") || name.endsWith(".rels")) && declaresDtd(zip, entry)) {
					throw new UnreadableFileException("corrupt_file", "the workbook part " + entry.getName()
							+ " declares a DTD (<!DOCTYPE ...>), which Excel never writes: refused as a possible XML entity attack");
				}
			}
		}
		catch (IOException ex) {
			throw new UnreadableFileException("corrupt_file",
					"the workbook is damaged or incomplete and cannot be opened (" + ex.getMessage() + ")", ex);
		}
	}

	/** Whether a part's prolog, before its root element, holds a DOCTYPE (malformed XML is left to the reader). */
	private static boolean declaresDtd(ZipFile zip, ZipArchiveEntry entry) throws IOException {
		byte[] head;
		try (InputStream in = zip.getInputStream(entry)) {
			head = in.readNBytes(PROLOG_BYTES);
		}
		try {
			XMLStreamReader reader = PROLOG_READER.createXMLStreamReader(new java.io.ByteArrayInputStream(head));
			try {
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.DTD) {
						return true;
					}
					if (event == XMLStreamConstants.START_ELEMENT) {
						return false;
					}
				}
				return false;
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			return false;
		}
	}

	/** OLE2 is either a legacy .xls or an encrypted (password-protected) xlsx. */
	private static TableSource openOle2(Path file) throws IOException {
		if (Files.size(file) > MAX_XLS_BYTES) {
			throw new UnreadableFileException("too_large", "an Excel 97-2003 (.xls) workbook of "
					+ Files.size(file) / (1024 * 1024) + " MB: such workbooks are read whole, so those over "
					+ MAX_XLS_BYTES / (1024 * 1024) + " MB are refused; save it as .xlsx (which is streamed) and drop that");
		}
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			if (fs.getRoot().hasEntry("EncryptionInfo")) {
				throw passwordProtected();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableFileException unreadable) {
				throw unreadable;
			}
			throw new UnreadableFileException("corrupt_file", "the workbook is damaged and cannot be opened (" + ex.getMessage() + ")", ex);
		}
		try {
			return new XlsTableSource(file);
		}
		catch (EncryptedDocumentException ex) {
			throw passwordProtected();
		}
		catch (RuntimeException ex) {
			throw new UnreadableFileException("corrupt_file",
					"the Excel 97-2003 workbook is damaged and cannot be opened (" + ex.getMessage() + ")", ex);
		}
	}

	private static UnreadableFileException passwordProtected() {
		return new UnreadableFileException("password_protected",
				"password protected: save an unprotected copy and drop that instead");
	}

	static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8);
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
