package org.urgentaction.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The registered endpoints (table {@code webhook_endpoint}). Events consult a copy that
 * is kept for {@link #CACHE_NANOS} (a report batch would otherwise read the table once
 * per report); a change on this node clears it at once, other nodes see it within that
 * time.
 */
@Repository
class WebhookEndpoints {

	private static final long CACHE_NANOS = 5_000_000_000L;

	private final JdbcClient jdbc;

	private volatile List<WebhookEndpoint> cached;

	private volatile long cachedAt;

	WebhookEndpoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String url, List<String> events, String secret, String actor, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into webhook_endpoint (url, events, secret, created_at, created_by)
				values (:url, :events, :secret, :now, :actor)""")
			.param("url", url)
			.param("events", String.join(",", events))
			.param("secret", secret)
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.update(keys, "id");
		cached = null;
		return keys.getKeyAs(Long.class);
	}

	List<WebhookEndpoint> all() {
		return jdbc.sql("select id, url, events, secret, created_at, created_by from webhook_endpoint order by id")
			.query((rs, row) -> new WebhookEndpoint(rs.getLong(1), rs.getString(2),
					Arrays.asList(rs.getString(3).split(",")), rs.getString(4), rs.getTimestamp(5).toInstant(),
					rs.getString(6)))
			.list();
	}

	Optional<WebhookEndpoint> find(long id) {
		return all().stream().filter((endpoint) -> endpoint.id() == id).findFirst();
	}

	boolean delete(long id) {
		cached = null;
		return jdbc.sql("delete from webhook_endpoint where id = :id").param("id", id).update() > 0;
	}

	List<WebhookEndpoint> subscribedTo(WebhookEvent event) {
		List<WebhookEndpoint> endpoints = cached;
		if (endpoints == null || System.nanoTime() - cachedAt > CACHE_NANOS) {
			endpoints = all();
			cached = endpoints;
			cachedAt = System.nanoTime();
		}
		return endpoints.stream().filter((endpoint) -> endpoint.wants(event)).toList();
	}

}
