package uk.nhs.stp.report;

import java.util.List;
import java.util.function.Function;

import uk.nhs.stp.result.AreaScore;

/**
 * The columns of {@code scores-<date>.csv} (a public contract), defined once; the workbook
 * shows the same numbers on its Support tiers and Pace vs circumstances sheets.
 */
final class AreaColumns {

	/** How a column is formatted in the workbook. */
	enum Format {

		TEXT, WRAP, TIER, INTEGER, PERCENT, DECIMAL

	}

	/**
	 * @param csvName stable snake_case name in the CSV export
	 * @param heading the workbook heading
	 * @param width column width in characters
	 * @param format how the workbook formats it
	 * @param value the value: a String, a Number, or null
	 */
	record Column(String csvName, String heading, int width, Format format, Function<AreaScore, Object> value) {
	}

	static final List<Column> ALL = List.of(
			new Column("area_code", "Area code", 12, Format.TEXT, a -> a.area().code()),
			new Column("area_name", "Area", 34, Format.WRAP, a -> a.area().name()),
			new Column("region", "Region", 18, Format.TEXT, a -> a.area().region()),
			new Column("tier", "Tier", 6, Format.INTEGER, a -> a.tier()),
			new Column("tier_name", "Support tier", 22, Format.TIER, AreaScore::tierName),
			new Column("verdict", "Pace against circumstances", 24, Format.WRAP,
					a -> a.verdict() == null ? null : a.verdict().words() + (Boolean.TRUE.equals(a.strongEvidence()) ? " (strong evidence)" : "")),
			new Column("coverage", "Data coverage", 10, Format.PERCENT, AreaScore::coverage),
			new Column("level", "Level (z)", 9, Format.DECIMAL, AreaScore::level),
			new Column("pace", "Pace (per year)", 9, Format.DECIMAL, AreaScore::pace),
			new Column("expected_pace", "Expected pace", 9, Format.DECIMAL, AreaScore::expectedPace),
			new Column("unexplained_pace", "Unexplained pace", 11, Format.DECIMAL, AreaScore::unexplainedPace),
			new Column("studentised_residual", "Studentised residual", 11, Format.DECIMAL, AreaScore::studentised),
			new Column("leverage", "Leverage", 9, Format.DECIMAL, AreaScore::leverage),
			new Column("relationship_z", "Relationship history (z)", 11, Format.DECIMAL, a -> a.circumstanceZ().relationship()),
			new Column("population_z", "Population size (z)", 11, Format.DECIMAL, a -> a.circumstanceZ().population()),
			new Column("geography_z", "Geography (z)", 11, Format.DECIMAL, a -> a.circumstanceZ().geography()),
			new Column("flow_z", "Patient flow (z)", 11, Format.DECIMAL, a -> a.circumstanceZ().flow()),
			new Column("relationship_contribution", "Relationship contribution", 12, Format.DECIMAL,
					a -> a.contributions().relationship()),
			new Column("population_contribution", "Population contribution", 12, Format.DECIMAL,
					a -> a.contributions().population()),
			new Column("geography_contribution", "Geography contribution", 12, Format.DECIMAL,
					a -> a.contributions().geography()),
			new Column("flow_contribution", "Patient flow contribution", 12, Format.DECIMAL, a -> a.contributions().flow()),
			new Column("reasons", "Reasons", 80, Format.WRAP, a -> String.join("; ", a.reasons())),
			new Column("p_tier_1", "Probability of tier 1", 9, Format.PERCENT, a -> a.certainty().p(1)),
			new Column("p_tier_2", "Probability of tier 2", 9, Format.PERCENT, a -> a.certainty().p(2)),
			new Column("p_tier_3", "Probability of tier 3", 9, Format.PERCENT, a -> a.certainty().p(3)),
			new Column("p_tier_4", "Probability of tier 4", 9, Format.PERCENT, a -> a.certainty().p(4)),
			new Column("borderline", "Borderline", 9, Format.TEXT, a -> a.certainty().borderline()),
			new Column("rank", "Rank of unexplained pace", 9, Format.DECIMAL, a -> a.certainty().rank()),
			new Column("rank_lower", "Rank: 95% low", 9, Format.DECIMAL, a -> a.certainty().rankLower()),
			new Column("rank_upper", "Rank: 95% high", 9, Format.DECIMAL, a -> a.certainty().rankUpper()),
			new Column("tier_stability", "Tier stability", 9, Format.PERCENT, a -> a.sensitivity().stability()),
			new Column("league_segment", "League table segment", 9, Format.INTEGER, a -> a.league().segment()),
			new Column("league_score", "League table score", 9, Format.DECIMAL, a -> a.league().score()),
			new Column("support_focus", "Support focus", 80, Format.WRAP, a -> a.focus().sentence()));

	private AreaColumns() {
	}

}
