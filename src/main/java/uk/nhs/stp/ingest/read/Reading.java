package uk.nhs.stp.ingest.read;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.OrgUnitRegister;
import uk.nhs.stp.ingest.geography.GeographyResolver;
import uk.nhs.stp.ingest.geography.WorkbookMapping;
import uk.nhs.stp.ingest.layout.LayoutDetector;
import uk.nhs.stp.ingest.layout.MetricMatcher;
import uk.nhs.stp.model.IngestMappings;
import uk.nhs.stp.model.ScoringModel;

/**
 * Everything a file is read with: the mappings, the scoring model's measures, the area register
 * and the units below systems, and the limit on rows per sheet. One per run, shared by the ingest
 * step and the {@code check} command so both read a file identically.
 *
 * @param mappings column, metric and area aliases, aggregate names, declared layouts
 * @param model the scoring model
 * @param areas the area register
 * @param units the shipped unit mappings
 * @param maxRowsPerSheet a sheet with more rows is rejected
 */
public record Reading(IngestMappings mappings, ScoringModel model, AreaRegister areas, OrgUnitRegister units,
		long maxRowsPerSheet) {

	/** Finds metrics by the words of their names, aliases and source headers. */
	public MetricMatcher matcher() {
		return new MetricMatcher(MetricMatcher.catalogueNames(this.model.metrics(), this.mappings.metricAliases(),
				this.model.circumstances().inputNames()));
	}

	LayoutDetector detector(MetricMatcher matcher) {
		return new LayoutDetector(this.mappings, matcher, this.model.metricsById(), this.model.source());
	}

	GeographyResolver resolver() {
		return new GeographyResolver(this.areas, this.units, this.mappings, WorkbookMapping.NONE);
	}

}
