package uk.nhs.stp.model;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

import uk.nhs.stp.domain.Period;

/**
 * A declared layout for sheets whose layout is not detected (from {@code jobs/mappings/layouts.yml}).
 * Every part is optional except the file pattern.
 *
 * @param file a glob on the file name, e.g. {@code ae-*.xlsx}
 * @param sheet the sheet name, or null for every sheet
 * @param headerRow the header's row number as Excel shows it, or null to detect it
 * @param layout {@code long}, {@code wide_by_period} or {@code wide_by_metric}, or null to detect it
 * @param metric a metric for every value, or null
 * @param period a period for every value, or null
 * @param areaColumn the area column (0-based), or null to detect it
 * @param skip whether to skip the sheet (logged as skipped)
 */
public record LayoutOverride(String file, String sheet, Integer headerRow, String layout, String metric, Period period,
		Integer areaColumn, boolean skip) {

	public boolean matches(String fileName, String sheetName) {
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + this.file);
		return matcher.matches(Path.of(fileName)) && (this.sheet == null || this.sheet.equalsIgnoreCase(sheetName));
	}

}
