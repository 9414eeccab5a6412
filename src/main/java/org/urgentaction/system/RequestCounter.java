package org.urgentaction.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Requests per bucket (e.g. a client address) in fixed windows, counted in the database
 * so that every node shares the count.
 */
@Component
public class RequestCounter {

	private final JdbcClient jdbc;

	private final Clock clock;

	RequestCounter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts one request; returns 0 when it is within {@code limit} for its window, or
	 * the seconds until the next window.
	 */
	public long count(String bucket, int limit, Duration window) {
		Instant now = clock.instant();
		long size = window.toMillis();
		Instant start = Instant.ofEpochMilli(now.toEpochMilli() / size * size);
		String key = bucket.length() > 200 ? bucket.substring(0, 200) : bucket;
		int hits = increment(key, Timestamp.from(start));
		return (hits <= limit) ? 0 : Math.max(1, Duration.between(now, start.plus(window)).toSeconds());
	}

	private int increment(String bucket, Timestamp start) {
		int updated = jdbc
			.sql("update request_count set hits = hits + 1 where bucket = :bucket and window_start = :start")
			.param("bucket", bucket)
			.param("start", start)
			.update();
		if (updated == 0) {
			try {
				jdbc.sql("insert into request_count (bucket, window_start, hits) values (:bucket, :start, 1)")
					.param("bucket", bucket)
					.param("start", start)
					.update();
				return 1;
			}
			catch (DuplicateKeyException otherNode) {
				return increment(bucket, start);
			}
		}
		return jdbc.sql("select hits from request_count where bucket = :bucket and window_start = :start")
			.param("bucket", bucket)
			.param("start", start)
			.query(Integer.class)
			.single();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void forgetOldWindows() {
		jdbc.sql("delete from request_count where window_start < :before")
			.param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

}
