package uk.nhs.stp.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.model.ScoringModelLoader;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.AreaScore;
import uk.nhs.stp.result.FourCircumstances;
import uk.nhs.stp.result.MetricOutcome;
import uk.nhs.stp.result.ModelFit;
import uk.nhs.stp.result.PeerSet;
import uk.nhs.stp.result.Redundancy;
import uk.nhs.stp.result.RunTiering;
import uk.nhs.stp.result.SpcChart;
import uk.nhs.stp.stats.SpcRule;
import uk.nhs.stp.stats.Verdict;
import uk.nhs.stp.store.IngestEventDao.IngestEvent;
import uk.nhs.stp.store.LedgerEntry;
import uk.nhs.stp.store.RevisionDao.Version;
import uk.nhs.stp.store.ScoreDao.MetricSummary;
import uk.nhs.stp.store.ScoreDao.StoredAreaMetric;
import uk.nhs.stp.store.ScoreDao.StoredRun;

/**
 * A small, fully known report: three areas (intensive in the North, light touch in London, not
 * scored in the South with a name that looks like a formula), two metrics, peers, a revision and
 * a previous run in which Slowtown was in universal support. Slowtown is borderline (70% intensive,
 * 30% targeted) and sits in the league table's top half although slower than its circumstances
 * explain ("a league table would miss it"); Goodville is in the league table's bottom segment
 * although its pace is as its circumstances explain ("would blame it"). Slowtown has an SPC chart
 * of A&amp;E (a core metric) with a concern at its end; both scored areas are on the A&amp;E funnel,
 * Slowtown beyond its 99.8% limits.
 */
final class ReportFixtures {

	static final Area SLOWTOWN = new Area("E54000001", "Q01", "Slowtown", "North");

	static final Area GOODVILLE = new Area("E54000002", "Q02", "Goodville", "London");

	static final Area EVIL = new Area("E54000003", "", "=Evil", "South");

	static final String FOCUS_PHRASE = "A&E 4-hour waits 85.2% (England median 88.0%), in the bottom fifth, falling 1.2 points a year";

	private ReportFixtures() {
	}

