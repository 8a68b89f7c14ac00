package uk.nhs.stp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.nhs.stp.sample.SoakDeliveries;

/**
 * The soak benchmark ({@code jobs/bench soak [NIGHTS]}): 30 consecutive nights (by default) through
 * the real launcher and the packaged jar, one process a night as cron would start it, on one
 * database. Night 0 loads 36 months of history; each night after it brings the next month's files
 * and a few bad ones ({@link SoakDeliveries}). After every night it checks the run completed, the
 * store holds exactly the observations delivered so far, every run so far is in the job repository
 * and was scored, and the report's metrics end at that night's month; then it prints the per-night
 * times beside the data held, and how much the time grew against how much the data grew.
 */
public final class SoakBenchmark {

	private static final Pattern COMPLETED = Pattern.compile("nightly run (\\d+): COMPLETED in ([0-9.]+) s");

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private static final Pattern CPU = Pattern.compile("SOAK-CPU ([0-9.]+) ([0-9.]+)");

	/** GNU time, to measure each night's CPU time, which other work on a shared machine inflates less than elapsed time. */
	private static final Path TIME = Path.of("/usr/bin/time");

	private final Path work;

	private SoakBenchmark(Path work) {
		this.work = work;
	}

	/**
	 * One night's measurements.
	 * @param jobSeconds the job's own elapsed time (from its summary)
	 * @param wallSeconds the launcher process, JVM start-up included
	 * @param cpuSeconds user + system CPU of the launcher process, or NaN without GNU time
	 */
	record Measured(int night, YearMonth month, long observations, double jobSeconds, double wallSeconds,
			double cpuSeconds) {
	}

	public static void main(String[] args) throws Exception {
		int nights = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		Path work = Path.of(args.length > 1 ? args[1] : "target/bench/soak").toAbsolutePath();
		deleteTree(work);
		List<SoakDeliveries.Night> deliveries = SoakDeliveries.write(Path.of("src/test/resources/fixtures/sample/stps.csv"),
				work.resolve("deliveries"), nights);
		SoakBenchmark soak = new SoakBenchmark(work);
		Files.createDirectories(work.resolve("input"));
		Files.createDirectories(work.resolve("output"));
		List<Measured> measured = new ArrayList<>();
		System.out.printf("load average at start: %s%n", loadAverage());
		System.out.printf("%-6s %-9s %13s %9s %9s %9s %14s%n", "night", "month", "observations", "job s", "wall s",
				"cpu s", "cpu ms/10k obs");
		for (SoakDeliveries.Night night : deliveries) {
			Measured m = soak.night(night);
			measured.add(m);
			System.out.printf("%-6d %-9s %,13d %9.2f %9.2f %9.2f %14.1f%n", m.night(), m.month(), m.observations(),
					m.jobSeconds(), m.wallSeconds(), m.cpuSeconds(), 1e4 * 1000 * m.cpuSeconds() / m.observations());
		}
		summarise(measured);
	}

	private Measured night(SoakDeliveries.Night night) throws Exception {
		deliver(night.folder());
		long start = System.nanoTime();
		String out = runLauncher("run", "--input", this.work.resolve("input").toString(), "--output",
				this.work.resolve("output").toString(), "--db", this.work.resolve("db").toString());
		double wall = (System.nanoTime() - start) / 1e9;
		Matcher completed = COMPLETED.matcher(out);
		check(completed.find() && Integer.parseInt(completed.group(1)) == night.number() + 1,
				"night " + night.number() + " did not complete as run " + (night.number() + 1) + ":\n" + out);
		long stored = checkStore(night);
		checkReport(night);
		Matcher cpu = CPU.matcher(out);
		double cpuSeconds = cpu.find() ? Double.parseDouble(cpu.group(1)) + Double.parseDouble(cpu.group(2)) : Double.NaN;
		return new Measured(night.number(), night.month(), stored, Double.parseDouble(completed.group(2)), wall, cpuSeconds);
	}

