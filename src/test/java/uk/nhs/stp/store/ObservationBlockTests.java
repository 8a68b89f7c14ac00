package uk.nhs.stp.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.nhs.stp.domain.Period;

class ObservationBlockTests {

	@Test
	void keepsEveryPartOfEveryObservationThroughThePayload() {
		List<ObservationBlock.Entry> entries = List.of(
				new ObservationBlock.Entry(Period.month(2017, 4), 85.2, 852.0, 1000.0, 17, 3),
				new ObservationBlock.Entry(Period.quarter(2017, 4), 0.0, null, null, 18, 27),
				new ObservationBlock.Entry(Period.financialYear(1999), -1.5e-7, 0.0, null, 1_000_000, -1),
				new ObservationBlock.Entry(Period.week(java.time.LocalDate.of(2019, 4, 7)), 85.0, null, null, 9, 2, 0),
				new ObservationBlock.Entry(Period.month(2021, 1), 3124757.0, null, null, 2, -1, 8));
		ObservationBlock block = new ObservationBlock(7, "A&E", "ae_4hr", "E54000005", entries);
		assertThat(ObservationBlock.entries(block.payload())).isEqualTo(entries);
		assertThat(ObservationBlock.entries(block.payload()).get(1).columnLetters()).isEqualTo("AB");
		assertThat(ObservationBlock.entries(block.payload()).get(2).columnLetters()).isNull();
	}

	@Test
	void writesItsFormatNumberFirst() {
		ObservationBlock block = new ObservationBlock(1, "", "ae_4hr", "E54000005",
				List.of(new ObservationBlock.Entry(Period.month(2017, 4), 85.2, null, null, 2, 3)));
		assertThat(block.payload()[0]).isEqualTo((byte) 2);
		assertThat(block.payload()).hasSize(1 + 39);
	}

	/** A block as version 4's migration and the releases before format 2 wrote it: bare entries. */
	@Test
	void readsABlockWrittenInTheFirstFormat() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.writeByte('M');
		out.writeInt(2017 * 12 + 3); // April 2017: months since year 0, January = 0
		out.writeDouble(85.0);
		out.writeDouble(850.0);
		out.writeDouble(1000.0);
		out.writeInt(2);
		out.writeShort(3);
		out.writeByte('Q');
		out.writeInt(2017 * 12 + 6); // the quarter starting July 2017
		out.writeDouble(86.0);
		out.writeDouble(Double.NaN);
		out.writeDouble(Double.NaN);
		out.writeInt(3);
		out.writeShort(-1);
		assertThat(ObservationBlock.entries(bytes.toByteArray())).containsExactly(
				new ObservationBlock.Entry(Period.month(2017, 4), 85.0, 850.0, 1000.0, 2, 3),
				new ObservationBlock.Entry(Period.quarter(2017, 2), 86.0, null, null, 3, -1));
	}

	@Test
	void refusesAFormatItDoesNotKnow() {
		byte[] payload = new byte[1 + 35];
		payload[0] = 9;
		assertThatIllegalStateException().isThrownBy(() -> ObservationBlock.entries(payload))
			.withMessageContaining("format 9");
	}

}
