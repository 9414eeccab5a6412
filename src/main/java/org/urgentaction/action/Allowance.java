package org.urgentaction.action;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.urgentaction.system.Database;

/**
 * How much each client may still add to a document's public total: at most
 * {@code ua.reports.unverified.actions-per-hour} actions and {@code reports-per-hour}
 * reports over the last hour (minute windows), charged to the client address, the
 * reporter and the cookie alike. Taken in the writer's transaction: the current window's
 * rows are locked first, in key order, so that concurrent batches of the same client on
 * any node wait for each other and never both spend the same allowance.
 */
@Component
class Allowance {

	static final Duration PERIOD = Duration.ofHours(1);

	private final Upsert windows;

	private final NamedParameterJdbcTemplate named;

	private final JdbcTemplate jdbc;

	private final AllowanceSettings settings;

	Allowance(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Database database, AllowanceSettings settings) {
		this.jdbc = jdbc;
		this.named = named;
		this.settings = settings;
		this.windows = new Upsert(
				jdbc, database, "action_allowance", List.of(new Upsert.Key("bucket", "varchar"),
						new Upsert.Key("document_id", "bigint"), new Upsert.Key("window_start", "timestamptz")),
				List.of("actions", "reports"));
	}

	private record Spend(String bucket, long documentId) implements Comparable<Spend> {

		@Override
		public int compareTo(Spend other) {
			int byBucket = bucket.compareTo(other.bucket);
			return (byBucket != 0) ? byBucket : Long.compare(documentId, other.documentId);
		}

	}

	/**
	 * Which of the {@code candidates} (reports that would count) may go into the public
	 * total now; the others are to be held. Spends the allowance of those admitted.
	 */
	boolean[] admit(List<NewReport> candidates, Instant now) {
		boolean[] admitted = new boolean[candidates.size()];
		Map<Spend, long[]> used = new TreeMap<>();
		for (NewReport report : candidates) {
			for (String bucket : report.allowanceBuckets()) {
				used.put(new Spend(bucket, report.documentId()), new long[2]);
			}
		}
		Timestamp window = Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES));
		List<Object[]> locks = new ArrayList<>();
		used.keySet().forEach((s) -> locks.add(new Object[] { 0L, 0L, s.bucket(), s.documentId(), window }));
		windows.apply(locks);
		readUsed(used, now);
		Map<Spend, long[]> spent = new TreeMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			NewReport report = candidates.get(i);
			boolean fits = true;
			for (String bucket : report.allowanceBuckets()) {
				long[] so = used.get(new Spend(bucket, report.documentId()));
				fits &= so[0] + report.count() <= settings.actionsPerHour() && so[1] + 1 <= settings.reportsPerHour();
			}
			admitted[i] = fits;
			if (fits) {
				for (String bucket : report.allowanceBuckets()) {
					Spend spend = new Spend(bucket, report.documentId());
					add(used.get(spend), report.count());
					add(spent.computeIfAbsent(spend, (s) -> new long[2]), report.count());
				}
			}
		}
		List<Object[]> rows = new ArrayList<>();
		spent.forEach((s, v) -> rows.add(new Object[] { v[0], v[1], s.bucket(), s.documentId(), window }));
		windows.apply(rows);
		return admitted;
	}

	private void readUsed(Map<Spend, long[]> used, Instant now) {
		if (used.isEmpty()) {
			return;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("buckets", used.keySet().stream().map(Spend::bucket).distinct().toList());
		params.put("documents", used.keySet().stream().map(Spend::documentId).distinct().toList());
		params.put("from", Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES).minus(PERIOD)));
		named.query("""
				select bucket, document_id, sum(actions), sum(reports) from action_allowance
				where bucket in (:buckets) and document_id in (:documents) and window_start > :from
				group by bucket, document_id""", params, (RowCallbackHandler) (rs) -> {
			long[] values = used.get(new Spend(rs.getString(1), rs.getLong(2)));
			if (values != null) {
				values[0] = rs.getLong(3);
				values[1] = rs.getLong(4);
			}
		});
	}

	private static void add(long[] values, int count) {
		values[0] += count;
		values[1] += 1;
	}

	/** Windows older than the hour they count for hold hashes of addresses: deleted. */
	int forgetOldWindows(Instant now) {
		return jdbc.update("delete from action_allowance where window_start <= ?",
				Timestamp.from(now.truncatedTo(ChronoUnit.MINUTES).minus(PERIOD)));
	}

}
