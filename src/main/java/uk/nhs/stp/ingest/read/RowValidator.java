package uk.nhs.stp.ingest.read;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.ingest.Amount;
import uk.nhs.stp.ingest.FileEvent;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.IngestRecord;
import uk.nhs.stp.ingest.ObservationRecord;
import uk.nhs.stp.ingest.RolledUp;
import uk.nhs.stp.ingest.RowItem;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.ingest.RowRejectedException;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.ingest.layout.MetricMatcher;
import uk.nhs.stp.ingest.values.CellValue;
import uk.nhs.stp.ingest.values.CellValues;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.store.ObservationDao;

/**
 * Turns a data row into an observation, a missing value with its reason, or a rejection naming
 * the cell, the raw value and what to do; a value rolled up from units is checked the same way.
 * File events and notes pass through; a file's start resets the record of keys seen, so a
 * duplicate key within one file is caught and names the row it repeats.
 */
public class RowValidator implements ItemProcessor<IngestItem, IngestRecord> {

	private final AreaRegister areas;

	private final ScoringModel model;

	private final KeyReloader observations;

	private final ItemFields fields;

	private final KeyIndex keysSeen = new KeyIndex();

	private long keysFileId = -1;

	/**
	 * Recalls the keys already stored from a file, after a restart part-way through it.
	 */
	@FunctionalInterface
	public interface KeyReloader {

		void forEachKeyOfFile(long fileId, ObservationDao.KeyConsumer consumer);

	}

	/**
	 * @param areas the area register
	 * @param model the scoring model (metrics and circumstance inputs with their units)
	 * @param mappings metric-name aliases
	 * @param matcher finds metrics by the words of their names
	 * @param observations recalls stored keys after a restart ({@code check} reads no store)
	 */
	public RowValidator(AreaRegister areas, ScoringModel model, IngestMappings mappings, MetricMatcher matcher,
			KeyReloader observations) {
		this.areas = areas;
		this.model = model;
		this.fields = new ItemFields(model, mappings, matcher);
		this.observations = observations;
	}

	@Override
	public IngestRecord process(IngestItem item) {
		if (item instanceof RowItem row) {
			return validate(row);
		}
		if (item instanceof RolledUp rolled) {
			return validate(rolled);
		}
		if (item instanceof FileEvent event) {
			return started(event);
		}
		return (IngestNote) item;
	}

	private FileEvent started(FileEvent event) {
		if (event.kind() == FileEvent.Kind.STARTED) {
			this.keysSeen.clear();
			this.keysFileId = event.fileId();
		}
		return event;
	}

	private IngestRecord validate(RowItem row) {
		Area written = area(row);
		String measure = this.fields.measure(row);
		Unit unit = this.model.measureUnit(measure).orElseThrow();
		Period period = this.fields.period(row, measure);
		Area area = this.areas.reportedUnder(written);
		// an ONS code names one code's days in use; an NHS England code or a name, the footprint's
		boolean onsCode = written.code().equalsIgnoreCase(row.cell(Field.AREA).text().strip());
		if (onsCode ? !written.inUseDuring(period) : !this.areas.footprintInUse(area, period)) {
			Area dated = onsCode ? written : area;
			throw ItemFields.reject(row, Field.AREA, "area_not_valid", (onsCode ? "area code " + dated.code()
					: "'" + row.cell(Field.AREA).text().strip() + "' (" + dated.code() + ")") + " was not in use in "
					+ period.label() + " (" + validity(dated) + ")");
		}
		CellValue value = CellValues.read(row.cell(Field.VALUE), unit);
		if (value instanceof CellValue.Invalid invalid) {
			throw ItemFields.reject(row, Field.VALUE, invalid.reasonClass(), invalid.reason());
		}
		checkNotDuplicate(row, area, measure, period);
		if (value instanceof CellValue.Missing missing) {
			SourceCell cell = row.cell(Field.VALUE);
			return new IngestNote(row.fileId(), row.sheet(), row.rowNumber(), cell.columnLetters(), IngestNote.MISSING,
					missing.reasonClass(), cell.text(),
					row.where(cell) + ": " + missing.reason() + "; recorded as missing, not zero");
		}
		Double numerator = count(row, Field.NUMERATOR);
		Double denominator = count(row, Field.DENOMINATOR);
		checkProportion(row, numerator, denominator);
		return new ObservationRecord(
				new ObservationRecord.Source(row.fileId(), row.sheet(), row.rowNumber(), row.cell(Field.VALUE).column(), 0),
				area.code(), measure, period,
				new Amount(((CellValue.Number) value).value(), numerator, denominator));
	}

