package uk.nhs.stp.bench;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.nhs.stp.domain.Area;
import uk.nhs.stp.domain.Metric;
import uk.nhs.stp.domain.MetricKind;
import uk.nhs.stp.domain.Period;
import uk.nhs.stp.domain.Polarity;
import uk.nhs.stp.domain.Unit;
import uk.nhs.stp.model.ScoringModel;
import uk.nhs.stp.model.ScoringModelLoader;
import uk.nhs.stp.store.FileLedgerDao;
import uk.nhs.stp.store.ObservationBlock;
import uk.nhs.stp.store.ObservationBlockRows;

/**
 * The store benchmark's seeded data, put straight into the store: the scoring benchmark's synthetic
 * model (30 metrics, the shipped thresholds, circumstances and tiers) and register (7,000 areas in
 * seven regions), and 36 months of each metric for each area as one observation block per area and
 * metric, plus one value of each circumstance input, all under one file ledger row marked loaded,
 * as an ingest leaves them. Written by JDBC batches of the ingest's own insert, a transaction per
 * measure, so loading costs what storing costs and no reader is timed.
 */
final class BenchStore {

	static final int MONTHS = 36;

	private static final int BATCH = 1_000;

	private final ScoringModel model;

	private final List<Area> register;

	private final Random random = new Random(42);

	private final double[] pace;

	BenchStore(int areas, int metrics) {
		this.model = model(metrics);
		this.register = new ArrayList<>();
		for (int a = 0; a < areas; a++) {
			this.register.add(new Area(String.format("E%08d", a), "", "Practice " + a, "Region " + a % 7));
		}
		this.pace = this.random.doubles(areas).map(d -> d - 0.5).toArray();
	}

	ScoringModel model() {
		return this.model;
	}

	List<Area> register() {
		return this.register;
	}

	/** The scoring benchmark's catalogue: mixed polarity and kinds, the first five core, some with a target. */
	private static ScoringModel model(int metrics) {
		ScoringModel shipped = ScoringModelLoader.load(Path.of("jobs/scoring-model.yml"));
		List<Metric> catalogue = new ArrayList<>();
		for (int m = 0; m < metrics; m++) {
			catalogue.add(new Metric("metric_" + m, "Metric " + m, "Domain", Unit.PERCENT,
					m % 3 == 0 ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER,
					m % 2 == 0 ? MetricKind.PROPORTION : MetricKind.INDEX, 1, m < 5, m % 4 == 0 ? 90.0 : null));
		}
		return new ScoringModel(shipped.source(), shipped.thresholds(), catalogue, shipped.circumstances(),
				shipped.tiers(), shipped.monitoring());
	}

	/**
	 * Stores every metric's and circumstance input's observations under a new loaded file of the run.
	 * @return the observations stored
	 */
	long load(long jobInstanceId, FileLedgerDao ledger, JdbcTemplate jdbc, TransactionTemplate transaction) {
		long fileId = ledger.nextFileId();
		ledger.started(jobInstanceId, fileId, "bench-observations.csv", "0".repeat(64), 0, Instant.now());
		int[] row = { 1 };
		for (Metric metric : this.model.metrics()) {
			transaction.executeWithoutResult(s -> insert(jdbc, metricBlocks(fileId, metric.id(), row)));
		}
		for (String input : this.model.circumstances().inputIds()) {
			transaction.executeWithoutResult(s -> insert(jdbc, circumstanceBlocks(fileId, input, row)));
		}
		ledger.finished(fileId, row[0] - 1L);
		return row[0] - 1L;
	}

	/** One metric's series, one block an area: a level, the area's pace and noise, as the scoring benchmark's. */
	private List<ObservationBlock> metricBlocks(long fileId, String metricId, int[] row) {
		List<ObservationBlock> blocks = new ArrayList<>(this.register.size());
		for (int a = 0; a < this.register.size(); a++) {
			double base = 80 + 5 * this.random.nextGaussian();
			List<ObservationBlock.Entry> entries = new ArrayList<>(MONTHS);
			for (int t = 0; t < MONTHS; t++) {
				double value = Math.max(1, Math.min(99, base + this.pace[a] * t / 6.0 + this.random.nextGaussian()));
				double den = 500 + this.random.nextInt(1000);
				entries.add(new ObservationBlock.Entry(Period.month(2016 + (t + 3) / 12, (t + 3) % 12 + 1), value,
						(double) Math.round(den * value / 100), den, row[0]++, 4));
			}
			blocks.add(new ObservationBlock(fileId, "", metricId, this.register.get(a).code(), entries));
		}
		return blocks;
	}

	/** One value an area of a circumstance input, above 0 (population is log-transformed), in its last month. */
	private List<ObservationBlock> circumstanceBlocks(long fileId, String inputId, int[] row) {
		Period last = Period.month(2019, 3);
		List<ObservationBlock> blocks = new ArrayList<>(this.register.size());
		for (Area area : this.register) {
			double value = 1 + 99 * this.random.nextDouble();
			blocks.add(new ObservationBlock(fileId, "", inputId, area.code(),
					List.of(new ObservationBlock.Entry(last, value, null, null, row[0]++, 4))));
		}
		return blocks;
	}

	private static void insert(JdbcTemplate jdbc, List<ObservationBlock> blocks) {
		for (int from = 0; from < blocks.size(); from += BATCH) {
			List<ObservationBlock> batch = blocks.subList(from, Math.min(blocks.size(), from + BATCH));
			jdbc.batchUpdate(ObservationBlockRows.INSERT, new BatchPreparedStatementSetter() {
				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					ObservationBlockRows.bind(batch.get(i), ps);
				}

				@Override
				public int getBatchSize() {
					return batch.size();
				}
			});
		}
	}

}
