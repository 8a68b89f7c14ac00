package uk.nhs.stp.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A confident match loads, an ambiguous or weak one does not: scores are the share of the text's
 * words a name accounts for, with every word of the name present and no other quantity named.
 */
class MetricMatcherTests {

	private final MetricMatcher matcher = new MetricMatcher(Map.of(
			"ae_4hr", List.of("A&E attendances seen within 4 hours", "Percentage in 4 hours or less", "A&E"),
			"rtt_18wk", List.of("Incomplete pathways within 18 weeks"),
			"rtt_admitted", List.of("Admitted pathways within 18 weeks"),
			"cancer_62day", List.of("Cancer 62 day"), "cancer_31day", List.of("Cancer 31 day")));

	@Test
	void aHeaderThatIsMostlyAMetricsNameIsConfident() {
		MetricMatcher.Match match = this.matcher.header("Percentage in 4 hours or less (all)");
		assertThat(match.confidence()).isEqualTo(MetricMatcher.Confidence.CONFIDENT);
		assertThat(match.metric()).isEqualTo("ae_4hr");
		assertThat(match.score()).isEqualTo(3.0 / 4);
	}

	@Test
	void aShortNameInsideALongHeaderIsWeakNeverConfident() {
		MetricMatcher.Match match = this.matcher.header("A&E attendances Type 1 Departments - Major A&E");
		assertThat(match.confidence()).isEqualTo(MetricMatcher.Confidence.NONE);
		assertThat(this.matcher.header("A&E attendances Booked").confidence()).isEqualTo(MetricMatcher.Confidence.WEAK);
	}

	@Test
	void aHeaderAboutAnotherQuantityNeverMatches() {
		assertThat(this.matcher.header("Percentage in 12 hours or less").metric()).isNull();
		assertThat(this.matcher.header("Cancer 31 day").metric()).isEqualTo("cancer_31day");
	}

	@Test
	void aTitleIsMatchedWithoutItsWordsOfPlaceAndTime() {
		MetricMatcher.Match match = this.matcher.context("Cancer 62 day performance by STP, April 2017");
		assertThat(match.confident()).isTrue();
		assertThat(match.metric()).isEqualTo("cancer_62day");
	}

	@Test
	void aTextNamingTwoMetricsAboutEquallyIsAmbiguous() {
		MetricMatcher.Match match = this.matcher.header("Incomplete and admitted pathways within 18 weeks");
		assertThat(match.confidence()).isEqualTo(MetricMatcher.Confidence.AMBIGUOUS);
		assertThat(List.of(match.metric(), match.runnerUp())).containsExactlyInAnyOrder("rtt_18wk", "rtt_admitted");
		assertThat(this.matcher.context("Cancer 62 day and Cancer 31 day").metric()).as("two quantities name neither").isNull();
	}

	@Test
	void aOneWordNameInAFileNameIsNotEnough() {
		assertThat(this.matcher.fileName("Monthly AE April 2025").confident()).isFalse();
		assertThat(this.matcher.fileName("cancer 62 day 2019 03").confident()).isTrue();
	}

}
