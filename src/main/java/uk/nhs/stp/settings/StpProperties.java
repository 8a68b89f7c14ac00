package uk.nhs.stp.settings;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;


/**
 * Operator settings under {@code stp.*}, from {@code jobs/application.properties} (defaults in
 * the jar's {@code application.properties}). Checked at start; a bad value stops the run with
 * exit code 2.
 *
 * @param inputDir where analysts drop files
 * @param outputDir where reports are written
 * @param dbDir the HSQLDB file database folder
 * @param scoringModel the scoring model (YAML)
 * @param areaRegister the area register (CSV)
 * @param mappingsDir the folder of ingest mappings (aliases, aggregate names, layouts)
 * @param sampleDir the shipped sample data
 * @param ingest ingest tuning
 * @param score scoring tuning
 */
@ConfigurationProperties("stp")
public record StpProperties(Path inputDir, Path outputDir, Path dbDir, Path scoringModel, Path areaRegister,
		Path mappingsDir, Path sampleDir, Ingest ingest, Score score) {

	public StpProperties {
		// relative folders are relative to the project folder the launcher runs from; held absolute
		// so messages, job parameters and the summary name them wherever the operator is (the
		// settings files keep their documented project-relative names, which reasons quote)
		inputDir = absolute(inputDir);
		outputDir = absolute(outputDir);
		dbDir = absolute(dbDir);
		require(inputDir, "stp.input-dir");
		require(outputDir, "stp.output-dir");
		require(dbDir, "stp.db-dir");
		require(scoringModel, "stp.scoring-model");
		require(areaRegister, "stp.area-register");
		require(mappingsDir, "stp.mappings-dir");
		require(ingest, "stp.ingest");
		score = score == null ? new Score(0) : score;
	}

	/**
	 * @param chunkSize rows per ingest transaction, at least 1
	 * @param maxRejectedRows rejected rows a run tolerates before it stops, at least 0
	 * @param settleSeconds a file changed more recently than this is taken to be still arriving
	 * and is left for the next run
	 * @param maxRowsPerSheet a sheet longer than this is rejected (a guard against zip bombs)
	 * @param threads files read at once; 0 (the default) for as many as the machine has cores
	 */
	public record Ingest(int chunkSize, long maxRejectedRows, long settleSeconds, long maxRowsPerSheet, int threads) {

		public Ingest {
			requireThreads(threads, "stp.ingest.threads");
			if (chunkSize < 1) {
				throw new ConfigurationException("stp.ingest.chunk-size must be at least 1 (was " + chunkSize + ")");
			}
			if (settleSeconds < 0) {
				throw new ConfigurationException("stp.ingest.settle-seconds must be at least 0 (was " + settleSeconds + ")");
			}
			if (maxRowsPerSheet < 1) {
				throw new ConfigurationException("stp.ingest.max-rows-per-sheet must be at least 1 (was " + maxRowsPerSheet + ")");
			}
			if (maxRejectedRows < 0) {
				throw new ConfigurationException(
						"stp.ingest.max-rejected-rows must be at least 0 (was " + maxRejectedRows + ")");
			}
		}


		/** The threads to use: as set, or the machine's cores. */
		public int threadCount() {
			return StpProperties.threadCount(this.threads);
		}

	}

	/**
	 * @param threads metrics scored at once; 0 (the default) for as many as the machine has cores
	 */
	public record Score(int threads) {

		public Score {
			requireThreads(threads, "stp.score.threads");
		}

		/** The threads to use: as set, or the machine's cores. */
		public int threadCount() {
			return StpProperties.threadCount(this.threads);
		}

	}

	static int threadCount(int threads) {
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

	private static void requireThreads(int threads, String key) {
		if (threads < 0 || threads > 256) {
			throw new ConfigurationException(key + " must be 0 (as many as the machine has cores) to 256 (was " + threads + ")");
		}
	}

	private static Path absolute(Path path) {
		return path == null ? null : path.toAbsolutePath().normalize();
	}

	private static void require(Object value, String key) {
		if (value == null) {
			throw new ConfigurationException(key + " is not set");
		}
	}

}
