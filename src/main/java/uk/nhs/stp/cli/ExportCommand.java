package uk.nhs.stp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


import org.springframework.stereotype.Component;

import uk.nhs.stp.report.CsvFile;
import uk.nhs.stp.settings.StpProperties;
import uk.nhs.stp.store.RevisionDao;

/**
 * The {@code export} verb: the store's current observations (latest revisions) as
 * {@code observations.csv} in the output folder, each with the file, sheet and cell it came from
 * and its revision number. A public contract (README).
 */
@Component
public class ExportCommand {

	public static final String FILE_NAME = "observations.csv";

	public static final List<String> COLUMNS = List.of("area_code", "metric", "period_start", "period_length", "value",
			"numerator", "denominator", "source_file", "source_sheet", "source_cell", "revision");

	private final RevisionDao revisions;

	private final StpProperties properties;

	public ExportCommand(RevisionDao revisions, StpProperties properties) {
		this.revisions = revisions;
		this.properties = properties;
	}

	/** Writes the export (through {@link CsvFile}: UTF-8 with BOM, guarded text, atomic); returns its path and count. */
	public String export() throws IOException {
		Path folder = this.properties.outputDir();
		Files.createDirectories(folder);
		Path target = folder.resolve(FILE_NAME);
		long[] count = new long[1];
		CsvFile.write(target, COLUMNS, records -> {
			IOException[] failure = new IOException[1];
			this.revisions.forEachLatest(v -> {
				if (failure[0] != null) {
					return;
				}
				try {
					records.add(v.areaCode(), v.measureId(), v.period().first(), length(v), number(v.value()),
							number(v.numerator()), number(v.denominator()), v.fileName(), v.sheet(),
							v.column() == null ? null : v.column() + v.row(), v.revision());
					count[0]++;
				}
				catch (IOException ex) {
					failure[0] = ex;
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
		});
		return String.format("Exported %,d observations (latest revisions) to %s", count[0], target);
	}

	/** Whole numbers without ".0", others in full precision, absent as empty (a number, so never guarded as text). */
	private static Number number(Double value) {
		if (value == null) {
			return null;
		}
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) value.longValue() : value;
	}

	private static String length(RevisionDao.Version v) {
		return switch (v.period().type()) {
			case MONTH -> "month";
			case QUARTER -> "quarter";
			case FINANCIAL_YEAR -> "year";
			case WEEK -> "week";
		};
	}


}
