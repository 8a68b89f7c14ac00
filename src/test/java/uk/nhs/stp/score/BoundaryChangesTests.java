package uk.nhs.stp.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.AreaRegister;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.result.AreaMetric;
import uk.nhs.stp.result.MetricOutcome;

/**
 * An area's figures that run across its footprint's recode are flagged, naming the new code and the
 * date; figures wholly on one side of it, and footprints never recoded, are not.
 */
class BoundaryChangesTests {

	private static final Area SOUTH_YORKSHIRE_AND_BASSETLAW = new Area("E54000009", "QF7",
			"South Yorkshire and Bassetlaw", "North");

	private static final Area SOUTH_YORKSHIRE_ICB = new Area("E54000061", "QF7", "South Yorkshire", "North",
			LocalDate.of(2022, 7, 1), null, "E54000009");

	private static final Area DEVON = new Area("E54000037", "QJK", "Devon", "South");

	private final BoundaryChanges changes = new BoundaryChanges(
			new AreaRegister(List.of(SOUTH_YORKSHIRE_AND_BASSETLAW, DEVON, SOUTH_YORKSHIRE_ICB)));

	@Test
	void aSeriesAcrossTheRecodeIsFlaggedWithTheNewCodeAndDate() {
		var caveat = this.changes.caveat(SOUTH_YORKSHIRE_AND_BASSETLAW,
				outcomes("E54000009", Period.month(2021, 4), Period.month(2023, 3)));
		assertThat(caveat).hasValue("its figures cross a boundary change: ONS recoded the footprint as E54000061 "
				+ "(South Yorkshire) from 1 July 2022, as it does when a boundary changes; its history before then "
				+ "(E54000009, South Yorkshire and Bassetlaw) is carried on, so read its trend across the change with care");
	}

	@Test
	void aSeriesWhollyBeforeOrAfterTheRecodeIsNotFlagged() {
		assertThat(this.changes.caveat(SOUTH_YORKSHIRE_AND_BASSETLAW,
				outcomes("E54000009", Period.month(2019, 4), Period.month(2022, 6)))).isEmpty();
		assertThat(this.changes.caveat(SOUTH_YORKSHIRE_AND_BASSETLAW,
				outcomes("E54000009", Period.month(2022, 7), Period.month(2024, 3)))).isEmpty();
	}

	@Test
	void aFootprintNeverRecodedIsNotFlaggedAndAnAreaWithoutFiguresNeither() {
		assertThat(this.changes.caveat(DEVON, outcomes("E54000037", Period.month(2016, 4), Period.month(2024, 3)))).isEmpty();
		assertThat(this.changes.caveat(SOUTH_YORKSHIRE_AND_BASSETLAW, outcomes("E54000037", Period.month(2016, 4),
				Period.month(2024, 3)))).isEmpty();
	}

	@Test
	void theCaveatGoesBeforeTheLastReasonOfAScoredArea() {
		var score = new uk.nhs.stp.result.AreaScore(SOUTH_YORKSHIRE_AND_BASSETLAW,
				new uk.nhs.stp.result.AreaScore.Support(true, 2, "Universal support"), null, null, null,
				List.of("decided by this", "its circumstances explain that"));
		assertThat(score.withCaveat("a caveat").reasons()).containsExactly("decided by this", "a caveat",
				"its circumstances explain that");
	}

	/** One metric on which the area's series runs from {@code first} to {@code latest}. */
	private static List<MetricOutcome> outcomes(String area, Period first, Period latest) {
		Map<String, AreaMetric> areas = new LinkedHashMap<>();
		areas.put(area, new AreaMetric(new AreaMetric.Level(80.0, 0.1, null), AreaMetric.Trend.NONE, null, null, 24,
				new AreaMetric.Source(latest, false, null, null, first), AreaMetric.Noise.NONE));
		return List.of(new MetricOutcome(ScoreFixtures.ELECTIVE, latest, "robust z", 1.0, null, areas, 24));
	}

}
