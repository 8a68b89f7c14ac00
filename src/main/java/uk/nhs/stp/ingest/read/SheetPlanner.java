package uk.nhs.stp.ingest.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.nhs.stp.ingest.SheetInfo;
import uk.nhs.stp.ingest.SourceRow;
import uk.nhs.stp.ingest.TableSource;
import uk.nhs.stp.ingest.geography.GeographyChooser;
import uk.nhs.stp.ingest.geography.GeographyResolver;
import uk.nhs.stp.ingest.geography.MappingSheets;
import uk.nhs.stp.ingest.geography.WorkbookMapping;
import uk.nhs.stp.ingest.layout.LayoutDetector;
import uk.nhs.stp.ingest.layout.SheetLayout;
import uk.nhs.stp.ingest.layout.SheetLayout.ValueColumn;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.LayoutOverride;

/**
 * Looks at the first rows of every sheet of a file before any row is handed out, because what
 * one sheet means can depend on another: a workbook's mapping sheet says which system each of its
 * providers belongs to, and a workbook that publishes its systems' own figures beside its
 * providers' makes the providers' roll-up a check, not a second value. Each sheet gets a
 * {@link SheetPlan}; sheets of systems are read before sheets of units.
 */
final class SheetPlanner {

	/** Rows below the header looked at to decide a sheet's geography. */
	static final int SAMPLE_ROWS = 200;

	private final TableSource source;

	private final String fileName;

	private final IngestMappings mappings;

	private final LayoutDetector detector;

	private final GeographyResolver resolver;

	private final Rollability rollability;

	SheetPlanner(TableSource source, String fileName, IngestMappings mappings, LayoutDetector detector,
			GeographyResolver resolver, Rollability rollability) {
		this.rollability = rollability;
		this.source = source;
		this.fileName = fileName;
		this.mappings = mappings;
		this.detector = detector;
		this.resolver = resolver;
	}

	/** The plans in workbook order, the order sheets are read in, and the workbook's own mapping. */
	record Plans(List<SheetPlan> inWorkbookOrder, List<SheetPlan> readOrder, GeographyResolver resolver) {
	}

	Plans plan() throws IOException {
		List<String> names = this.source.sheetNames();
		List<Looked> looked = new ArrayList<>();
		WorkbookMapping mapping = WorkbookMapping.NONE;
		MappingSheets mappingSheets = new MappingSheets(this.resolver);
		for (int i = 0; i < names.size(); i++) {
			Looked sheet = look(i, names.get(i), mappingSheets);
			if (sheet.plan != null && sheet.plan.use() == SheetPlan.Use.MAPPING && mapping.isEmpty()) {
				mapping = mappingSheets.read(names.get(i), this.source.rows(i), sheet.plan.mapping());
			}
			looked.add(sheet);
		}
		GeographyResolver withMapping = mapping.isEmpty() ? this.resolver : this.resolver.withWorkbook(mapping);
		GeographyChooser chooser = new GeographyChooser(withMapping);
		List<SheetPlan> plans = new ArrayList<>();
		for (Looked sheet : looked) {
			plans.add(sheet.plan != null ? sheet.plan : geography(sheet, chooser));
		}
		plans = markChecks(plans);
		return new Plans(plans, readOrder(plans), withMapping);
	}

	/** A sheet's first rows, and its plan when that does not wait for the workbook's mapping. */
	private record Looked(int index, String name, SheetLayout layout, List<SourceRow> sample, boolean declaredArea,
			SheetPlan plan) {
	}

	private Looked look(int index, String name, MappingSheets mappingSheets) throws IOException {
		Optional<LayoutOverride> override = this.mappings.layoutFor(this.fileName, name);
		if (override.filter(LayoutOverride::skip).isPresent()) {
			return decided(index, name, SheetPlan.setAside(index, name, "declared_skip", "set aside by jobs/mappings/layouts.yml"));
		}
		SheetInfo info = this.source.sheetInfo(index);
		List<SourceRow> head = head(index);
		if (head.stream().allMatch(SourceRow::isBlank)) {
			return decided(index, name, SheetPlan.empty(index, name));
		}
		LayoutDetector.Detection detection = this.detector.detect(
				new LayoutDetector.SheetContext(this.fileName, name, this.source.isDate1904(), info), head, override);
		Optional<String> data = dataAsHeader(detection, head);
		if (data.isPresent() && override.isEmpty()) {
			return decided(index, name, SheetPlan.setAside(index, name, "no_header", data.get()));
		}
		if (detection.layout() != null && !info.hidden()) {
			List<SourceRow> sample = head.subList(detection.headerIndex() + 1, head.size());
			return new Looked(index, name, detection.layout(), sample, override.map(LayoutOverride::areaColumn).isPresent(), null);
		}
		Optional<MappingSheets.Columns> mapping = mappingSheets.detect(head.subList(0, Math.min(head.size(),
				LayoutDetector.HEADER_SEARCH_ROWS + SAMPLE_ROWS)));
		if (mapping.isPresent() && detection.layout() == null) {
			return decided(index, name, SheetPlan.mapping(index, name, mapping.get()));
		}
		if (info.hidden()) {
			return decided(index, name, SheetPlan.setAside(index, name, "hidden_sheet",
					"a hidden sheet (the publisher's working, not its tables); unhide it to have it read"));
		}
		return decided(index, name, SheetPlan.setAside(index, name, detection.failureClass(), detection.failure()));
	}

