package uk.nhs.stp.stats;

import java.util.Arrays;

/**
 * What an XmR chart (method §3, {@link XmrChart}) draws and how much an area's series varies by
 * common cause: the centre line and process limits in force at each point (they step where the
 * chart is rebased), and SPC's sigma, the screened average moving range / 1.128 (method §9 uses
 * it as an area's own noise on a robust-z metric).
 */
public final class XmrLines {

	private XmrLines() {
	}

	/**
	 * The centre line and limits in force at each point: those of the point's segment between
	 * rebase points, or null for a segment of fewer than two points (which has none).
	 * @param rebaseAt indices (ascending, each above 0) where a new segment starts
	 */
	public static XmrChart.Limits[] lines(double[] y, int baseline, int[] rebaseAt) {
		XmrChart.Limits[] lines = new XmrChart.Limits[y.length];
		int start = 0;
		for (int s = 0; s <= rebaseAt.length; s++) {
			int end = s < rebaseAt.length ? rebaseAt[s] : y.length;
			if (end - start >= 2) {
				Arrays.fill(lines, start, end, XmrChart.segment(Arrays.copyOfRange(y, start, end), baseline).limits());
			}
			start = end;
		}
		return lines;
	}

	/**
	 * SPC's sigma, the series' common-cause variation: the screened average moving range / 1.128
	 * (method §9 uses it as an area's own noise on a robust-z metric).
	 * @param y at least two points in time order
	 */
	public static double sigma(double[] y) {
		if (y.length < 2) {
			throw StatisticsException.insufficientData("a moving range needs at least two points");
		}
		return XmrChart.screenedAverageMovingRange(y) / XmrChart.D2;
	}

}
