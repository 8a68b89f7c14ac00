package uk.nhs.stp.report;

import java.util.List;

/** The workbook's sheet names, in order (Excel allows at most 31 characters). */
final class ReportSheets {

	static final String SUMMARY = "Summary";

	static final String SUPPORT_TIERS = "Support tiers";

	static final String PACE = "Pace vs circumstances";

	static final String METRICS = "Metrics";

	static final String PEERS = "Peers";

	static final String MONITORING = "Monitoring burden";

	static final String CHANGES = "Changes";

	static final String DATA_QUALITY = "Data quality";

	static final String METHODOLOGY = "Methodology";

	/** The numbers behind the Summary chart (and the diagonal of the scatter). */
	static final String CHART_DATA = "Chart data";

	static final List<String> ALL = List.of(SUMMARY, SUPPORT_TIERS, PACE, METRICS, PEERS, MONITORING, CHANGES,
			DATA_QUALITY, METHODOLOGY, CHART_DATA);

	static {
		ALL.forEach(name -> {
			if (name.length() > 31) {
				throw new IllegalStateException("sheet name over 31 characters: " + name);
			}
		});
	}

	private ReportSheets() {
	}

}
