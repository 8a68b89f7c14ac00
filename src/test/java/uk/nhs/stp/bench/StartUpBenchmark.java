package uk.nhs.stp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The start-up benchmark ({@code jobs/bench start-up [ROUNDS] [PROJECT]}): whole processes through
 * the launcher, as an operator or cron starts them, against a bare start of the same jar
 * ({@code help}). Cases: {@code check} of the sample's 370-byte CSV, the 44-area nightly run on the
 * sample (a new database each round), a night with nothing new after it, and the report step's
 * own time in that run (from the log). One unmeasured round first lets the launcher unpack the jar
 * and build its class-data archives; then each case runs ROUNDS (5) times, interleaved so that
 * other work on a shared machine falls on every case alike, and the medians are printed with their
 * ratios to the bare start and the targets, and appended to {@code output/bench-<date>.csv}.
 * PROJECT (this project by default) names another checkout to measure the same way, e.g. an older
 * build for before-and-after figures.
 */
public final class StartUpBenchmark {

	private static final Pattern REPORT = Pattern.compile("report: wrote .*? CSV exports in ([0-9.]+) s");

	private static final Pattern CPU = Pattern.compile("BENCH-CPU ([0-9.]+) ([0-9.]+)");

	private static final Path TIME = Path.of("/usr/bin/time");

	/** A case: its name, the target ratio to the bare start, the exit code expected and the launcher's arguments. */
	private record Case(String name, double target, int exit, String... args) {
	}

	/** One process: wall and CPU milliseconds. */
	private record Timed(double wallMs, double cpuMs, String out) {
	}

	private final Path project;

	private final Path work;

	private StartUpBenchmark(Path project, Path work) {
		this.project = project;
		this.work = work;
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		Path project = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
		Path work = Path.of("target/bench/start-up").toAbsolutePath();
		new StartUpBenchmark(project, work).run(rounds);
	}

	private void run(int rounds) throws Exception {
		String folders = "--input " + this.work.resolve("in") + " --output " + this.work.resolve("out") + " --db "
				+ this.work.resolve("db");
		List<Case> cases = List.of(new Case("bare start (help)", Double.NaN, 0, "help"),
				// the sample's late return has three mistakes on purpose: check exits 1
				new Case("check one small CSV", 2.5, 1, "check", Path.of("jobs/sample/late-returns-2019-03.csv").toAbsolutePath().toString()),
				new Case("nightly run, 44 areas", 5.0, 0, ("sample " + folders).split(" ")),
				new Case("nothing new", 2.5, 0, ("run " + folders).split(" ")));
		System.out.printf("project %s, %d round(s), %d cores, load average %s%n", this.project, rounds,
				Runtime.getRuntime().availableProcessors(), loadAverage());
		List<List<Timed>> timed = new ArrayList<>();
		cases.forEach(c -> timed.add(new ArrayList<>()));
		List<Double> report = new ArrayList<>();
		for (int round = 0; round <= rounds; round++) {
			for (int i = 0; i < cases.size(); i++) {
				Case c = cases.get(i);
				if (c.args()[0].equals("sample")) {
					deleteTree(this.work);
				}
				Timed t = launch(c.exit(), c.args());
				if (round > 0) {
					timed.get(i).add(t);
					if (c.args()[0].equals("sample")) {
						report.add(reportSeconds() * 1000);
					}
				}
			}
		}
		print(cases, timed, report, rounds);
	}

	private void print(List<Case> cases, List<List<Timed>> timed, List<Double> report, int rounds) throws IOException {
		double bare = median(timed.get(0).stream().mapToDouble(Timed::wallMs).toArray());
		Path csv = BenchCsv.today();
		System.out.printf("%-24s %10s %10s %8s %8s%n", "case", "wall ms", "cpu ms", "x bare", "target");
		for (int i = 0; i < cases.size(); i++) {
			Case c = cases.get(i);
			double wall = median(timed.get(i).stream().mapToDouble(Timed::wallMs).toArray());
			double cpu = median(timed.get(i).stream().mapToDouble(Timed::cpuMs).toArray());
			double ratio = i == 0 ? 1.0 : wall / bare;
			System.out.printf("%-24s %10.0f %10.0f %8.2f %8s%n", c.name(), wall, cpu, ratio,
					Double.isNaN(c.target()) ? "" : (ratio <= c.target() ? "<= " : "> ") + c.target());
			BenchCsv.append(csv, "start-up: " + c.name(), "wall", rounds, wall, ratio, "bare start", c.target(),
					ratio <= c.target());
		}
		double reportMs = median(report.stream().mapToDouble(Double::doubleValue).toArray());
		System.out.printf("%-24s %10.0f %10s %8s %8s%n", "report step (job time)", reportMs, "", "", reportMs < 1000 ? "< 1000 ms" : "> 1000 ms");
		BenchCsv.append(csv, "start-up: report step, 44 areas", "job time", rounds, reportMs, Double.NaN, "ms", 1000,
				reportMs < 1000);
		System.out.printf("load average at end %s; appended to %s%n", loadAverage(), csv);
	}

	private Timed launch(int exit, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if (Files.isExecutable(TIME)) {
			command.addAll(List.of(TIME.toString(), "-f", "BENCH-CPU %U %S"));
		}
		command.addAll(List.of("bash", this.project.resolve("jobs/nightly").toString()));
		command.addAll(Arrays.asList(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(this.project.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		boolean ended = process.waitFor(10, TimeUnit.MINUTES);
		double wall = (System.nanoTime() - start) / 1e6;
		if (!ended || process.exitValue() != exit) {
			throw new IllegalStateException(String.join(" ", args) + " exited "
					+ (ended ? process.exitValue() : "(still running)") + ":\n" + out);
		}
		Matcher cpu = CPU.matcher(out);
		double cpuMs = cpu.find() ? 1000 * (Double.parseDouble(cpu.group(1)) + Double.parseDouble(cpu.group(2))) : Double.NaN;
		return new Timed(wall, cpuMs, out);
	}

	/** The report step's own time in the last run, from the project's log. */
	private double reportSeconds() throws IOException {
		Path log = this.project.resolve("logs/stp-analytics.log");
		Matcher report = REPORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
		double seconds = Double.NaN;
		while (report.find()) {
			seconds = Double.parseDouble(report.group(1));
		}
		return seconds;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
