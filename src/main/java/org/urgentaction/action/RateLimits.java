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
import org.urgentaction.system.AppProperties;

/**
 * Requests per client address and per document in fixed one-minute windows. The counts
 * live in the database and are taken in the writer's transaction, so every node shares
 * them and an honest request pays no extra round trip.
 */
@Component
class RateLimits {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final Upsert hits;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final boolean postgres;

	private final AppProperties.Reports settings;

	RateLimits(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Database database, AppProperties properties) {
		this.jdbc = jdbc;
		this.named = named;
		this.postgres = database.postgres();
		this.settings = properties.reports();
		this.hits = new Upsert(jdbc, database, "action_rate",
				List.of(new Upsert.Key("bucket", "varchar"), new Upsert.Key("window_start", "timestamptz")),
				List.of("hits"));
	}

	/**
	 * Counts the reports that are not {@code refused} yet and returns, for each report, 0
	 * when it is admitted or the seconds after which its client may try again.
	 */
	long[] admit(List<NewReport> reports, boolean[] refused, Instant now) {
		long[] retryAfter = new long[reports.size()];
		Instant window = now.truncatedTo(ChronoUnit.MINUTES);
		long secondsLeft = Math.max(1, Duration.between(now, window.plus(WINDOW)).toSeconds());
		Map<String, Long> requested = new TreeMap<>();
		for (int i = 0; i < reports.size(); i++) {
			if (!refused[i]) {
				for (String bucket : buckets(reports.get(i))) {
					requested.merge(bucket, 1L, Long::sum);
				}
			}
		}
		if (requested.isEmpty()) {
			return retryAfter;
		}
		Timestamp start = Timestamp.from(window);
		List<Object[]> rows = new ArrayList<>();
		requested.forEach((bucket, n) -> rows.add(new Object[] { n, bucket, start }));
		Map<String, Long> used = new HashMap<>();
		if (postgres) {
			for (Object[] row : hits.applyReturning(rows)) {
				used.put((String) row[0], ((Number) row[2]).longValue() - requested.get((String) row[0]));
			}
		}
		else {
			hits.apply(rows);
			named.query("select bucket, hits from action_rate where window_start = :start and bucket in (:buckets)",
					Map.of("start", start, "buckets", List.copyOf(requested.keySet())),
					(RowCallbackHandler) (rs) -> used.put(rs.getString(1),
							rs.getLong(2) - requested.get(rs.getString(1))));
		}
		for (int i = 0; i < reports.size(); i++) {
			if (refused[i]) {
				continue;
			}
			boolean admitted = true;
			for (String bucket : buckets(reports.get(i))) {
				long position = used.merge(bucket, 1L, Long::sum);
				admitted &= position <= limit(bucket);
			}
			retryAfter[i] = admitted ? 0 : secondsLeft;
		}
		return retryAfter;
	}

	void forgetOldWindows(Instant now) {
		jdbc.update("delete from action_rate where window_start < ?",
				Timestamp.from(now.minus(WINDOW.multipliedBy(5))));
	}

	private List<String> buckets(NewReport report) {
		List<String> buckets = new ArrayList<>(2);
		if (report.clientKey() != null && settings.perAddressPerMinute() > 0) {
			buckets.add("address:" + report.clientKey());
		}
		if (settings.perUaPerMinute() > 0) {
			buckets.add("document:" + report.documentId());
		}
		return buckets;
	}

	private long limit(String bucket) {
		return bucket.startsWith("address:") ? settings.perAddressPerMinute() : settings.perUaPerMinute();
	}

}
