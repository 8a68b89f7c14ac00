package uk.nhs.stp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A report's files are all written, side by side or one at a time, and a failure is reported as raised. */
class ReportFilesTests {

	@Test
	void everyFileIsWrittenOnEveryThreadCountAndTimedInTheOrderAdded() throws Exception {
		for (int threads : new int[] { 1, 2, 4 }) {
			Set<Integer> written = ConcurrentHashMap.newKeySet();
			ReportFiles files = new ReportFiles();
			for (int i = 0; i < 5; i++) {
				int file = i;
				files.add(() -> written.add(file));
			}

			long[] nanos = files.write(threads);
			assertThat(nanos).hasSize(5);
			assertThat(Arrays.stream(nanos).min().getAsLong()).isNotNegative();
			assertThat(written).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
		}
	}

	@Test
	void aFailingFileStillLetsTheOthersFinishAndItsIoExceptionIsThrownAsRaised() {
		Set<String> written = ConcurrentHashMap.newKeySet();
		ReportFiles files = new ReportFiles().add(() -> written.add("national"))
			.add(() -> {
				throw new IOException("disk full");
			})
			.add(() -> written.add("csv"));

		assertThatIOException().isThrownBy(() -> files.write(2)).withMessage("disk full");
		assertThat(written).containsExactlyInAnyOrder("national", "csv");
	}

	@Test
	void theWarmUpWorkbookIsAWholeWorkbookWithItsCharts() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportWarmUp.write(out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1))).containsExactly("Warm-up", "Data");
			assertThat(workbook.getSheet("Warm-up").getDrawingPatriarch().getCharts()).hasSize(3);
		}
	}

}
