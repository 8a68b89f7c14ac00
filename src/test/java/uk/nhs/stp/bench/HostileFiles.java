package uk.nhs.stp.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes files made to exhaust a reader's memory, small on disk: a one-line 50 MB CSV; an xlsx
 * whose header row has two million cells; an xlsx with a cell of 30 million characters. The xlsx
 * parts are written directly (the minimal parts Excel needs), since no writer makes such sheets.
 */
final class HostileFiles {

	private HostileFiles() {
	}

	static Path oneLineCsv(Path file, long bytes) throws IOException {
		String chunk = "E54000005,ae_4hr,2017-04,85.2,";
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
			out.write("area_code,metric,period,value\n");
			for (long written = 0; written < bytes; written += chunk.length()) {
				out.write(chunk);
			}
			out.write("\n");
		}
		return file;
	}

	static Path wideHeaderXlsx(Path file, int cells) throws IOException {
		return xlsx(file, sheet -> {
			sheet.write("<row r=\"1\">");
			for (int i = 0; i < cells; i++) {
				sheet.write("<c t=\"inlineStr\"><is><t>h</t></is></c>");
			}
			sheet.write("</row>");
		});
	}

	static Path longCellXlsx(Path file, int characters) throws IOException {
		return xlsx(file, sheet -> {
			sheet.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>area_code</t></is></c>"
					+ "<c r=\"B1\" t=\"inlineStr\"><is><t>value</t></is></c></row>");
			sheet.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>E54000005</t></is></c>"
					+ "<c r=\"B2\" t=\"inlineStr\"><is><t>");
			char[] block = new char[1 << 16];
			java.util.Arrays.fill(block, 'A');
			for (int written = 0; written < characters; written += block.length) {
				sheet.write(block, 0, Math.min(block.length, characters - written));
			}
			sheet.write("</t></is></c></row>");
		});
	}

	/** Writes the rows of a sheet into a workbook's sheet part. */
	@FunctionalInterface
	private interface SheetRows {

		void write(Writer sheet) throws IOException;

	}

	private static Path xlsx(Path file, SheetRows rows) throws IOException {
		try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
			part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
			part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
					+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			Writer sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
			sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			rows.write(sheet);
			sheet.write("</sheetData></worksheet>");
			sheet.flush();
			zip.closeEntry();
		}
		return file;
	}

	private static void part(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
