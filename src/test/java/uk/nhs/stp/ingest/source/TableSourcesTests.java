package uk.nhs.stp.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.TableSource;
import uk.nhs.stp.ingest.TestWorkbooks;
import uk.nhs.stp.ingest.UnreadableFileException;

class TableSourcesTests {

	@TempDir
	Path folder;

	@Test
	void rejectsAnEmptyFile() throws Exception {
		Path file = Files.createFile(this.folder.resolve("empty.csv"));
		assertRejected(file, "empty_file", "0 bytes");
	}

	@Test
	void rejectsATextFileRenamedToXlsx() throws Exception {
		Path file = Files.writeString(this.folder.resolve("renamed.xlsx"), "area_code,metric\nE54000005,ae_4hr\n");
		assertRejected(file, "not_a_spreadsheet", "named .xlsx but is not an Excel workbook");
	}

	@Test
	void rejectsFilesThatAreNotSpreadsheets() throws Exception {
		Path file = Files.writeString(this.folder.resolve("minutes.docx"), "hello");
		assertRejected(file, "not_a_spreadsheet", "only .xlsx, .xlsm, .xls, .csv and .txt");
	}

	@Test
	void rejectsATruncatedWorkbook() throws Exception {
		Path whole = TestWorkbooks.xlsx(this.folder.resolve("whole.xlsx"), "Data",
				new Object[] { "E54000005", "ae_4hr", "2017-04", 85.0 });
		byte[] bytes = Files.readAllBytes(whole);
		Path truncated = Files.write(this.folder.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertThatThrownBy(() -> readAll(truncated)).isInstanceOfSatisfying(UnreadableFileException.class,
				ex -> assertThat(ex.reasonClass()).isEqualTo("corrupt_file"));
	}

	@Test
	void rejectsAPasswordProtectedWorkbookSayingWhatToDo() throws Exception {
		Path plain = TestWorkbooks.xlsx(this.folder.resolve("plain.xlsx"), "Data",
				new Object[] { "E54000005", "ae_4hr", "2017-04", 85.0 });
		Path protectedFile = this.folder.resolve("protected.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(plain, out);
			}
			try (OutputStream file = Files.newOutputStream(protectedFile)) {
				fs.writeFilesystem(file);
			}
		}
		assertRejected(protectedFile, "password_protected", "save an unprotected copy");
	}

	@Test
	void readsXlsxCellsWithDatesNumbersAndPercentFormats() throws Exception {
		Path file = TestWorkbooks.xlsx(this.folder.resolve("cells.xlsx"), "A&E", new Object[] { "E54000005", "ae_4hr",
				LocalDate.of(2017, 4, 1), new TestWorkbooks.Percent(0.852), 1, 2 });
		List<SourceRow> rows = readAll(file);
		SourceRow data = rows.get(rows.size() - 1);
		assertThat(data.rowNumber()).isEqualTo(4);
		assertThat(data.cell(2).date()).isEqualTo(LocalDate.of(2017, 4, 1).atStartOfDay());
		assertThat(data.cell(3).number()).isEqualTo(0.852);
		assertThat(data.cell(3).percentFormat()).isTrue();
		assertThat(data.cell(0).text()).isEqualTo("E54000005");
	}

	@Test
	void readsLegacyXlsWorkbooks() throws Exception {
		Path file = TestWorkbooks.xls(this.folder.resolve("legacy.xls"), "RTT", new Object[] { "E54000006", "rtt_18wk",
				LocalDate.of(2018, 1, 1), 88.5 });
		List<SourceRow> rows = readAll(file);
		SourceRow data = rows.get(rows.size() - 1);
		assertThat(data.rowNumber()).isEqualTo(4);
		assertThat(data.cell(2).date()).isEqualTo(LocalDate.of(2018, 1, 1).atStartOfDay());
		assertThat(data.cell(3).number()).isEqualTo(88.5);
	}

	@Test
	void numbersCsvRowsByLineAsASpreadsheetShowsThem() throws Exception {
		Path file = Files.writeString(this.folder.resolve("notes.csv"),
				"# a note above the table\narea_code,metric,period,value\nE54000005,ae_4hr,2017-04,85\nE54000006,ae_4hr,2017-04,86",
				StandardCharsets.UTF_8);
		List<SourceRow> rows = readAll(file);
		assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2, 3, 4);
	}

	@Test
	void readsTabSeparatedText() throws Exception {
		Path file = Files.writeString(this.folder.resolve("tabs.txt"), "area_code\tmetric\tperiod\tvalue\nE54000005\tae_4hr\t2017-04\t85\n");
		assertThat(readAll(file).get(1).cell(3).text()).isEqualTo("85");
	}

	private static void assertRejected(Path file, String reasonClass, String reasonText) {
		assertThatThrownBy(() -> TableSources.open(file)).isInstanceOfSatisfying(UnreadableFileException.class, ex -> {
			assertThat(ex.reasonClass()).isEqualTo(reasonClass);
			assertThat(ex.getMessage()).contains(reasonText);
		});
	}

	private static List<SourceRow> readAll(Path file) throws Exception {
		List<SourceRow> rows = new ArrayList<>();
		try (TableSource source = TableSources.open(file)) {
			for (int s = 0; s < source.sheetNames().size(); s++) {
				Iterator<SourceRow> it = source.rows(s);
				while (it.hasNext()) {
					rows.add(it.next());
				}
			}
		}
		return rows;
	}

}
