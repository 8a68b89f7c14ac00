package uk.nhs.stp.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names are compared by what they say: each pair of spellings here gives the same words. */
class HeaderWordsTests {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = {
			"A&E 4hr performance (%)|accident and emergency four hour performance percent",
			"Percentage in 4 hours or less|% within 4 hrs",
			"Total Attendances < 4 hours|total attendances less than 4 hours",
			"RTT incomplete pathways within 18 weeks|Referral to treatment: incomplete pathways under 18 wks",
			"DToC beds per 100,000|delayed transfers of care beds per 100000",
			"IAPT recovery rate|Improving Access to Psychological Therapies recovery rate",
			"Emergency bed days per 1,000 population|emergency bed-days per 1000 pop",
			"No. within 18 weeks|Number within 18-week",
			"Patients waiting 12+ hours|patients waiting more than 12 hours",
			"Occupancy % (see note 5) |Occupancy percentage" })
	void spellingsOfOneNameGiveTheSameWords(String a, String b) {
		assertThat(HeaderWords.set(a)).isEqualTo(HeaderWords.set(b));
	}

	@ParameterizedTest(name = "{0} <> {1}")
	@CsvSource(delimiter = '|', value = { "Total Attendances < 4 hours|Total Attendances > 4 hours",
			"within 4 hours|within 12 hours", "per 1,000|per 100,000", "(type 1)|(all)" })
	void differentMeaningsGiveDifferentWords(String a, String b) {
		assertThat(HeaderWords.set(a)).isNotEqualTo(HeaderWords.set(b));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "4 hours|4hour", "18wk|18week", "62-day|62day", "12 hrs|12hour" })
	void aNumberWithItsTimeUnitIsOneWord(String text, String word) {
		assertThat(HeaderWords.of(text)).containsExactly(word);
		assertThat(HeaderWords.isQuantity(word)).isTrue();
	}

}
