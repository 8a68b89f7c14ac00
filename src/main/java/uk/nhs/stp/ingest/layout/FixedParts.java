package uk.nhs.stp.ingest.layout;

import java.util.Optional;

import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.PeriodParser;
import uk.nhs.stp.ingest.layout.LayoutDetector.SheetContext;
import uk.nhs.stp.model.LayoutOverride;

/**
 * The metric or period a table's columns do not give, from where publications put them, in this
 * order: a declared layout; for the period, a labelled line above the table ("Period: December
 * 2022", "Month: February 2025"); the sheet name; the title lines; the file name
 * ("Monthly-AE-April-2025.csv"). A metric is taken only from a confident match of its name.
 */
final class FixedParts {

	private final MetricMatcher matcher;

	private final SheetContext sheet;

	private final MetadataBlock metadata;

	private final Optional<LayoutOverride> override;

	FixedParts(MetricMatcher matcher, SheetContext sheet, MetadataBlock metadata, Optional<LayoutOverride> override) {
		this.matcher = matcher;
		this.sheet = sheet;
		this.metadata = metadata;
		this.override = override;
	}

	SheetLayout.Fixed find(boolean needsMeasure, boolean needsPeriod) {
		String[] measure = needsMeasure ? measure() : new String[2];
		Object[] period = needsPeriod ? period() : new Object[2];
		return new SheetLayout.Fixed(measure[0], measure[1], (Period) period[0], (String) period[1]);
	}

	private String[] measure() {
		if (this.override.map(LayoutOverride::metric).isPresent()) {
			return new String[] { this.override.get().metric(), "jobs/mappings/layouts.yml" };
		}
		for (String[] place : new String[][] { { this.sheet.sheetName(), "the sheet name" },
				{ this.metadata.title(), "a title row" } }) {
			MetricMatcher.Match match = this.matcher.context(place[0]);
			if (match.confident()) {
				return new String[] { match.metric(), place[1] };
			}
		}
		MetricMatcher.Match byFile = this.matcher.fileName(stem(this.sheet.fileName()));
		return byFile.confident() ? new String[] { byFile.metric(), "the file name" } : new String[2];
	}

	private Object[] period() {
		if (this.override.map(LayoutOverride::period).isPresent()) {
			return new Object[] { this.override.get().period(), "jobs/mappings/layouts.yml" };
		}
		Optional<MetadataBlock.Found> labelled = this.metadata.period();
		if (labelled.isPresent()) {
			return new Object[] { labelled.get().period(), labelled.get().from() };
		}
		for (String[] place : new String[][] { { this.sheet.sheetName(), "the sheet name" },
				{ this.metadata.title(), "a title row" }, { stem(this.sheet.fileName()), "the file name" } }) {
			Optional<Period> period = PeriodParser.find(place[0]);
			if (period.isPresent()) {
				return new Object[] { period.get(), place[1] };
			}
		}
		return new Object[2];
	}

	/** "Monthly-AE-April-2025.csv" reads "Monthly AE April 2025". */
	static String stem(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
		return stem.replace('_', ' ').replaceAll("(?<=[A-Za-z])-(?=[A-Za-z0-9])|(?<=[0-9])-(?=[A-Za-z])", " ");
	}

}
