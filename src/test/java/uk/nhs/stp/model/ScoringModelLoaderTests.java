package uk.nhs.stp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.stp.domain.Polarity;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.stats.TierFact;
import uk.nhs.stp.settings.ConfigurationException;

class ScoringModelLoaderTests {

	private static final Path SHIPPED = Path.of("jobs/scoring-model.yml");

	@TempDir
	Path folder;

	@Test
	void readsTheShippedModel() {
		ScoringModel model = ScoringModelLoader.load(SHIPPED);
		assertThat(model.metrics()).hasSize(8);
		assertThat(model.metric("emergency_bed_days")).hasValueSatisfying(m -> {
			assertThat(m.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
			assertThat(m.unit()).isEqualTo(Unit.RATE_PER_1000);
			assertThat(m.weight()).isEqualTo(1.5);
		});
		assertThat(model.thresholds().windowMonths()).isEqualTo(24);
		assertThat(model.tiers().rules()).extracting(r -> r.tier()).containsExactly(4, 3, 1, 2);
		assertThat(model.tiers().decide(java.util.Set.of(TierFact.LEVEL_BOTTOM_QUINTILE, TierFact.SLOWER_THAN_EXPLAINED))
			.rule()
			.name()).isEqualTo("Intensive support");
		assertThat(model.measureUnit("registered_population")).hasValue(Unit.COUNT);
	}

	@Test
	void aNegativeWeightNamesTheFileLineAndKey() throws Exception {
		Path model = edit("    weight: 1.5\n    core: true", "    weight: -1\n    core: true");
		assertThatThrownBy(() -> ScoringModelLoader.load(model)).isInstanceOf(ConfigurationException.class)
			.hasMessageContaining(model.toString())
			.hasMessageMatching(".* line \\d+: metrics\\[7\\]\\.weight: must be at least 0 \\(was -1.0\\)");
	}

	@Test
	void aMissingThresholdIsNamed() throws Exception {
		Path model = edit("  min_points: 6              # fewest periods in the window for a pace to be shown\n", "");
		assertThatThrownBy(() -> ScoringModelLoader.load(model)).isInstanceOf(ConfigurationException.class)
			.hasMessageContaining("thresholds: missing key 'min_points'");
	}

	@Test
	void aMisspeltKeyIsNotSilentlyIgnored() throws Exception {
		Path model = edit("    polarity: lower_is_better\n    kind: index", "    polarity: lower_is_better\n    knid: index");
		assertThatThrownBy(() -> ScoringModelLoader.load(model)).isInstanceOf(ConfigurationException.class)
			.hasMessageContaining("metrics[7].knid: unknown key");
	}

	@Test
	void anUnknownFactInATierRuleIsNamed() throws Exception {
		Path model = edit("[level_bottom_quintile, slower_than_explained]", "[level_bottom_quintil, slower_than_explained]");
		assertThatThrownBy(() -> ScoringModelLoader.load(model)).isInstanceOf(ConfigurationException.class)
			.hasMessageContaining("unknown fact 'level_bottom_quintil'")
			.hasMessageContaining("tiers[0].when.all[0]");
	}

	@Test
	void theLastTierRuleMustCatchEveryArea() throws Exception {
		Path model = edit("    when: always", "    when: level_top_half");
		assertThatThrownBy(() -> ScoringModelLoader.load(model)).isInstanceOf(ConfigurationException.class)
			.hasMessageContaining("the last tier rule must be 'when: always'");
	}

	@Test
	void aMissingFileIsNamed() {
		Path missing = this.folder.resolve("nope.yml");
		assertThatThrownBy(() -> ScoringModelLoader.load(missing)).isInstanceOf(ConfigurationException.class)
			.hasMessageContaining("nope.yml: scoring model not found");
	}

	@Test
	void readsRebasePeriodsAndPeerWeights() throws Exception {
		Path model = edit("    target: 95\n", "    target: 95\n    rebase: [2017-04, \"2018/19 Q1\"]\n");
		model = Files.writeString(model, Files.readString(model).replace("  population:\n", "  peer_weights: beta\n  population:\n"));
		ScoringModel read = ScoringModelLoader.load(model);
		assertThat(read.metric("ae_4hr").orElseThrow().rebase()).extracting(p -> p.key())
			.containsExactly("2017-04", "2018/19 Q1");
		assertThat(read.circumstances().peerWeights().byCoefficient()).isTrue();
	}

	@Test
	void badPeerWeightsAreNamed() throws Exception {
		Path model = edit("  population:\n", "  peer_weights: [1, 1, -1, 1]\n  population:\n");
		assertThatThrownBy(() -> ScoringModelLoader.load(model)).isInstanceOf(ConfigurationException.class)
			.hasMessageContaining("circumstances.peer_weights[2]: must be at least 0");
	}

	@Test
	void anUnreadableRebasePeriodIsNamed() throws Exception {
		Path model = edit("    target: 95\n", "    target: 95\n    rebase: [2017/19]\n");
		assertThatThrownBy(() -> ScoringModelLoader.load(model)).isInstanceOf(ConfigurationException.class)
			.hasMessageContaining("metrics[0].rebase[0]: '2017/19' is not a period");
	}

	@Test
	void readsTheSimulationSettingsAndShortNames() {
		ScoringModel model = ScoringModelLoader.load(SHIPPED);
		assertThat(model.uncertainty()).isEqualTo(new Uncertainty(2_000, 20_170_401L, 0.8));
		assertThat(model.metric("rtt_18wk").orElseThrow().shortName()).isEqualTo("elective waits");
	}

	@Test
	void theSimulationSettingsAreOptionalAndTakeTheMethodsDefaults() throws Exception {
		Path model = edit("uncertainty:\n  draws: 2000", "uncertainty:\n  draws: 500");
		Files.writeString(model, Files.readString(model).replaceAll("  simulation_seed: .*\n", "")
			.replace("    short_name: elective waits\n", ""));
		ScoringModel read = ScoringModelLoader.load(model);
		assertThat(read.uncertainty()).isEqualTo(new Uncertainty(500, Uncertainty.DEFAULTS.seed(), 0.8));
		assertThat(read.metric("rtt_18wk").orElseThrow().shortName()).isEqualTo("Elective waits under 18 weeks (incomplete pathways)");
	}

	@Test
	void badSimulationSettingsAreNamed() throws Exception {
		Path draws = edit("  draws: 2000", "  draws: 10");
		assertThatThrownBy(() -> ScoringModelLoader.load(draws)).isInstanceOf(ConfigurationException.class)
			.hasMessageMatching(".* line \\d+: uncertainty\\.draws: must be between 100 and 100000 \\(was 10\\)");
		Path borderline = edit("  borderline_below: 0.8", "  borderline_below: 1.2");
		assertThatThrownBy(() -> ScoringModelLoader.load(borderline)).isInstanceOf(ConfigurationException.class)
			.hasMessageContaining("uncertainty.borderline_below: must be above 0.25 and at most 1 (was 1.2)");
		Path seed = edit("  simulation_seed: 20170401", "  simulation_seed: twelve");
		assertThatThrownBy(() -> ScoringModelLoader.load(seed)).isInstanceOf(ConfigurationException.class)
			.hasMessageContaining("uncertainty.simulation_seed: must be a whole number (was 'twelve')");
	}

	private Path edit(String from, String to) throws Exception {
		String text = Files.readString(SHIPPED);
		assertThat(text).contains(from);
		return Files.writeString(this.folder.resolve("model.yml"), text.replace(from, to));
	}

}
