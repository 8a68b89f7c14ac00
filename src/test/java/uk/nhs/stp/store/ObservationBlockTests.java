package uk.nhs.stp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.stp.domain.Period;

class ObservationBlockTests {

	@Test
	void keepsEveryPartOfEveryObservationThroughThePayload() {
		List<ObservationBlock.Entry> entries = List.of(
				new ObservationBlock.Entry(Period.month(2017, 4), 85.2, 852.0, 1000.0, 17, 3),
				new ObservationBlock.Entry(Period.quarter(2017, 4), 0.0, null, null, 18, 27),
				new ObservationBlock.Entry(Period.financialYear(1999), -1.5e-7, 0.0, null, 1_000_000, -1));
		ObservationBlock block = new ObservationBlock(7, "A&E", "ae_4hr", "E54000005", entries);
		assertThat(ObservationBlock.entries(block.payload())).isEqualTo(entries);
		assertThat(ObservationBlock.entries(block.payload()).get(1).columnLetters()).isEqualTo("AB");
		assertThat(ObservationBlock.entries(block.payload()).get(2).columnLetters()).isNull();
	}

}
