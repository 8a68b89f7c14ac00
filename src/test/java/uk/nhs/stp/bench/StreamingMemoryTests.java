package uk.nhs.stp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the xlsx ingest streams: a 300,000-row workbook (its sheet inflates to about 60 MB of XML
 * and holds about 2 million cells) is read through the ingest code path in a separate JVM whose
 * heap is capped at 40 MB. Holding the rows, or the sheet's XML, in memory would fail with
 * OutOfMemoryError; streaming reads it in constant memory.
 */
class StreamingMemoryTests {

	private static final int ROWS = 300_000;

	@TempDir
	Path folder;

	@Test
	void readsALargeWorkbookInASmallFixedHeap() throws Exception {
		Path workbook = BenchWorkbook.write(this.folder.resolve("large.xlsx"), ROWS);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx40m", "-Dlogback.configurationFile=src/test/resources/bench-logback.xml",
				"-cp", System.getProperty("java.class.path"),
				CheckMain.class.getName(), workbook.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.folder.resolve("out.txt").toFile())
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
		List<String> output = Files.readAllLines(this.folder.resolve("out.txt"), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(String.join(File.separator.equals("/") ? "\n" : "\r\n", output)).isZero();
		assertThat(output).contains("observations=" + ROWS + " rejected=0 rejection=null");
	}

}
