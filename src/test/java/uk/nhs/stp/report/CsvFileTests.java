package uk.nhs.stp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every CSV is UTF-8 with a byte-order mark, guards text against formulas, and appears whole or not at all. */
class CsvFileTests {

	@TempDir
	Path folder;

	@Test
	void startsWithAByteOrderMarkSoExcelReadsUtf8() throws Exception {
		Path file = this.folder.resolve("a.csv");
		CsvFile.write(file, List.of("name", "value"), records -> records.add("Bath, Swindon \u2014 Wiltshire", -0.5));

		byte[] bytes = Files.readAllBytes(file);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFname,value\n\"Bath, Swindon \u2014 Wiltshire\",-0.5\n");
	}

	@Test
	void textThatASpreadsheetWouldRunIsShownNotEvaluatedButNumbersStayNumbers() throws Exception {
		Path file = this.folder.resolve("b.csv");
		CsvFile.write(file, List.of("a", "b", "c", "d", "e", "f"),
				records -> records.add("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", -3));

		assertThat(Files.readString(file)).endsWith("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tx,-3\n");
	}

	@Test
	void aFailedWriteLeavesNeitherAHalfFileNorItsTemporaryCopy() throws Exception {
		Path file = this.folder.resolve("c.csv");
		Files.writeString(file, "before");
		assertThatIOException().isThrownBy(() -> CsvFile.write(file, List.of("a"), records -> {
			records.add("one");
			throw new IOException("disk full");
		}));

		assertThat(Files.readString(file)).isEqualTo("before");
		try (var files = Files.list(this.folder)) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void nullsAreEmptyAndBooleansAreWords() throws Exception {
		Path file = this.folder.resolve("d.csv");
		CsvFile.write(file, List.of("a", "b"), records -> records.add(null, true));

		// commons-csv quotes an empty first field, so the record is not read as a blank line
		assertThat(Files.readString(file)).endsWith("\n\"\",true\n");
	}

}