	static ReportData data() {
		ModelFit fit = new ModelFit(true, null, 40, 35, 0.41, 0.34, 0.2, 0.1, 2.03,
				List.of(new ModelFit.Term("intercept", 0.1, 0.02, 5, 1e-5), new ModelFit.Term("relationship", 0.15, 0.03, 5, 1e-5)));
		FourCircumstances z = new FourCircumstances(0.1, 0.2, 0.3, 0.4);
		AreaScore slow = score(SLOWTOWN, 4, "Intensive support", Verdict.SLOWER, new AreaScore.Composite(0.9, 0.9, -1.2, -0.4),
				0.3, -0.7, -3.1, 0.1, z, List.of("overall level in the bottom fifth of areas",
						"improving more slowly than its circumstances explain", "its circumstances would lead us to expect more"))
			.with(new AreaScore.Certainty(List.of(0.0, 0.0, 0.3, 0.7), true, 1.0, 1.0, 2.0),
					new AreaScore.Sensitivity(11.0 / 12, List.of(new AreaScore.Sensitivity.Change("verdict level 0.99", 3))),
					new AreaScore.League(2.1, 2), new AreaScore.Focus(List.of(FOCUS_PHRASE), List.of(),
							"full metric set, monthly", List.of("Emergency care"), true));
		AreaScore good = score(GOODVILLE, 1, "Light-touch monitoring", Verdict.AS_EXPLAINED,
				new AreaScore.Composite(1.0, 1.0, 1.1, 0.6), 0.5, 0.1, 0.4, 0.1, z,
				List.of("overall level in the top half of areas", "its circumstances would lead us to expect little"))
			.with(new AreaScore.Certainty(List.of(0.95, 0.05, 0.0, 0.0), false, 2.0, 1.0, 2.0),
					new AreaScore.Sensitivity(1.0, List.of()), new AreaScore.League(3.9, 4),
					new AreaScore.Focus(List.of(), List.of(), "core metrics only, quarterly", List.of(), false));
		AreaScore unscored = new AreaScore(EVIL, AreaScore.Support.NONE, new AreaScore.Composite(0.3, 0.3, null, null),
				AreaScore.Expectation.NONE, AreaScore.CircumstanceTerms.NONE, List.of("not scored: too little data"));
		AreaScore slowBefore = score(SLOWTOWN, 2, "Universal support", Verdict.AS_EXPLAINED,
				new AreaScore.Composite(0.9, 0.9, -1.0, 0.1), 0.2, -0.1, -0.5, 0.1, z, List.of("no rule applies"));
		LedgerEntry file = new LedgerEntry(1, 1, "a.csv", "ab", 100, "loaded", null, null, 10, 9, 1, 0,
				LocalDateTime.now(), LocalDateTime.now(), "archive/2019-04-30/a.csv");
		IngestEvent event = new IngestEvent("a.csv", "", 7, "D", "rejected", "not_a_number",
				"=HYPERLINK(\"http://example.invalid\")", "cell D7: '=HYPERLINK(\"http://example.invalid\")' is not a number");
		Period march = Period.month(2019, 3);
		AreaMetric ae = new AreaMetric(new AreaMetric.Level(85.2, -1.5, true),
				new AreaMetric.Trend(-1.2, -2.0, -0.4, -0.5, 0.001, 24),
				new AreaMetric.Spc("special cause concern", "7 or more points below the mean", "consistently failing", false, true),
				null, 35, new AreaMetric.Source(march, false, 852.0, 1000.0), AreaMetric.Noise.NONE);
		AreaMetric goodAe = new AreaMetric(new AreaMetric.Level(91.0, 0.8, false),
				new AreaMetric.Trend(0.5, 0.1, 0.9, 0.2, 0.01, 24), null, null, 36,
				new AreaMetric.Source(march, false, 1820.0, 2000.0), AreaMetric.Noise.NONE);
		AreaMetric beds = new AreaMetric(new AreaMetric.Level(1234.5, 0.2, null),
				new AreaMetric.Trend(3.0, null, null, 0.1, 0.4, 24), null, null, 36,
				new AreaMetric.Source(Period.month(2019, 2), true, null, null), AreaMetric.Noise.NONE);
		List<StoredAreaMetric> metrics = List.of(new StoredAreaMetric(SLOWTOWN.code(), "ae_4hr", ae),
				new StoredAreaMetric(GOODVILLE.code(), "ae_4hr", goodAe),
				new StoredAreaMetric(SLOWTOWN.code(), "emergency_bed_days", beds));
		Map<String, MetricSummary> summaries = Map.of("ae_4hr",
				new MetricSummary("ae_4hr", march, "funnel", 3.0, null, 36,
						new MetricOutcome.Comparison(88.0, 85.5, Math.asin(Math.sqrt(0.89)), 0.0004, 3.2)),
				"emergency_bed_days", new MetricSummary("emergency_bed_days", march, "robust z", 7.0, null, 36));
		Version before = new Version(SLOWTOWN.code(), "ae_4hr", march, 85.0, null, null, "first.csv", "", 2, "D", 0, 1);
		Version after = new Version(SLOWTOWN.code(), "ae_4hr", march, 85.2, null, null, "late.csv", "", 4, "D", 1, 2);
		Redundancy redundancy = new Redundancy(List.of(new Redundancy.Pair("ae_4hr", "rtt_18wk", 0.91, 40, true)),
				List.of("ae_4hr"));
		RunTiering tiering = new RunTiering(-0.75, 0.1, 0.39, 2000, 20170401L, List.of());
		return new ReportData(new StoredRun(1, LocalDate.of(2019, 4, 30), "jobs/scoring-model.yml", fit, tiering),
				ScoringModelLoader.load(Path.of("jobs/scoring-model.yml")), List.of(slow, good, unscored), summaries, metrics,
				List.of(file), List.of(event), List.<Version[]>of(new Version[] { before, after }),
				Map.of(SLOWTOWN.code(), new PeerSet(SLOWTOWN.code(), List.of(GOODVILLE.code()), List.of(1.5), 0.6)),
				redundancy, new StoredRun(0, LocalDate.of(2019, 3, 31), "jobs/scoring-model.yml", fit),
				Map.of(SLOWTOWN.code(), slowBefore),
				Map.of(SLOWTOWN.code(), SLOWTOWN.name(), GOODVILLE.code(), GOODVILLE.name(), EVIL.code(), EVIL.name()),
				Map.of(SLOWTOWN.code(), List.of(spc(SLOWTOWN.code(), "ae_4hr"))), List.of());
	}

	/** The same report built on the shipped sample data. */
	static ReportData synthetic() {
		return data().with(data().spcCharts(), List.of("acute-performance-2016-19.xlsx"));
	}

	/** 15 months from Jan 2018 at 88%, the last seven falling below the mean: a concern at the end. */
	static SpcChart spc(String area, String metric) {
		List<SpcChart.Point> points = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			boolean shift = i >= 8;
			points.add(new SpcChart.Point(Period.month(2018 + (i / 12), i % 12 + 1), shift ? 86.0 - 0.1 * i : 88.0 + 0.2 * (i % 2),
					87.2, 84.5, 89.9, shift ? SpcRule.SHIFT_LOW : SpcRule.COMMON_CAUSE));
		}
		return new SpcChart(area, metric, points);
	}

	private static AreaScore score(Area area, int tier, String tierName, Verdict verdict, AreaScore.Composite composite,
			double expected, double unexplained, double studentised, double leverage, FourCircumstances z,
			List<String> reasons) {
		return new AreaScore(area, new AreaScore.Support(true, tier, tierName), composite,
				new AreaScore.Expectation(expected, unexplained, studentised, leverage, verdict, false),
				new AreaScore.CircumstanceTerms(z, z), reasons);
	}

}