	/** Copies the night's files into the input folder, dated past the settle time, in name order. */
	private void deliver(Path night) throws IOException {
		List<Path> files;
		try (Stream<Path> entries = Files.list(night)) {
			files = entries.sorted().toList();
		}
		long first = System.currentTimeMillis() - 600_000;
		for (int i = 0; i < files.size(); i++) {
			Path copy = Files.copy(files.get(i), this.work.resolve("input").resolve(files.get(i).getFileName()));
			Files.setLastModifiedTime(copy, FileTime.fromMillis(first + 1000L * i));
		}
	}

	/** The store holds exactly what was delivered; every night so far completed and was scored. */
	private long checkStore(SoakDeliveries.Night night) throws SQLException {
		try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + this.work.resolve("db/stp")
				+ ";readonly=true;hsqldb.lock_file=false;shutdown=true", "SA", "")) {
			long stored = single(db, "SELECT COALESCE(SUM(OBSERVATIONS), 0) FROM STP_OBSERVATION_BLOCK");
			check(stored == night.observations(),
					"night " + night.number() + ": the store holds " + stored + " observations, " + night.observations() + " were delivered");
			long runs = single(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED' AND EXIT_CODE = 'COMPLETED'");
			long scored = single(db, "SELECT COUNT(*) FROM STP_SCORE_RUN");
			check(runs == night.number() + 1 && scored == night.number() + 1,
					"night " + night.number() + ": " + runs + " completed runs and " + scored + " scored runs in the history");
			return stored;
		}
	}

	/** Every metric's latest period in the night's metric-scores export is the night's month. */
	private void checkReport(SoakDeliveries.Night night) throws IOException {
		Path csv = this.work.resolve("output").resolve("metric-scores-" + LocalDate.now() + ".csv");
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		int column = List.of(lines.get(0).split(",")).indexOf("latest_period");
		Set<String> periods = lines.stream()
			.skip(1)
			.map(line -> line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)[column])
			.filter(p -> !p.isEmpty())
			.collect(Collectors.toSet());
		check(periods.equals(Set.of(night.month().format(LABEL))),
				"night " + night.number() + ": the report's latest periods are " + periods + ", not " + night.month());
	}

	private static void summarise(List<Measured> measured) {
		List<Measured> nights = measured.subList(1, measured.size());
		int k = Math.max(1, Math.min(5, nights.size() / 2));
		boolean cpu = !Double.isNaN(nights.get(0).cpuSeconds());
		java.util.function.ToDoubleFunction<Measured> time = cpu ? Measured::cpuSeconds : Measured::jobSeconds;
		double firstTime = nights.subList(0, k).stream().mapToDouble(time).average().orElse(0);
		double lastTime = nights.subList(nights.size() - k, nights.size()).stream().mapToDouble(time).average().orElse(0);
		double firstData = nights.subList(0, k).stream().mapToLong(Measured::observations).average().orElse(1);
		double lastData = nights.subList(nights.size() - k, nights.size()).stream().mapToLong(Measured::observations).average()
			.orElse(1);
		System.out.printf("every night completed; the store held exactly what was delivered; each report ended at its night's month%n");
		System.out.printf("%s time, first %d nights %.2f s, last %d nights %.2f s: x%.2f; data held x%.2f%n",
				cpu ? "CPU" : "job", k, firstTime, k, lastTime, lastTime / firstTime, lastData / firstData);
		System.out.printf("load average at end: %s%n", loadAverage());
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String runLauncher(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if (Files.isExecutable(TIME)) {
			command.addAll(List.of(TIME.toString(), "-f", "SOAK-CPU %U %S"));
		}
		command.addAll(List.of("bash", "jobs/nightly"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("STP_BACKUP_KEEP", "3");
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		check(process.waitFor(10, TimeUnit.MINUTES) && process.exitValue() == 0, "the launcher exited "
				+ (process.isAlive() ? "(still running)" : process.exitValue()) + ":\n" + out);
		return out;
	}

	private static long single(Connection db, String sql) throws SQLException {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void check(boolean condition, String failure) {
		if (!condition) {
			throw new IllegalStateException(failure);
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
