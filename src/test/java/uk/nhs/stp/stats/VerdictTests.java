package uk.nhs.stp.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The verdict against Student's t (method §5). The comparison of the critical values with R's
 * {@code qt} for the fixture cases is in CircumstanceRegressionTests.
 */
class VerdictTests {

	/** R 4.2.2: qt(0.975, 38) and qt(0.999, 38). */
	private static final double T975_38 = 2.0243941639119694;

	private static final double T999_38 = 3.3190296551103566;

	private static final double TOLERANCE = 1e-9;

	@Test
	void criticalValuesMatchRQt() {
		assertThat(Verdict.criticalValue(38, 0.95)).isCloseTo(T975_38, within(TOLERANCE * T975_38));
		assertThat(Verdict.criticalValue(38, 0.998)).isCloseTo(T999_38, within(TOLERANCE * T999_38));
		// qt(0.975, 1) = tan(0.475 * pi) = 12.7062
		assertThat(Verdict.criticalValue(1, 0.95)).isCloseTo(Math.tan(0.475 * Math.PI), within(1e-8));
	}

	@Test
	void judgesFasterSlowerAndAsExplained() {
		assertThat(Verdict.judge(2.5, 38, 0.95, 0.998).verdict()).isEqualTo(Verdict.FASTER);
		assertThat(Verdict.judge(-2.5, 38, 0.95, 0.998).verdict()).isEqualTo(Verdict.SLOWER);
		assertThat(Verdict.judge(2.0, 38, 0.95, 0.998).verdict()).isEqualTo(Verdict.AS_EXPLAINED);
		assertThat(Verdict.judge(-2.0, 38, 0.95, 0.998).verdict()).isEqualTo(Verdict.AS_EXPLAINED);
		assertThat(Verdict.judge(0, 38, 0.95, 0.998).critical()).isCloseTo(T975_38, within(TOLERANCE * T975_38));
	}

	@Test
	void addsStrongEvidenceBeyondTheStrongCriticalValue() {
		Verdict.Judgement strong = Verdict.judge(-3.4, 38, 0.95, 0.998);
		Verdict.Judgement notStrong = Verdict.judge(-3.3, 38, 0.95, 0.998);

		assertThat(strong.strongEvidence()).isTrue();
		assertThat(strong.words()).isEqualTo("slower than its circumstances explain (strong evidence)");
		assertThat(notStrong.strongEvidence()).isFalse();
		assertThat(notStrong.words()).isEqualTo("slower than its circumstances explain");
		assertThat(Verdict.judge(0.3, 38, 0.95, 0.998).words()).isEqualTo("as its circumstances explain");
	}

	@Test
	void usesTheConfiguredLevel() {
		// 1.8 is inside the 95% critical value (2.024) but beyond the 90% one (qt(0.95, 38) = 1.686).
		assertThat(Verdict.judge(1.8, 38, 0.95, 0.998).verdict()).isEqualTo(Verdict.AS_EXPLAINED);
		assertThat(Verdict.judge(1.8, 38, 0.90, 0.998).verdict()).isEqualTo(Verdict.FASTER);
	}

}
