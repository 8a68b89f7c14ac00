package uk.nhs.stp.result;

import java.util.List;

/**
 * What scoring one run gives for its areas: each area's scores and the circumstances model they
 * were judged by. The score step computes it; the store keeps it under the run.
 *
 * @param areas one score per reporting area, in register order
 * @param fit the circumstances model of the run
 * @param tiering the run's tier cut-offs, simulation and sensitivity settings
 */
public record RunScores(List<AreaScore> areas, ModelFit fit, RunTiering tiering) {

	public RunScores(List<AreaScore> areas, ModelFit fit) {
		this(areas, fit, RunTiering.NONE);
	}

}
