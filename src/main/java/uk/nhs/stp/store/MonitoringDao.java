package uk.nhs.stp.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.nhs.stp.result.PeerSet;
import uk.nhs.stp.result.Redundancy;

/** Stores and reads each run's peers (method §5) and metric redundancy (method §7). */
@Repository
public class MonitoringDao {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	public MonitoringDao(JdbcTemplate template) {
		this.template = template;
		this.jdbc = JdbcClient.create(template);
	}

	/** Stores a run's peers and redundancy (its earlier ones are removed with its area scores), in JDBC batches. */
	public void store(long jobInstanceId, List<PeerSet> peers, Redundancy redundancy) {
		List<Object[]> peerRows = new ArrayList<>();
		for (PeerSet set : peers) {
			for (int rank = 0; rank < set.peers().size(); rank++) {
				peerRows.add(new Object[] { jobInstanceId, set.areaCode(), rank + 1, set.peers().get(rank),
						ScoreDao.finite("distance", set.distances().get(rank)) });
			}
		}
		batch("INSERT INTO STP_PEER VALUES (?, ?, ?, ?, ?)", peerRows);
		batch("INSERT INTO STP_METRIC_PAIR VALUES (?, ?, ?, ?, ?, ?)", redundancy.pairs()
			.stream()
			.map(pair -> new Object[] { jobInstanceId, pair.metricA(), pair.metricB(), ScoreDao.finite("rho", pair.rho()),
					pair.areas(), pair.redundant() })
			.toList());
		this.template.update("UPDATE STP_METRIC_SUMMARY SET IN_MINIMAL_SET = FALSE WHERE JOB_INSTANCE_ID = ?", jobInstanceId);
		batch("UPDATE STP_METRIC_SUMMARY SET IN_MINIMAL_SET = TRUE WHERE JOB_INSTANCE_ID = ? AND METRIC_ID = ?",
				redundancy.minimalSet().stream().map(metric -> new Object[] { jobInstanceId, metric }).toList());
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.template.batchUpdate(sql, rows);
		}
	}

	/** A run's peers, by area code, with the peers' median pace worked out from the stored scores. */
	public Map<String, PeerSet> peers(long jobInstanceId) {
		Map<String, List<Object[]>> rows = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT p.AREA_CODE, p.PEER_CODE, p.DISTANCE, s.PACE FROM STP_PEER p
				JOIN STP_AREA_SCORE s ON s.JOB_INSTANCE_ID = p.JOB_INSTANCE_ID AND s.AREA_CODE = p.PEER_CODE
				WHERE p.JOB_INSTANCE_ID = ? ORDER BY p.AREA_CODE, p.PEER_RANK""")
			.param(jobInstanceId)
			.query((rs) -> {
				rows.computeIfAbsent(rs.getString(1), a -> new ArrayList<>())
					.add(new Object[] { rs.getString(2), rs.getDouble(3), rs.getObject(4) });
			});
		Map<String, PeerSet> peers = new LinkedHashMap<>();
		rows.forEach((area, list) -> {
			double[] paces = list.stream().filter(r -> r[2] != null).mapToDouble(r -> (Double) r[2]).sorted().toArray();
			Double median = paces.length == 0 ? null
					: paces.length % 2 == 1 ? paces[paces.length / 2] : (paces[paces.length / 2 - 1] + paces[paces.length / 2]) / 2;
			peers.put(area, new PeerSet(area, list.stream().map(r -> (String) r[0]).toList(),
					list.stream().map(r -> (Double) r[1]).toList(), median));
		});
		return peers;
	}

	/** A run's metric pairs and minimal set, by metric ids (PostgreSQL's row order after an update is not HSQLDB's). */
	public Redundancy redundancy(long jobInstanceId) {
		List<Redundancy.Pair> pairs = this.jdbc
			.sql("SELECT METRIC_A, METRIC_B, RHO, AREAS, REDUNDANT FROM STP_METRIC_PAIR WHERE JOB_INSTANCE_ID = ? ORDER BY METRIC_A, METRIC_B")
			.param(jobInstanceId)
			.query((rs, i) -> new Redundancy.Pair(rs.getString(1), rs.getString(2), (Double) rs.getObject(3), rs.getInt(4),
					rs.getBoolean(5)))
			.list();
		List<String> kept = this.jdbc
			.sql("SELECT METRIC_ID FROM STP_METRIC_SUMMARY WHERE JOB_INSTANCE_ID = ? AND IN_MINIMAL_SET ORDER BY METRIC_ID")
			.param(jobInstanceId)
			.query(String.class)
			.list();
		return new Redundancy(pairs, kept);
	}

}
