package uk.nhs.stp.ingest.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.nhs.stp.ingest.IngestItem;
import uk.nhs.stp.ingest.IngestNote;
import uk.nhs.stp.ingest.TableSource;
import uk.nhs.stp.ingest.layout.MetricMatcher;

/**
 * A file being read: plans every sheet first ({@link SheetPlanner}), then reads the planned
 * sheets (systems before units) and hands out one item at a time so memory stays flat: a
 * candidate observation per value cell, a rolled-up value per system, and a note for each sheet
 * set aside and each aggregate, footnote, missing value or unit left out. The same sequence comes
 * out every time the file is read, which is what lets a restart skip the items already handed out.
 */
public final class OpenFile implements AutoCloseable {

	/** Sheet reasons in the order a whole file's rejection prefers them (most telling first). */
	private static final List<String> TELLING = List.of("ambiguous_column", "unknown_metric", "other_geography",
			"not_rollable", "aggregate_only", "no_area_column", "no_header");

	private final TableSource source;

	private SheetReader.FileContext context;

	private final SheetPlanner planner;

	private final ItemFields fields;

	private final Reading reading;

	private final Deque<IngestItem> pending = new ArrayDeque<>();

	private final List<String> sheetReports = new ArrayList<>();

	private SheetPlanner.Plans plans;

	private Iterator<SheetPlan> toRead;

	private SheetReader current;

	private PublishedValues published;

	private long itemsEmitted;

	private long dataRows;

	public OpenFile(long fileId, String fileName, TableSource source, Reading reading, MetricMatcher matcher) {
		this.source = source;
		this.reading = reading;
		this.fields = new ItemFields(reading.model(), reading.mappings(), matcher);
		this.planner = new SheetPlanner(source, fileName, reading.mappings(), reading.detector(matcher), reading.resolver(),
				new Rollability(reading.model()));
		this.context = new SheetReader.FileContext(fileId, fileName, source.isWorkbook(), source.isDate1904(),
				reading.maxRowsPerSheet(), reading.resolver(), this.fields, reading.model());
	}

	/**
	 * The next item, or null when the file is done.
	 * @throws uk.nhs.stp.ingest.UnreadableFileException if the file turns out to be damaged or too large
	 */
	public IngestItem next() throws IOException {
		while (this.pending.isEmpty()) {
			if (this.plans == null) {
				plan();
				continue;
			}
			if (this.current == null) {
				if (!this.toRead.hasNext()) {
					return null;
				}
				SheetPlan sheet = this.toRead.next();
				this.current = new SheetReader(this.context, sheet, this.source.rows(sheet.index()), this.published);
			}
			if (!this.current.fill(this.pending)) {
				this.dataRows += this.current.dataRows();
				this.current = null;
			}
		}
		this.itemsEmitted++;
		return this.pending.poll();
	}

	private void plan() throws IOException {
		this.plans = this.planner.plan();
		this.context = this.context.withResolver(this.plans.resolver());
		this.published = new PublishedValues(unitMeasures(), this.reading.areas(), this.fields, this.reading.model());
		this.toRead = this.plans.readOrder().iterator();
		for (SheetPlan sheet : this.plans.inWorkbookOrder()) {
			this.sheetReports.add(report(sheet));
			if (sheet.use() == SheetPlan.Use.SET_ASIDE && this.source.isWorkbook()) {
				this.pending.add(new IngestNote(this.context.fileId(), sheet.name(), null, null, IngestNote.SKIPPED,
						sheet.reasonClass(), null, "Sheet \"" + sheet.name() + "\" skipped: " + sheet.reason()));
			}
			if (sheet.use() == SheetPlan.Use.READ) {
				String place = this.source.isWorkbook() ? "Sheet \"" + sheet.name() + "\": " : "";
				sheet.layout().notes().forEach(note -> this.pending.add(new IngestNote(this.context.fileId(), sheet.name(),
						null, null, IngestNote.SKIPPED, "columns_left_out", null, place + note)));
			}
		}
	}

	private Set<String> unitMeasures() {
		Set<String> measures = new java.util.HashSet<>();
		this.plans.readOrder().stream().filter(SheetPlan::checkOnly).forEach(p -> measures.addAll(SheetPlanner.measures(p.layout())));
		return measures;
	}

	private String report(SheetPlan sheet) {
		String name = this.source.isWorkbook() ? "Sheet \"" + sheet.name() + "\": " : "";
		return name + switch (sheet.use()) {
			case READ -> sheet.layout().describe() + (sheet.checkOnly() ? "; a check on the systems' published figures" : "");
			case MAPPING -> (this.source.isWorkbook() ? "the workbook's" : "the file's") + " mapping of units to systems ("
					+ sheet.mapping().describe() + ")";
			case SET_ASIDE -> "skipped: " + sheet.reason();
			case EMPTY -> "empty";
		};
	}

	/** Re-reads (and drops) the items already handed out before a restart. */
	public void skip(long items) throws IOException {
		for (long i = 0; i < items; i++) {
			if (next() == null) {
				return;
			}
		}
	}

	public long itemsEmitted() {
		return this.itemsEmitted;
	}

	/** Data rows read so far (rows of a detected table that are not blank, notes or aggregates). */
	public long dataRows() {
		return this.dataRows + (this.current == null ? 0 : this.current.dataRows());
	}

	/** For each sheet, its layout or why it was skipped (for the {@code check} command). */
	public List<String> sheetReports() {
		return List.copyOf(this.sheetReports);
	}

	/**
	 * Why nothing could be read, when no sheet was read: a reason code and the plain-English reason.
	 * @return empty if some sheet was read
	 */
	public Optional<Map.Entry<String, String>> fileRejection() {
		if (this.plans == null || !this.plans.readOrder().isEmpty()) {
			return Optional.empty();
		}
		List<SheetPlan> sheets = this.plans.inWorkbookOrder()
			.stream()
			.filter(p -> p.use() != SheetPlan.Use.EMPTY && !"hidden_sheet".equals(p.reasonClass()))
			.toList();
		if (sheets.stream().anyMatch(p -> p.use() == SheetPlan.Use.MAPPING) && sheets.stream()
			.allMatch(p -> p.use() == SheetPlan.Use.MAPPING || "no_header".equals(p.reasonClass()))) {
			return Optional.of(Map.entry("lookup_file", "a lookup of codes and names, with no figures to load; to use it to "
					+ "roll units up to systems, save it as a mapping file in jobs/mappings/units/ (see the README)"));
		}
		if (!sheets.isEmpty() && sheets.stream().allMatch(p -> p.use() == SheetPlan.Use.SET_ASIDE
				&& Set.of("aggregate_only", "no_area_column").contains(p.reasonClass()))) {
			return Optional.of(Map.entry("aggregate_only", "no area rows: this file holds England/region figures only ("
					+ String.join("; ", this.sheetReports) + ")"));
		}
		String reasonClass = sheets.stream().map(SheetPlan::reasonClass).filter(java.util.Objects::nonNull).filter(TELLING::contains)
			.min(java.util.Comparator.comparingInt(TELLING::indexOf)).orElse("no_header");
		return Optional.of(Map.entry(reasonClass, (this.source.isWorkbook() ? "no sheet has a table this pipeline can read: "
				: "the file has no table this pipeline can read: ") + String.join("; ", this.sheetReports)));
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

}
