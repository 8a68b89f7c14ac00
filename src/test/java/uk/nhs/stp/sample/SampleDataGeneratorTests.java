package uk.nhs.stp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped sample data is exactly what the seeded generator produces, so anyone can check
 * where every number came from (and regenerate it after changing the generator).
 */
class SampleDataGeneratorTests {

	private static final Path SHIPPED = Path.of("jobs/sample");

	@TempDir
	Path folder;

	@Test
	void shippedSampleMatchesTheGenerator() throws Exception {
		SampleDataGenerator.generate(Path.of("src/test/resources/fixtures/sample/stps.csv"), this.folder);
		for (String csv : List.of(SampleFiles.CIRCUMSTANCES, SampleFiles.OTHER_METRICS, SampleFiles.LATE_RETURNS)) {
			assertThat(Files.readString(this.folder.resolve(csv))).as(csv).isEqualTo(Files.readString(SHIPPED.resolve(csv)));
		}
		assertThat(cells(this.folder.resolve(SampleFiles.ACUTE_WORKBOOK)))
			.isEqualTo(cells(SHIPPED.resolve(SampleFiles.ACUTE_WORKBOOK)));
	}

	/** Every cell as shown, sheet by sheet (the zip container holds timestamps, so bytes differ). */
	private static List<String> cells(Path workbook) throws Exception {
		List<String> cells = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell));
					}
				}
			}
		}
		return cells;
	}

}
