package uk.nhs.stp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to exhaust memory are refused with a reason, not an OutOfMemoryError, when read as
 * ingest reads them (the {@code check} path) in a separate JVM capped at 256 MB: a one-line 50 MB
 * CSV, an xlsx header row of two million cells, an xlsx cell of 30 million characters.
 */
class HostileFilesTests {

	@TempDir
	Path folder;

	@Test
	void aOneLine50MbCsvIsRefused() throws Exception {
		Path file = HostileFiles.oneLineCsv(this.folder.resolve("one-line.csv"), 50L * 1024 * 1024);
		assertThat(checkIn256Mb(file)).anySatisfy(line -> assertThat(line)
			.contains("rejection=the record starting before line 2 is longer than 10,000,000 characters"));
	}

	@Test
	void aHeaderOfMillionsOfColumnsIsRefused() throws Exception {
		Path file = HostileFiles.wideHeaderXlsx(this.folder.resolve("wide.xlsx"), 2_000_000);
		assertThat(checkIn256Mb(file)).anySatisfy(line -> assertThat(line)
			.contains("rejection=the workbook part xl/worksheets/sheet1.xml has a row of more than 16,384 cells"));
	}

	@Test
	void aCellOfTensOfMillionsOfCharactersIsRefused() throws Exception {
		Path file = HostileFiles.longCellXlsx(this.folder.resolve("long-cell.xlsx"), 30_000_000);
		assertThat(checkIn256Mb(file)).anySatisfy(line -> assertThat(line)
			.contains("rejection=the workbook part xl/worksheets/sheet1.xml holds a text of more than 10,000,000 characters"));
	}

	private List<String> checkIn256Mb(Path file) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path out = this.folder.resolve(file.getFileName() + ".out");
		Process process = new ProcessBuilder(java, "-Xmx256m", "-Dlogback.configurationFile=src/test/resources/bench-logback.xml",
				"-cp", System.getProperty("java.class.path"), CheckMain.class.getName(), file.toString())
			.redirectErrorStream(true)
			.redirectOutput(out.toFile())
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
		List<String> output = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(String.join("\n", output)).isZero();
		assertThat(output).noneMatch(line -> line.contains("OutOfMemoryError"));
		return output;
	}

}
