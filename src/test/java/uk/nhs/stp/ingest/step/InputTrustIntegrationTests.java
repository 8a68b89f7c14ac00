package uk.nhs.stp.ingest.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import uk.nhs.stp.IntegrationTestSupport;
import uk.nhs.stp.ingest.TestWorkbooks;

/**
 * The input folder is the trust boundary. Hostile content run through the real job: formulas,
 * Spring expression language, property placeholders and log4j-style lookups in cells and file names
 * are stored and reported as the literal text they are, never evaluated; a workbook's macros never
 * run and its formulas are never recalculated (their cached values are read); the reports hold no
 * formula at all; names with newlines and sheet names with {@code ../} go nowhere but the archive
 * and rejected folders; a symbolic link is rejected, never followed.
 */
class InputTrustIntegrationTests extends IntegrationTestSupport {

	private static final String PWNED = "stp.pwned";

	@Test
	void nothingFromTheInputFolderIsExecutedOrEvaluated() throws Exception {
		// given: the sample (so there is a report), a CSV whose every text column is hostile, files
		// named with expression language, and a macro workbook whose formula's cached value is not 1+1
		copySample();
		write("hostile-values.csv", """
				area_code,metric,period,value
				"=HYPERLINK(""http://example.invalid"",""click"")",ae_4hr,Mar-19,1
				E54000005,"#{T(java.lang.System).setProperty('stp.pwned','spel')}",Mar-19,1
				E54000005,ae_4hr,${java.version},1
				E54000005,ae_4hr,Mar-19,${jndi:ldap://127.0.0.1:1/x}
				E54000005,ae_4hr,Mar-19,=1+1
				""");
		write("#{T(java.lang.System).setProperty('stp.pwned','name')}.csv", "area_code,metric,period,value\nE54000005,rtt_18wk,Mar-19,80.1\n");
		write("${user.home}.csv", "area_code,metric,period,value\nE54000005,rtt_18wk,Mar-19,80.2\n");
		Path macros = macroWorkbook(INPUT.resolve("with-macros.xlsm"));
		// when
		assertThat(runJob().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// then: nothing was evaluated
		assertThat(System.getProperty(PWNED)).isNull();
		assertThat(this.jdbcTemplate.queryForList("SELECT FILE_NAME FROM STP_FILE", String.class))
			.contains("#{T(java.lang.System).setProperty('stp.pwned','name')}.csv", "${user.home}.csv", "with-macros.xlsm");
		assertThat(this.jdbcTemplate.queryForList("SELECT RAW_VALUE FROM STP_INGEST_EVENT WHERE STATUS = 'rejected'",
				String.class))
			.contains("=HYPERLINK(\"http://example.invalid\",\"click\")",
					"#{T(java.lang.System).setProperty('stp.pwned','spel')}", "${java.version}",
					"${jndi:ldap://127.0.0.1:1/x}", "=1+1");
		// and the macro workbook's values are its cached ones (85.5, not the formula's 2), its macros inert
		assertThat(this.jdbcTemplate.queryForObject("SELECT STATUS FROM STP_FILE WHERE FILE_NAME = 'with-macros.xlsm'",
				String.class)).isEqualTo("loaded");
		assertThat(macros).doesNotExist();
		assertThat(exportedValue("with-macros.xlsm")).isEqualTo("85.5");
		// and every report is formula-free: hostile text is a string cell
		List<String> strings = new ArrayList<>();
		try (Stream<Path> reports = Files.list(OUTPUT)) {
			for (Path workbook : reports.filter(p -> p.toString().endsWith(".xlsx")).toList()) {
				strings.addAll(stringCellsWithoutAnyFormula(workbook));
			}
		}
		assertThat(strings).anyMatch(text -> text.contains("=HYPERLINK(\"http://example.invalid\""))
			.anyMatch(text -> text.contains("${jndi:ldap://127.0.0.1:1/x}"));
	}

	@Test
	void fileAndSheetNamesGoNowhereButTheArchiveAndRejectedFoldersAndLinksAreNotFollowed() throws Exception {
		// given: a name with a newline, one forging a log line, a sheet named ../../escaped, and a link
		// to a file outside the input folder
		Path secret = Files.writeString(ROOT.resolve("secret.csv"),
				"area_code,metric,period,value\nTOP-SECRET-AREA,ae_4hr,Mar-19,1\n");
		write("evil\nname.csv", "area_code,metric,period,value\nE54000005,rtt_18wk,Mar-19,80.1\n");
		write("bad\r\n2026-01-01 ERROR forged.xlsx", "not a workbook at all");
		Path sheets = TestWorkbooks.xlsx(INPUT.resolve("sheet-names.xlsx"), "PLACEHOLDER",
				new Object[] { "E54000005", "rtt_18wk", "Mar-19", 80.3 });
		renameSheet(sheets, "PLACEHOLDER", "../../escaped");
		Path link = Files.createSymbolicLink(INPUT.resolve("linked.csv"), secret);
		dateBack(sheets);
		Set<Path> before = everything();
		// when
		assertThat(runJob().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// then: every new path is in the archive, the rejected folder, the output or the database
		String day = LocalDate.now().toString();
		List<Path> allowed = List.of(INPUT.resolve("archive"), INPUT.resolve("rejected"), OUTPUT, DB, ROOT.resolve("db-backups"));
		Set<Path> after = everything();
		after.removeAll(before);
		assertThat(after).allMatch(p -> allowed.stream().anyMatch(p::startsWith) || p.getFileName().toString().startsWith("test.log"));
		assertThat(INPUT.resolve("archive").resolve(day).resolve("evil\nname.csv")).isRegularFile();
		assertThat(INPUT.resolve("archive").resolve(day).resolve("sheet-names.xlsx")).isRegularFile();
		assertThat(INPUT.resolve("rejected").resolve("bad\r\n2026-01-01 ERROR forged.xlsx")).isRegularFile();
		assertThat(Files.readString(INPUT.resolve("rejected").resolve("bad\r\n2026-01-01 ERROR forged.xlsx.reason.txt")))
			.startsWith("File: bad\\r\\n2026-01-01 ERROR forged.xlsx" + System.lineSeparator());
		// and the link was rejected and moved as a link; the file it pointed at was never read
		assertThat(link).doesNotExist();
		assertThat(INPUT.resolve("rejected").resolve("linked.csv")).isSymbolicLink();
		assertThat(secret).hasContent("area_code,metric,period,value\nTOP-SECRET-AREA,ae_4hr,Mar-19,1");
		assertThat(this.jdbcTemplate.queryForObject("SELECT REASON_CLASS FROM STP_FILE WHERE FILE_NAME = 'linked.csv'",
				String.class)).isEqualTo("symbolic_link");
		assertThat(this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM STP_INGEST_EVENT WHERE RAW_VALUE LIKE '%SECRET%'",
				Integer.class)).isZero();
		assertThat(this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM STP_OBSERVATION_BLOCK WHERE SHEET = '../../escaped'",
				Integer.class)).isOne();
	}

