package uk.nhs.stp.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Whether an area's pace is faster or slower than its circumstances explain (method §5): the
 * externally studentised residual against Student's t with n − p − 1 degrees of freedom
 * (R's {@code qt}).
 */
public enum Verdict {

	FASTER("faster than its circumstances explain"), AS_EXPLAINED("as its circumstances explain"),
	SLOWER("slower than its circumstances explain");

	private final String words;

	Verdict(String words) {
		this.words = words;
	}

	public String words() {
		return this.words;
	}

	/**
	 * @param studentised the externally studentised residual
	 * @param df n − p − 1, at least 1
	 * @param level the two-sided confidence level (0.95 by default)
	 * @param strongLevel the level for "strong evidence" (0.998 two-sided: t<sub>0.999</sub>)
	 */
	public static Judgement judge(double studentised, int df, double level, double strongLevel) {
		double critical = criticalValue(df, level);
		double strongCritical = criticalValue(df, strongLevel);
		Verdict verdict = classify(studentised, critical);
		return new Judgement(verdict, verdict != AS_EXPLAINED && Math.abs(studentised) > strongCritical, critical);
	}

	/** The verdict of a studentised residual against a critical value (strictly beyond it). */
	public static Verdict classify(double studentised, double critical) {
		return studentised > critical ? FASTER : studentised < -critical ? SLOWER : AS_EXPLAINED;
	}

	/** The two-sided critical value of Student's t: {@code qt(1 − (1 − level)/2, df)}. */
	public static double criticalValue(int df, double level) {
		return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
	}

	/**
	 * @param verdict the verdict
	 * @param strongEvidence whether |t| exceeds the strong-evidence critical value
	 * @param critical the critical value used
	 */
	public record Judgement(Verdict verdict, boolean strongEvidence, double critical) {

		/** "slower than its circumstances explain (strong evidence)". */
		public String words() {
			return this.verdict.words() + (this.strongEvidence ? " (strong evidence)" : "");
		}

	}

}
