package uk.nhs.stp.ingest.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.ingest.SourceCell;

class CellValuesTests {

	@ParameterizedTest(name = "''{0}'' in {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			85.2      | PERCENT | 85.2
			'85.2%'   | PERCENT | 85.2
			' 12.5 '  | RATE_PER_1000 | 12.5
			'1,234'   | COUNT   | 1234
			'1,234.5' | RATE_PER_100000 | 1234.5
			£1200     | COUNT   | 1200
			0         | COUNT   | 0
			1e3       | COUNT   | 1000
			.5        | PERCENT | 0.5
			5.        | PERCENT | 5
			007       | COUNT   | 7
			'+7'      | COUNT   | 7
			""")
	void readsNumbersWrittenAsText(String text, Unit unit, double expected) {
		assertThat(CellValues.read(SourceCell.text(3, text), unit)).isEqualTo(new CellValue.Number(expected));
	}

	@Test
	void scalesAFractionFormattedAsAPercentage() {
		SourceCell cell = new SourceCell(3, "0.852", 0.852, null, false, true);
		assertThat(CellValues.read(cell, Unit.PERCENT)).isEqualTo(new CellValue.Number(85.2));
	}

	@Test
	void leavesAPlainFractionAloneRatherThanGuessing() {
		SourceCell cell = new SourceCell(3, "0.852", 0.852, null, false, false);
		assertThat(CellValues.read(cell, Unit.PERCENT)).isEqualTo(new CellValue.Number(0.852));
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "..", "-", "c", "x", "z", "n/a", "[c]" })
	void treatsSuppressionMarksAsMissingNeverZero(String mark) {
		assertThat(CellValues.read(SourceCell.text(4, mark), Unit.PERCENT)).isInstanceOfSatisfying(CellValue.Missing.class,
				m -> assertThat(m.reasonClass()).isEqualTo("suppressed"));
	}

	@Test
	void treatsErrorValuesAsMissing() {
		assertThat(CellValues.read(SourceCell.text(4, "#DIV/0!"), Unit.COUNT)).isInstanceOfSatisfying(CellValue.Missing.class,
				m -> assertThat(m.reasonClass()).isEqualTo("error_value"));
		SourceCell errorCell = new SourceCell(4, "#N/A", null, null, true, false);
		assertThat(CellValues.read(errorCell, Unit.COUNT)).isInstanceOf(CellValue.Missing.class);
	}

	@Test
	void treatsBlankAsMissing() {
		assertThat(CellValues.read(SourceCell.text(4, "  "), Unit.COUNT)).isInstanceOfSatisfying(CellValue.Missing.class,
				m -> assertThat(m.reasonClass()).isEqualTo("blank_value"));
	}

	@Test
	void rejectsImpossibleValuesInsteadOfClipping() {
		assertThat(CellValues.read(SourceCell.text(4, "140"), Unit.PERCENT))
			.isInstanceOfSatisfying(CellValue.Invalid.class, v -> {
				assertThat(v.reasonClass()).isEqualTo("out_of_range");
				assertThat(v.reason()).contains("140").contains("cannot exceed 100");
			});
		assertThat(CellValues.read(SourceCell.text(4, "-3"), Unit.COUNT))
			.isInstanceOfSatisfying(CellValue.Invalid.class, v -> assertThat(v.reasonClass()).isEqualTo("negative_value"));
	}

	@Test
	void rejectsTextThatIsNotANumber() {
		assertThat(CellValues.read(SourceCell.text(4, "sixty"), Unit.COUNT))
			.isInstanceOfSatisfying(CellValue.Invalid.class, v -> {
				assertThat(v.reasonClass()).isEqualTo("not_a_number");
				assertThat(v.reason()).contains("'sixty'");
			});
		assertThat(CellValues.read(SourceCell.text(4, "12%"), Unit.RATE_PER_1000)).isInstanceOf(CellValue.Invalid.class);
		assertThat(CellValues.read(SourceCell.text(4, "1,23"), Unit.COUNT)).isInstanceOf(CellValue.Invalid.class);
		// digits, a point and a minus in the wrong places are not plain decimals either
		assertThat(CellValues.read(SourceCell.text(4, "1.2.3"), Unit.COUNT)).isInstanceOf(CellValue.Invalid.class);
		assertThat(CellValues.read(SourceCell.text(4, "5-3"), Unit.COUNT)).isInstanceOf(CellValue.Invalid.class);
		assertThat(CellValues.read(SourceCell.text(4, "."), Unit.COUNT)).isInstanceOf(CellValue.Invalid.class);
	}

	@Test
	void readsALoneMinusAsSuppressedNotAsANumber() {
		assertThat(CellValues.read(SourceCell.text(4, "-"), Unit.COUNT))
			.isInstanceOfSatisfying(CellValue.Missing.class, m -> assertThat(m.reasonClass()).isEqualTo("suppressed"));
	}

}