	@Test
	void onlyPlainNamesAreEverMoved() {
		assertThat(FileArchiver.isPlainName("evil\nname.csv")).isTrue();
		assertThat(FileArchiver.isPlainName("a..b.csv")).isTrue();
		for (String name : new String[] { "../escape.csv", "a/b.csv", "..", ".", "", "a\\b.csv", "nul\0.csv" }) {
			assertThat(FileArchiver.isPlainName(name)).as(name).isFalse();
		}
	}

	private static void write(String name, String content) throws IOException {
		dateBack(Files.writeString(INPUT.resolve(name), content));
	}

	private static void dateBack(Path file) throws IOException {
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 600_000));
	}

	/** An .xlsm with a VBA project part and a formula whose cached value is not what it computes. */
	private static Path macroWorkbook(Path file) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(XSSFWorkbookType.XLSM); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = book.createSheet("Data");
			Object[] header = TestWorkbooks.HEADER;
			Row top = sheet.createRow(0);
			for (int c = 0; c < 4; c++) {
				top.createCell(c).setCellValue(header[c].toString());
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("E54000006");
			row.createCell(1).setCellValue("rtt_18wk");
			row.createCell(2).setCellValue("Mar-19");
			Cell value = row.createCell(3);
			value.setCellFormula("1+1");
			value.setCellValue(85.5);
			PackagePartName name = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
			PackagePart vba = book.getPackage().createPart(name, "application/vnd.ms-office.vbaProject");
			try (OutputStream part = vba.getOutputStream()) {
				part.write("Sub Auto_Open(): Shell \"touch /tmp/stp-pwned\": End Sub".getBytes(StandardCharsets.US_ASCII));
			}
			book.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
					"http://schemas.microsoft.com/office/2006/relationships/vbaProject");
			book.write(out);
		}
		dateBack(file);
		return file;
	}

	private String exportedValue(String fileName) {
		return this.jdbcTemplate.queryForObject("""
				SELECT CAST(ROWS_ACCEPTED AS VARCHAR(10)) FROM STP_FILE WHERE FILE_NAME = ?""", String.class, fileName)
			.equals("1") ? valueOfTheOnlyObservation(fileName) : "rows: not one";
	}

	private String valueOfTheOnlyObservation(String fileName) {
		byte[] payload = this.jdbcTemplate.queryForObject("""
				SELECT B.PAYLOAD FROM STP_OBSERVATION_BLOCK B JOIN STP_FILE F ON F.FILE_ID = B.FILE_ID
				WHERE F.FILE_NAME = ?""", byte[].class, fileName);
		return Double.toString(uk.nhs.stp.store.ObservationBlock.entries(payload).get(0).value());
	}

	/** The workbook's string cells; fails if any cell anywhere is a formula. */
	private static List<String> stringCellsWithoutAnyFormula(Path workbook) throws IOException {
		List<String> strings = new ArrayList<>();
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as("%s %s!%s", workbook.getFileName(), sheet.getSheetName(),
								cell.getAddress()).isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING) {
							strings.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		return strings;
	}

	/** Rewrites a sheet's name in the workbook's XML, past the checks Excel and POI make. */
	private static void renameSheet(Path xlsx, String from, String to) throws IOException {
		ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx)); ZipOutputStream out = new ZipOutputStream(rewritten)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals("xl/workbook.xml")) {
					bytes = new String(bytes, StandardCharsets.UTF_8).replace("name=\"" + from + "\"", "name=\"" + to + "\"")
						.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		Files.write(xlsx, rewritten.toByteArray());
	}

	private static Set<Path> everything() throws IOException {
		try (Stream<Path> paths = Files.walk(ROOT)) {
			return new java.util.HashSet<>(paths.toList());
		}
	}

}