	/** A rolled-up value: its system was resolved by the roll-up; only its key is checked here. */
	private IngestRecord validate(RolledUp rolled) {
		long key = KeyIndex.hash(rolled.measure(), rolled.areaCode(), rolled.period().key());
		if (rolled.fileId() != this.keysFileId) {
			reloadKeys(rolled.fileId());
		}
		int firstRow = this.keysSeen.putIfAbsent(key, rolled.firstRow());
		if (firstRow >= 0) {
			throw new RowRejectedException(new IngestNote(rolled.fileId(), rolled.sheet(), rolled.firstRow(), null,
					IngestNote.REJECTED, "duplicate_key", null, "Sheet \"" + rolled.sheet() + "\": the roll-up for "
							+ rolled.areaCode() + ", " + rolled.measure() + ", " + rolled.period().label()
							+ " repeats a value already read from row " + firstRow + " of this file; the first is kept"));
		}
		return new ObservationRecord(new ObservationRecord.Source(rolled.fileId(), rolled.sheet(), rolled.firstRow(), -1,
				rolled.units()), rolled.areaCode(), rolled.measure(), rolled.period(), rolled.amount());
	}

	private static String validity(Area area) {
		String from = area.validFrom() == null ? "" : "from " + area.validFrom();
		String to = area.validTo() == null ? "" : "to " + area.validTo();
		return "in use " + (from + " " + to).strip() + " in jobs/areas.csv";
	}

	private Area area(RowItem row) {
		String code = row.cell(Field.AREA).text().strip();
		if (code.isEmpty()) {
			throw ItemFields.reject(row, Field.AREA, "unknown_area", "the area code is blank");
		}
		return this.areas.find(code)
			.orElseThrow(() -> ItemFields.reject(row, Field.AREA, "unknown_area", "unknown area '" + code + "': "
					+ AreaSuggestion.line(this.areas, code)));
	}

	private Double count(RowItem row, Field field) {
		CellValue value = CellValues.readCount(row.cell(field));
		if (value instanceof CellValue.Invalid invalid) {
			throw ItemFields.reject(row, field, invalid.reasonClass(), field.name().toLowerCase() + " " + invalid.reason());
		}
		return value == null ? null : ((CellValue.Number) value).value();
	}

	private static void checkProportion(RowItem row, Double numerator, Double denominator) {
		if (denominator != null && denominator == 0) {
			throw ItemFields.reject(row, Field.DENOMINATOR, "out_of_range", "the denominator is 0");
		}
		if (numerator != null && denominator != null && numerator > denominator) {
			throw ItemFields.reject(row, Field.NUMERATOR, "out_of_range", "the numerator (" + CellValues.format(numerator)
					+ ") exceeds the denominator (" + CellValues.format(denominator) + ")");
		}
	}

	private void checkNotDuplicate(RowItem row, Area area, String measure, Period period) {
		if (row.fileId() != this.keysFileId) {
			reloadKeys(row.fileId());
		}
		long key = KeyIndex.hash(measure, area.code(), period.key());
		int firstRow = this.keysSeen.putIfAbsent(key, row.rowNumber());
		if (firstRow >= 0) {
			throw ItemFields.reject(row, Field.PERIOD, "duplicate_key", "the same area (" + area.code() + "), metric ("
					+ measure + ") and period (" + period.label() + ") as row " + firstRow
					+ " of this file; the first is kept");
		}
	}

	/** After a restart mid-file, the keys already stored from it are known again. */
	private void reloadKeys(long fileId) {
		this.keysSeen.clear();
		this.keysFileId = fileId;
		this.observations.forEachKeyOfFile(fileId,
				(measure, area, periodKey, rowNum) -> this.keysSeen.putIfAbsent(KeyIndex.hash(measure, area, periodKey), rowNum));
	}

}
