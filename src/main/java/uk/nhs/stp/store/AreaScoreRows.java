package uk.nhs.stp.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.FourCircumstances;
import uk.nhs.stp.stats.Verdict;

/** The rows of {@code STP_AREA_SCORE}: one area's scores of one run, written and read back. */
final class AreaScoreRows {

	static final String INSERT = """
			INSERT INTO STP_AREA_SCORE (JOB_INSTANCE_ID, AREA_CODE, SCORED, TIER, TIER_NAME, VERDICT, STRONG_EVIDENCE,
			  COVERAGE, PACE_COVERAGE, LEVEL_Z, PACE, EXPECTED_PACE, UNEXPLAINED_PACE, STUDENTISED, LEVERAGE,
			  RELATIONSHIP_Z, POPULATION_Z, GEOGRAPHY_Z, FLOW_Z, RELATIONSHIP_CONTRIBUTION, POPULATION_CONTRIBUTION,
			  GEOGRAPHY_CONTRIBUTION, FLOW_CONTRIBUTION, REASONS, P_TIER_1, P_TIER_2, P_TIER_3, P_TIER_4, BORDERLINE,
			  UNEXPLAINED_RANK, RANK_LOWER, RANK_UPPER, TIER_STABILITY, LEAGUE_SCORE, LEAGUE_SEGMENT, SUPPORT_FOCUS,
			  FOCUS_DOMAINS, FOCUS_LEVEL, FOCUS_PACE, FOCUS_MONITORING, FOCUS_SUPPORT)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			  ?, ?, ?, ?)""";

	/** Text columns are cut to the column's size rather than fail a night's run. */
	private static final int TEXT = 4000;

	private AreaScoreRows() {
	}

	static Object[] params(long jobInstanceId, AreaScore a) {
		FourCircumstances z = a.circumstanceZ();
		FourCircumstances c = a.contributions();
		AreaScore.Certainty p = a.certainty();
		List<Object> row = new ArrayList<>(Arrays.asList(jobInstanceId, a.area().code(), a.scored(), a.tier(), a.tierName(),
				a.verdict() == null ? null : a.verdict().name(), a.strongEvidence(), f("coverage", a.coverage()),
				f("pace_coverage", a.paceCoverage()), f("level", a.level()), f("pace", a.pace()),
				f("expected_pace", a.expectedPace()), f("unexplained_pace", a.unexplainedPace()),
				f("studentised", a.studentised()), f("leverage", a.leverage()), f("z", z.relationship()),
				f("z", z.population()), f("z", z.geography()), f("z", z.flow()), f("contribution", c.relationship()),
				f("contribution", c.population()), f("contribution", c.geography()), f("contribution", c.flow()),
				cut(String.join("\n", a.reasons()))));
		for (int k = 1; k <= 4; k++) {
			row.add(f("p_tier", p.p(k)));
		}
		row.addAll(Arrays.asList(p.borderline(), f("rank", p.rank()), f("rank_lower", p.rankLower()),
				f("rank_upper", p.rankUpper()), f("tier_stability", a.sensitivity().stability()),
				f("league_score", a.league().score()), a.league().segment(), cut(a.focus().sentence()),
				lines(a.focus().domains()), cut(lines(a.focus().level())), cut(lines(a.focus().pace())),
				a.focus().monitoring(), a.focus().support()));
		return row.toArray();
	}

	private static Double f(String name, Double value) {
		return ScoreDao.finite(name, value);
	}

	private static String lines(List<String> items) {
		return items.isEmpty() ? null : String.join("\n", items);
	}

	private static List<String> split(String lines) {
		return lines == null ? List.of() : List.of(lines.split("\n"));
	}

	private static String cut(String text) {
		return text == null || text.length() <= TEXT ? text : text.substring(0, TEXT - 1) + "\u2026";
	}

	static AreaScore read(ResultSet rs, AreaRegister register, Map<String, List<AreaScore.Sensitivity.Change>> changes)
			throws SQLException {
		String code = rs.getString("AREA_CODE");
		String verdict = rs.getString("VERDICT");
		return new AreaScore(register.byCode(code).orElseThrow(),
				new AreaScore.Support(rs.getBoolean("SCORED"), (Integer) rs.getObject("TIER"), rs.getString("TIER_NAME")),
				new AreaScore.Composite(rs.getDouble("COVERAGE"), rs.getDouble("PACE_COVERAGE"), dbl(rs, "LEVEL_Z"),
						dbl(rs, "PACE")),
				new AreaScore.Expectation(dbl(rs, "EXPECTED_PACE"), dbl(rs, "UNEXPLAINED_PACE"), dbl(rs, "STUDENTISED"),
						dbl(rs, "LEVERAGE"), verdict == null ? null : Verdict.valueOf(verdict),
						(Boolean) rs.getObject("STRONG_EVIDENCE")),
				new AreaScore.CircumstanceTerms(four(rs, "_Z"), four(rs, "_CONTRIBUTION")),
				List.of(rs.getString("REASONS").split("\n")), certainty(rs),
				new AreaScore.Sensitivity(dbl(rs, "TIER_STABILITY"), changes.getOrDefault(code, List.of())),
				new AreaScore.League(dbl(rs, "LEAGUE_SCORE"), (Integer) rs.getObject("LEAGUE_SEGMENT")), focus(rs));
	}

	private static AreaScore.Certainty certainty(ResultSet rs) throws SQLException {
		if (rs.getObject("P_TIER_1") == null) {
			return AreaScore.Certainty.NONE;
		}
		return new AreaScore.Certainty(
				List.of(rs.getDouble("P_TIER_1"), rs.getDouble("P_TIER_2"), rs.getDouble("P_TIER_3"), rs.getDouble("P_TIER_4")),
				(Boolean) rs.getObject("BORDERLINE"), dbl(rs, "UNEXPLAINED_RANK"), dbl(rs, "RANK_LOWER"),
				dbl(rs, "RANK_UPPER"));
	}

	private static AreaScore.Focus focus(ResultSet rs) throws SQLException {
		if (rs.getString("SUPPORT_FOCUS") == null) {
			return AreaScore.Focus.NONE;
		}
		return new AreaScore.Focus(split(rs.getString("FOCUS_LEVEL")), split(rs.getString("FOCUS_PACE")),
				rs.getString("FOCUS_MONITORING"), split(rs.getString("FOCUS_DOMAINS")), rs.getBoolean("FOCUS_SUPPORT"));
	}

	private static FourCircumstances four(ResultSet rs, String suffix) throws SQLException {
		return new FourCircumstances(dbl(rs, "RELATIONSHIP" + suffix), dbl(rs, "POPULATION" + suffix),
				dbl(rs, "GEOGRAPHY" + suffix), dbl(rs, "FLOW" + suffix));
	}

	static Double dbl(ResultSet rs, String column) throws SQLException {
		return (Double) rs.getObject(column);
	}

}
