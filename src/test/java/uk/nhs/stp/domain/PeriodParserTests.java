package uk.nhs.stp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTests {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2017-04        | 2017-04
			2017-4         | 2017-04
			Apr-17         | 2017-04
			Apr 17         | 2017-04
			April 2017     | 2017-04
			apr 2017       | 2017-04
			Sept 2017      | 2017-09
			Sep-17         | 2017-09
			2017-04-01     | 2017-04
			2017-04-15T00:00:00 | 2017-04
			15/04/2017     | 2017-04
			2017/18        | 2017/18
			2017-18        | 2017/18
			2017/2018      | 2017/18
			FY 2017/18     | 2017/18
			2011-12        | 2011/12
			2017/18 Q2     | 2017/18 Q2
			2017-18 Q2     | 2017/18 Q2
			2017/18Q2      | 2017/18 Q2
			Q2 2017/18     | 2017/18 Q2
			Q4 2017-18     | 2017/18 Q4
			""")
	void readsNhsSpellings(String text, String key) {
		assertThat(PeriodParser.parse(text)).map(Period::key).hasValue(key);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2017/19", "2019/13", "2017-13", "Q5 2017/18", "Smarch 2017", "31/02/2017", "sixty" })
	void rejectsWhatIsNotAPeriod(String text) {
		assertThat(PeriodParser.parse(text)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void placesPeriodsOnOneTimeAxisInYears() {
		// April 2017 is month index 2017*12 + 3; its midpoint is half a month later.
		assertThat(Period.month(2017, 4).t()).isEqualTo((2017 * 12 + 3 + 0.5) / 12.0);
		// 2017/18 Q1 (Apr-Jun) has its midpoint 1.5 months after 1 April.
		assertThat(Period.quarter(2017, 1).t()).isEqualTo((2017 * 12 + 3 + 1.5) / 12.0);
		// Equally spaced months are exactly 1/12 apart.
		assertThat(Period.month(2017, 5).t() - Period.month(2017, 4).t()).isEqualTo(1 / 12.0, org.assertj.core.api.Assertions.within(1e-12));
	}

	@org.junit.jupiter.api.Test
	void labelsQuartersByFinancialYear() {
		assertThat(Period.quarter(2017, 4).label()).isEqualTo("2017/18 Q4");
		assertThat(Period.quarter(2017, 4).start()).isEqualTo(java.time.YearMonth.of(2018, 1));
		assertThat(PeriodParser.monthOf(LocalDate.of(2018, 1, 31)).label()).isEqualTo("Jan 2018");
		assertThat(Period.financialYear(2017).end()).isEqualTo(java.time.YearMonth.of(2018, 3));
	}

}
