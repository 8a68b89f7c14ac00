package uk.nhs.stp.sample;

import java.util.Map;
import java.util.Random;

/**
 * One area's circumstances: the relationship-history inputs, population, rurality and
 * self-containment. Population, CCG count, devolution deals and success-regime areas are real;
 * the rest are synthetic draws (there is no published source to hand; see
 * {@code shared/reference/circumstances.md} for the real sources).
 */
record SampleCircumstances(int vanguardSites, int devolutionDeal, int successRegime, double coterminosity,
		int jointWorkingYears, int sharedAccountableOfficers, int statutoryOrganisations, long population,
		double ruralShare, double selfContainment) {

	/** Devolution deal areas named in the June 2017 first-wave sources. */
	private static final Map<String, Integer> DEVOLUTION = Map.of("E54000007", 1, "E54000035", 1);

	/** The 2015 success regime areas (Essex, North Cumbria, Devon; the last two to check). */
	private static final Map<String, Integer> SUCCESS_REGIME = Map.of("E54000026", 1, "E54000047", 1, "E54000037", 1);

	/** Weights of the relationship index, as in {@code jobs/scoring-model.yml}. */
	double relationshipIndex() {
		return 0.5 * this.vanguardSites + 1.0 * this.devolutionDeal + 0.5 * this.successRegime + 1.0 * this.coterminosity
				+ 0.25 * this.jointWorkingYears + 0.5 * this.sharedAccountableOfficers - 0.05 * this.statutoryOrganisations;
	}

	static SampleCircumstances draw(SampleArea area, Random random) {
		boolean earlyWave = area.waveIcs() != null && area.waveIcs() <= 2018;
		int vanguard = poisson(random, earlyWave ? 2.0 : 0.8);
		double coterminosity = round2(0.2 + 0.8 * random.nextDouble());
		int years = random.nextInt(earlyWave ? 9 : 6);
		int sharedOfficers = random.nextDouble() < (area.ccgCount() >= 3 ? 0.55 : 0.25) ? 1 : 0;
		int trusts = 2 + (int) Math.round(area.population() / 300_000.0 + random.nextInt(3));
		int localAuthorities = 1 + random.nextInt(5);
		double rural = area.isLondon() ? round1(2 * random.nextDouble())
				: round1(Math.min(60, 5 + 45 * random.nextDouble() * (area.population() < 1_000_000 ? 1.2 : 0.8)));
		double contained = round1(area.isLondon() ? 55 + 20 * random.nextDouble() : 65 + 30 * random.nextDouble());
		return new SampleCircumstances(vanguard, DEVOLUTION.getOrDefault(area.code(), 0),
				SUCCESS_REGIME.getOrDefault(area.code(), 0), coterminosity, years, sharedOfficers,
				area.ccgCount() + trusts + localAuthorities, area.population(), rural, contained);
	}

	private static int poisson(Random random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int k = 0;
		while (product > limit) {
			product *= random.nextDouble();
			k++;
		}
		return k;
	}

	static double round1(double v) {
		return Math.round(v * 10) / 10.0;
	}

	static double round2(double v) {
		return Math.round(v * 100) / 100.0;
	}

}
