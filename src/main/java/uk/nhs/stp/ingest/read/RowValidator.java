package uk.nhs.stp.ingest.read;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DateUtil;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodParser;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.ingest.RowItem;
import uk.nhs.stp.ingest.RowItem.Field;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.store.ObservationDao;
import uk.nhs.stp.ingest.FileEvent;
import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.IngestRecord;
import uk.nhs.stp.ingest.ObservationRecord;
import uk.nhs.stp.ingest.RowRejectedException;
import uk.nhs.stp.ingest.SourceCell;
import uk.nhs.stp.domain.Where;
import uk.nhs.stp.ingest.values.CellValue;
import uk.nhs.stp.ingest.values.CellValues;

/**
 * Turns a data row into an observation, a missing value with its reason, or a rejection naming
 * the cell, the raw value and what to do. File events and notes pass through; a file's start
 * resets the record of keys seen, so a duplicate key within one file is caught and names the row
 * it repeats.
 */
public class RowValidator implements ItemProcessor<IngestItem, IngestRecord> {

	/** Excel serials between 1 Jan 2000 and 31 Dec 2099 are read as dates in a period column. */
	private static final double FIRST_SERIAL = 36526;

	private static final double LAST_SERIAL = 73415;

	private final AreaRegister areas;

	private final ScoringModel model;

	private final KeyReloader observations;

	private final IngestMappings mappings;

	private final KeyIndex keysSeen = new KeyIndex();

	/** Period texts repeat on every row of a file, so their parses are remembered (bounded). */
	private static final int PERIOD_CACHE = 10_000;

	private final java.util.Map<String, Optional<Period>> periods = new java.util.HashMap<>();

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
	 * @param observations recalls stored keys after a restart ({@code check} reads no store)
	 */
	public RowValidator(AreaRegister areas, ScoringModel model, IngestMappings mappings, KeyReloader observations) {
		this.areas = areas;
		this.model = model;
		this.mappings = mappings;
		this.observations = observations;
	}

	@Override
	public IngestRecord process(IngestItem item) {
		if (item instanceof RowItem row) {
			return validate(row);
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
		String measure = measure(row);
		Unit unit = this.model.measureUnit(measure).orElseThrow();
		Period period = row.period() != null ? row.period() : period(row);
		if (!written.inUseDuring(period)) {
			throw reject(row, Field.AREA, "area_not_valid", "area code " + written.code() + " was not in use in "
					+ period.label() + " (" + validity(written) + ")");
		}
		Area area = this.areas.reportedUnder(written);
		CellValue value = CellValues.read(row.cell(Field.VALUE), unit);
		if (value instanceof CellValue.Invalid invalid) {
			throw reject(row, Field.VALUE, invalid.reasonClass(), invalid.reason());
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
		return new ObservationRecord(row.fileId(), row.sheet(), row.rowNumber(), row.cell(Field.VALUE).column(),
				area.code(), measure,
				period.type().code(), period.start().atDay(1), ((CellValue.Number) value).value(), numerator,
				denominator);
	}

	private String measure(RowItem row) {
		if (row.measure() != null) {
			return row.measure();
		}
		String text = row.cell(Field.MEASURE).text().strip();
		if (this.model.measureUnit(text).isPresent()) {
			return text;
		}
		return this.mappings.metricNamed(text)
			.orElseThrow(() -> reject(row, Field.MEASURE, "unknown_metric", "unknown metric '" + text
					+ "': add it to the metric catalogue in " + this.model.source()
					+ " or its name to jobs/mappings/metric-aliases.csv, or correct the name"));
	}

	private static String validity(Area area) {
		String from = area.validFrom() == null ? "" : "from " + area.validFrom();
		String to = area.validTo() == null ? "" : "to " + area.validTo();
		return "in use " + (from + " " + to).strip() + " in jobs/areas.csv";
	}

	private Area area(RowItem row) {
		String code = row.cell(Field.AREA).text().strip();
		if (code.isEmpty()) {
			throw reject(row, Field.AREA, "unknown_area", "the area code is blank");
		}
		return this.areas.find(code)
			.orElseThrow(() -> reject(row, Field.AREA, "unknown_area", "unknown area '" + code
					+ "': add it to jobs/mappings/area-aliases.csv if it is a spelling of a known area, or to the area"
					+ " register (jobs/areas.csv) if it is a new one"));
	}

	private Period period(RowItem row) {
		SourceCell cell = row.cell(Field.PERIOD);
		if (cell.date() != null) {
			return PeriodParser.monthOf(cell.date().toLocalDate());
		}
		if (cell.number() != null && cell.number() >= FIRST_SERIAL && cell.number() <= LAST_SERIAL) {
			LocalDate date = DateUtil.getLocalDateTime(cell.number(), row.date1904()).toLocalDate();
			return PeriodParser.monthOf(date);
		}
		Optional<Period> period = this.periods.computeIfAbsent(cell.text(), PeriodParser::parse);
		if (this.periods.size() > PERIOD_CACHE) {
			this.periods.clear();
		}
		return period.orElseThrow(() -> reject(row, Field.PERIOD, "bad_period",
				"unreadable period '" + cell.text().strip() + "': expected one of " + PeriodParser.ACCEPTED));
	}

	private Double count(RowItem row, Field field) {
		CellValue value = CellValues.readCount(row.cell(field));
		if (value instanceof CellValue.Invalid invalid) {
			throw reject(row, field, invalid.reasonClass(), field.name().toLowerCase() + " " + invalid.reason());
		}
		return value == null ? null : ((CellValue.Number) value).value();
	}

	private void checkProportion(RowItem row, Double numerator, Double denominator) {
		if (denominator != null && denominator == 0) {
			throw reject(row, Field.DENOMINATOR, "out_of_range", "the denominator is 0");
		}
		if (numerator != null && denominator != null && numerator > denominator) {
			throw reject(row, Field.NUMERATOR, "out_of_range", "the numerator (" + CellValues.format(numerator)
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
			throw reject(row, Field.PERIOD, "duplicate_key", "the same area (" + area.code() + "), metric ("
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

	private RowRejectedException reject(RowItem row, Field field, String reasonClass, String reason) {
		SourceCell cell = row.cell(field);
		String where = cell == null ? Where.row(row.sheet(), row.rowNumber()) : row.where(cell);
		return new RowRejectedException(new IngestNote(row.fileId(), row.sheet(), row.rowNumber(),
				cell == null ? null : cell.columnLetters(), IngestNote.REJECTED, reasonClass,
				cell == null ? null : cell.text(), where + ": " + reason));
	}

}
