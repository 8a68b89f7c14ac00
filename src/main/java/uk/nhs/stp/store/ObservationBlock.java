package uk.nhs.stp.store;

import java.nio.ByteBuffer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import uk.nhs.stp.domain.CellRef;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodType;

/**
 * The observations of one area and measure that one chunk of one file (and sheet) carried, stored
 * as one row. Why: HSQLDB's cached tables cost 5–10 µs per row inserted with their indexes, so a
 * million-row file spent 16 s storing rows one by one; blocks cut the rows stored by the number
 * of periods a chunk holds per series, and every reader of observations groups them by measure
 * and area anyway. Each observation keeps its period, value, numerator, denominator, row and
 * column, so nothing about where a value came from is lost.
 * <p>
 * Payload formats: the first (written by version 4's migration and the releases before this
 * one) is the bare entries; from format 2 a payload starts with its format number, a byte that no
 * first-format payload can start with (those start with a period type letter, M, Q or Y), each
 * entry also says how many units it was rolled up from (0 for a value read from one cell), and a
 * week (type W) is placed by its first day's epoch day where the others have a month index. Readers
 * accept both, so a database is never rewritten to be read.
 *
 * @param fileId the file
 * @param sheet the sheet ("" for CSV)
 * @param measureId the metric or circumstance input
 * @param areaCode the area
 * @param entries the observations, in file order
 */
public record ObservationBlock(long fileId, String sheet, String measureId, String areaCode, List<Entry> entries) {

	/** Bytes per first-format entry: type, month index, value, numerator, denominator, row, column. */
	private static final int ENTRY_BYTES_1 = 1 + 4 + 8 + 8 + 8 + 4 + 2;

	/** Bytes per format-2 entry: the first format's, then the units rolled up. */
	private static final int ENTRY_BYTES_2 = ENTRY_BYTES_1 + 4;

	/** The format {@link #payload()} writes: a leading format byte, then format-2 entries. */
	public static final byte FORMAT = 2;

	/**
	 * One observation of the block.
	 * @param period the period
	 * @param value the value
	 * @param numerator the numerator, or null
	 * @param denominator the denominator, or null
	 * @param row the row as Excel shows it
	 * @param column the value cell's column, 0-based (-1 when not known, or for a roll-up)
	 * @param units 0 for a value read from one cell; for a roll-up, the units it sums
	 */
	public record Entry(Period period, double value, Double numerator, Double denominator, int row, int column,
			int units) {

		public Entry(Period period, double value, Double numerator, Double denominator, int row, int column) {
			this(period, value, numerator, denominator, row, column, 0);
		}

		/** The column letters as Excel shows them, or null when not known. */
		public String columnLetters() {
			return this.column < 0 ? null : CellRef.column(this.column);
		}

	}

	/** The entries as bytes; an absent numerator or denominator is NaN, which no value can be. */
	public byte[] payload() {
		ByteBuffer buffer = ByteBuffer.allocate(1 + this.entries.size() * ENTRY_BYTES_2);
		buffer.put(FORMAT);
		for (Entry e : this.entries) {
			buffer.put((byte) e.period().type().code().charAt(0));
			buffer.putInt(when(e.period()));
			buffer.putDouble(e.value());
			buffer.putDouble(e.numerator() == null ? Double.NaN : e.numerator());
			buffer.putDouble(e.denominator() == null ? Double.NaN : e.denominator());
			buffer.putInt(e.row());
			buffer.putShort((short) e.column());
			buffer.putInt(e.units());
		}
		return buffer.array();
	}

	/**
	 * Decodes a payload in either format.
	 * @throws IllegalStateException for a format this release does not know (a newer release wrote it)
	 */
	public static List<Entry> entries(byte[] payload) {
		ByteBuffer buffer = ByteBuffer.wrap(payload);
		int format = payload.length == 0 ? 1 : firstFormat(payload[0]) ? 1 : buffer.get();
		if (format != 1 && format != FORMAT) {
			throw new IllegalStateException("observation block in format " + format
					+ ", which this release cannot read; upgrade stp-analytics");
		}
		List<Entry> entries = new ArrayList<>(payload.length / ENTRY_BYTES_1);
		while (buffer.hasRemaining()) {
			PeriodType type = PeriodType.fromCode(String.valueOf((char) buffer.get()));
			int when = buffer.getInt();
			double value = buffer.getDouble();
			double numerator = buffer.getDouble();
			double denominator = buffer.getDouble();
			int row = buffer.getInt();
			short column = buffer.getShort();
			int units = format == 1 ? 0 : buffer.getInt();
			entries.add(new Entry(period(type, when),
					value, Double.isNaN(numerator) ? null : numerator, Double.isNaN(denominator) ? null : denominator, row,
					column, units));
		}
		return entries;
	}

	/** A period's place in an entry: its month index (years × 12 + month − 1), or for a week its first day's epoch day. */
	private static int when(Period period) {
		return period.type() == PeriodType.WEEK ? (int) period.first().toEpochDay()
				: period.first().getYear() * 12 + period.first().getMonthValue() - 1;
	}

	private static Period period(PeriodType type, int when) {
		return type == PeriodType.WEEK ? new Period(type, java.time.LocalDate.ofEpochDay(when))
				: new Period(type, YearMonth.of(Math.floorDiv(when, 12), Math.floorMod(when, 12) + 1));
	}

	/** First-format payloads start with their first entry's period type letter. */
	private static boolean firstFormat(byte first) {
		return first == 'M' || first == 'Q' || first == 'Y';
	}

}
