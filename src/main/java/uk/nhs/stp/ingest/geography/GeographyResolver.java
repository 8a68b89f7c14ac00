package uk.nhs.stp.ingest.geography;

import java.util.List;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.Attribution;
import uk.nhs.stp.domain.OrgUnitRegister;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.model.IngestMappings;

/**
 * Says what a geography cell names, in order: a blank or placeholder, an aggregate, a system of
 * the area register, a unit of the workbook's own mapping, a unit of the shipped mappings, or
 * nothing known. Nothing is guessed.
 */
public final class GeographyResolver {

	private final AreaRegister areas;

	private final OrgUnitRegister units;

	private final Aggregates aggregates;

	private final WorkbookMapping workbook;

	public GeographyResolver(AreaRegister areas, OrgUnitRegister units, IngestMappings mappings,
			WorkbookMapping workbook) {
		this.areas = areas;
		this.units = units;
		this.aggregates = new Aggregates(mappings);
		this.workbook = workbook;
	}

	/** The same resolver, with a workbook's own mapping. */
	public GeographyResolver withWorkbook(WorkbookMapping mapping) {
		return new GeographyResolver(this.areas, this.units, this.aggregates, mapping);
	}

	private GeographyResolver(AreaRegister areas, OrgUnitRegister units, Aggregates aggregates, WorkbookMapping workbook) {
		this.areas = areas;
		this.units = units;
		this.aggregates = aggregates;
		this.workbook = workbook;
	}

	public Resolution resolve(String text) {
		if (text == null || text.isBlank() || Aggregates.isPlaceholder(text)) {
			return new Resolution.Blank();
		}
		if (this.aggregates.isAggregate(text)) {
			return new Resolution.Aggregate(text);
		}
		var area = this.areas.find(text);
		if (area.isPresent()) {
			return new Resolution.System(area.get());
		}
		var mapped = this.workbook.find(text);
		if (mapped.isPresent()) {
			return new Resolution.Unit(mapped.get().unit(), true);
		}
		return this.units.find(text).<Resolution>map(u -> new Resolution.Unit(u, false))
			.orElseGet(() -> new Resolution.Unknown(text));
	}

	/** Whether a cell names an aggregate. */
	public boolean isAggregate(String text) {
		return text != null && this.aggregates.isAggregate(text);
	}

	/** A unit's attributions during a period: the workbook's own, else the shipped mappings'. */
	public List<Attribution> attributions(Resolution.Unit unit, Period period) {
		if (unit.byWorkbook()) {
			return this.workbook.find(unit.unit().code()).map(WorkbookMapping.Entry::attributions).orElse(List.of());
		}
		return this.units.attributions(unit.unit(), period);
	}

	/** Where units' attributions come from, in words: the workbook's mapping sheet, or the shipped mappings. */
	public String mappingSourceWords(boolean byWorkbook) {
		return byWorkbook ? this.workbook.source() : "jobs/mappings/units/";
	}

	/** Where a unit's attribution comes from, for messages. */
	public String mappingSource(Resolution.Unit unit) {
		return unit.byWorkbook() ? this.workbook.source() : "jobs/mappings/units/";
	}

	public AreaRegister areas() {
		return this.areas;
	}

}
