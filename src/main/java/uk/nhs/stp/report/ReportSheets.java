package uk.nhs.stp.report;

import java.util.List;

/** The workbook's sheet names, in order (Excel allows at most 31 characters). */
final class ReportSheets {

	static final String SUMMARY = "Summary";

	/** A regional pack's page per area, with its SPC charts. */
	static final String AREA_PROFILES = "Area profiles";

	static final String SUPPORT_TIERS = "Support tiers";

	static final String PACE = "Pace vs circumstances";

	/** The national workbook's funnel plots. */
	static final String FUNNELS = "Funnel plots";

	static final String METRICS = "Metrics";

	static final String PEERS = "Peers";

	static final String MONITORING = "Monitoring burden";

	static final String CHANGES = "Changes";

	static final String DATA_QUALITY = "Data quality";

	static final String METHODOLOGY = "Methodology";

	/** The numbers behind the Summary, pace and funnel charts. */
	static final String CHART_DATA = "Chart data";

	/** The numbers behind a pack's SPC charts. */
	static final String PROFILE_DATA = "Profile chart data";

	/** The national workbook's sheets, in order. */
	static final List<String> NATIONAL = List.of(SUMMARY, SUPPORT_TIERS, PACE, FUNNELS, METRICS, PEERS, MONITORING,
			CHANGES, DATA_QUALITY, METHODOLOGY, CHART_DATA);

	/** A regional pack's sheets, in order. */
	static final List<String> PACK = List.of(SUMMARY, AREA_PROFILES, SUPPORT_TIERS, PACE, METRICS, PEERS, MONITORING,
			CHANGES, DATA_QUALITY, METHODOLOGY, CHART_DATA, PROFILE_DATA);

	static {
		PACK.forEach(name -> {
			if (name.length() > 31) {
				throw new IllegalStateException("sheet name over 31 characters: " + name);
			}
		});
	}

	private ReportSheets() {
	}

}
