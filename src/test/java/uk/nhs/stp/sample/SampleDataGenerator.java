package uk.nhs.stp.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the shipped sample data in {@code jobs/sample/}: monthly metrics for the 44 real STPs
 * (April 2016 – March 2019), their circumstances, and a late-returns file with the mistakes
 * analysts make. Real fields (codes, names, regions, populations, CCG counts, ICS waves, the 2017
 * dashboard ratings) come from {@code shared/reference/stps.csv}; everything else is synthetic,
 * drawn from a seeded generator with known effects built in, so that tests can check the
 * pipeline finds them (see {@code jobs/sample/README.md}):
 * <ul>
 * <li>true pace (in national-spread widths a year) = 0.10 + 0.15·z(relationship) + 0.02·z(population)
 * − 0.03·z(geography) + 0.12·z(flow) + N(0, 0.05);</li>
 * <li>{@link #SLOWER} areas have {@link #EFFECT} taken off that pace and {@link #FASTER} areas {@link #EFFECT} added;</li>
 * <li>level starts higher for areas rated well in July 2017;</li>
 * <li>one area ({@link #SPARSE}) reports two metrics only, so it cannot be scored.</li>
 * </ul>
 * Run with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=uk.nhs.stp.sample.SampleDataGenerator}; {@code SampleDataGeneratorTests}
 * checks the shipped files are exactly what this produces.
 */
public final class SampleDataGenerator {

	public static final long SEED = 2017;

	public static final Set<String> SLOWER = Set.of("E54000013", "E54000029", "E54000039");

	public static final Set<String> FASTER = Set.of("E54000016", "E54000044");

	public static final String SPARSE = "E54000047";

	/** How far the slower and faster areas are pushed from what their circumstances explain. */
	public static final double EFFECT = 0.45;

	static final YearMonth FIRST = YearMonth.of(2016, 4);

	static final int MONTHS = 36;

	private final Random random = new Random(SEED);

	private final List<SampleArea> areas;

	private final int months;

	private SampleDataGenerator(List<SampleArea> areas, int months) {
		this.areas = areas;
		this.months = months;
	}

	public static void main(String[] args) throws IOException {
		Path stps = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures/sample/stps.csv");
		Path out = Path.of(args.length > 1 ? args[1] : "jobs/sample");
		generate(stps, out);
	}

	/** Writes every sample file into {@code out}. */
	public static void generate(Path stpsCsv, Path out) throws IOException {
		Files.createDirectories(out);
		new SampleDataGenerator(SampleArea.read(stpsCsv), MONTHS).write(out);
	}

	/** The areas, their circumstances and every generated row, for {@code months} months from April 2016. */
	record Drawn(List<SampleArea> areas, Map<String, SampleCircumstances> circumstances, List<SampleRow> rows) {
	}

	static Drawn draw(Path stpsCsv, int months) throws IOException {
		return new SampleDataGenerator(SampleArea.read(stpsCsv), months).draw();
	}

	private void write(Path out) throws IOException {
		Drawn drawn = draw();
		SampleFiles files = new SampleFiles(out, this.areas);
		files.circumstances(drawn.circumstances());
		files.acutePerformance(drawn.rows().stream().filter(r -> SampleFiles.ACUTE.contains(r.metric())).toList());
		files.otherMetrics(drawn.rows().stream().filter(r -> !SampleFiles.ACUTE.contains(r.metric())).toList());
		files.lateReturns();
	}

	private Drawn draw() {
		Map<String, SampleCircumstances> circumstances = new LinkedHashMap<>();
		for (SampleArea area : this.areas) {
			circumstances.put(area.code(), SampleCircumstances.draw(area, this.random));
		}
		Map<String, Double> pace = truePace(circumstances);
		List<SampleRow> rows = new ArrayList<>();
		for (SampleMetric metric : SampleMetric.ALL) {
			for (SampleArea area : this.areas) {
				rows.addAll(new SampleSeries(metric, area, pace.get(area.code()), circumstances.get(area.code()),
						this.random, this.months).rows());
			}
		}
		return new Drawn(this.areas, circumstances, rows);
	}

	/** The known pace each area is given, from its standardised circumstances. */
	private Map<String, Double> truePace(Map<String, SampleCircumstances> circumstances) {
		double[][] raw = new double[4][this.areas.size()];
		for (int i = 0; i < this.areas.size(); i++) {
			SampleCircumstances c = circumstances.get(this.areas.get(i).code());
			raw[0][i] = c.relationshipIndex();
			raw[1][i] = Math.log10(c.population());
			raw[2][i] = c.ruralShare();
			raw[3][i] = c.selfContainment();
		}
		double[][] z = new double[4][];
		for (int k = 0; k < 4; k++) {
			z[k] = standardise(raw[k]);
		}
		Map<String, Double> pace = new LinkedHashMap<>();
		for (int i = 0; i < this.areas.size(); i++) {
			String code = this.areas.get(i).code();
			double p = 0.10 + 0.15 * z[0][i] + 0.02 * z[1][i] - 0.03 * z[2][i] + 0.12 * z[3][i]
					+ 0.05 * this.random.nextGaussian();
			p += SLOWER.contains(code) ? -EFFECT : FASTER.contains(code) ? EFFECT : 0;
			pace.put(code, p);
		}
		return pace;
	}

	private static double[] standardise(double[] x) {
		double mean = 0;
		for (double v : x) {
			mean += v / x.length;
		}
		double ss = 0;
		for (double v : x) {
			ss += (v - mean) * (v - mean);
		}
		double sd = Math.sqrt(ss / (x.length - 1));
		double[] z = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			z[i] = (x[i] - mean) / sd;
		}
		return z;
	}

}
