package uk.nhs.stp.model;

/**
 * The thresholds in italics in the method, as set in the scoring model.
 *
 * @param windowMonths trailing window for pace, in months (method §2)
 * @param minPoints fewest periods in the window for a pace to be shown
 * @param minAreas fewest areas reporting a period for it to count as the latest
 * @param minCoverage least share of metric weight an area needs to be scored
 * @param verdictLevel two-sided confidence level of the verdict (0.95)
 * @param strongEvidenceLevel two-sided level for "strong evidence" (0.998, i.e. t<sub>0.999</sub>)
 * @param bottomQuintile the share of areas counted as the bottom quintile (0.2)
 * @param peerCount nearest peers per area
 * @param redundancyRho |ρ| at or above which two metrics' paces are redundant (method §7)
 * @param spcBaseline points in the SPC baseline, or 0 for the whole series (method §3)
 */
public record Thresholds(int windowMonths, int minPoints, int minAreas, double minCoverage, double verdictLevel,
		double strongEvidenceLevel, double bottomQuintile, int peerCount, double redundancyRho, int spcBaseline) {
}