	/**
	 * A "header" holding a system's or region's code (QOP, Y62) is a row of data: the table has no
	 * header row (such as NHS Digital's ODS files), and its columns cannot be named.
	 */
	private Optional<String> dataAsHeader(LayoutDetector.Detection detection, List<SourceRow> head) {
		if (detection.headerIndex() < 0) {
			return Optional.empty();
		}
		SourceRow row = head.get(detection.headerIndex());
		for (uk.nhs.stp.ingest.SourceCell cell : row.cells()) {
			String text = cell == null ? "" : cell.text().strip();
			if (!text.isEmpty() && !text.contains(" ") && text.length() <= 9 && codeOfAPlace(text)) {
				return Optional.of("row " + row.rowNumber() + " reads as data, not a header ('" + text + "' in column "
						+ cell.columnLetters() + " is the code of a system or region): the table has no header row; add one "
						+ "naming its columns (area code, metric, period, value…)");
			}
		}
		return Optional.empty();
	}

	private boolean codeOfAPlace(String text) {
		var resolution = this.resolver.resolve(text);
		return resolution instanceof uk.nhs.stp.ingest.geography.Resolution.System
				|| resolution instanceof uk.nhs.stp.ingest.geography.Resolution.Aggregate && text.matches("[A-Z]\\d{2}|E\\d{8}");
	}

	private static Looked decided(int index, String name, SheetPlan plan) {
		return new Looked(index, name, null, List.of(), false, plan);
	}

	private List<SourceRow> head(int index) throws IOException {
		List<SourceRow> head = new ArrayList<>();
		Iterator<SourceRow> rows = this.source.rows(index);
		while (rows.hasNext() && head.size() < LayoutDetector.HEADER_SEARCH_ROWS + SAMPLE_ROWS) {
			head.add(rows.next());
		}
		return head;
	}

	private SheetPlan geography(Looked sheet, GeographyChooser chooser) {
		GeographyChooser.Decision decision = chooser.choose(sheet.layout, sheet.sample, sheet.declaredArea);
		if (decision instanceof GeographyChooser.SetAside setAside) {
			return SheetPlan.setAside(sheet.index, sheet.name, setAside.reasonClass(), setAside.reason());
		}
		SheetPlan plan = SheetPlan.read(sheet.index, sheet.name,
				sheet.layout.withGeography(((GeographyChooser.Chosen) decision).geography()));
		Optional<String> unrollable = plan.isUnits() ? this.rollability.noneRollable(plan.layout()) : Optional.empty();
		return unrollable.map(reason -> SheetPlan.setAside(sheet.index, sheet.name, "not_rollable", reason)).orElse(plan);
	}

	/** Sheets of units whose metrics a sheet of systems of the same workbook also gives are only checked. */
	private static List<SheetPlan> markChecks(List<SheetPlan> plans) {
		Set<String> published = new HashSet<>();
		plans.stream().filter(SheetPlan::isSystems).forEach(p -> published.addAll(measures(p.layout())));
		List<SheetPlan> marked = new ArrayList<>();
		for (SheetPlan plan : plans) {
			boolean overlaps = plan.isUnits() && measures(plan.layout()).stream().anyMatch(published::contains);
			marked.add(overlaps ? plan.checkingOnly() : plan);
		}
		return marked;
	}

	/** The metrics a layout names in its header or fixes ("*" when a metric column names them row by row). */
	static Set<String> measures(SheetLayout layout) {
		Set<String> measures = new HashSet<>();
		if (layout.measure() != null) {
			measures.add(layout.measure());
		}
		layout.valueColumns().stream().map(ValueColumn::measure).filter(java.util.Objects::nonNull).forEach(measures::add);
		return measures;
	}

	private static List<SheetPlan> readOrder(List<SheetPlan> plans) {
		List<SheetPlan> order = new ArrayList<>();
		plans.stream().filter(p -> p.use() == SheetPlan.Use.READ && !p.isUnits()).forEach(order::add);
		plans.stream().filter(SheetPlan::isUnits).forEach(order::add);
		return order;
	}

}
