package org.urgentaction.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable queue of deliveries (table {@code webhook_delivery}): written in the
 * transaction of the event, claimed by any node with row locks that others skip and a
 * lease that expires if the node dies. At least once: a delivery whose answer was lost
 * goes again, with the same event id.
 */
@Repository
class WebhookDeliveries {

	private final JdbcClient jdbc;

	WebhookDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void enqueue(long endpointId, String eventId, WebhookEvent event, String payload, Instant now) {
		jdbc.sql("""
				insert into webhook_delivery (endpoint_id, event_id, event_type, payload, status, attempts,
				    next_attempt_at, created_at)
				values (:endpoint, :eventId, :type, :payload, 'QUEUED', 0, :now, :now)""")
			.param("endpoint", endpointId)
			.param("eventId", eventId)
			.param("type", event.wireName())
			.param("payload", payload)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Claims up to {@code limit} due deliveries for {@code owner} until {@code until}
	 * (also those whose previous owner's lease expired). Runs in a transaction.
	 */
	List<Long> claim(int limit, String owner, Instant now, Instant until) {
		List<Long> ids = jdbc.sql("""
				select id from webhook_delivery
				where (status = 'QUEUED' and next_attempt_at <= :now) or (status = 'SENDING' and lease_until < :now)
				order by id limit :limit for update skip locked""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			jdbc.sql("""
					update webhook_delivery set status = 'SENDING', lease_owner = :owner, lease_until = :until,
					    attempts = attempts + 1
					where id in (:ids)""")
				.param("owner", owner)
				.param("until", Timestamp.from(until))
				.param("ids", ids)
				.update();
		}
		return ids;
	}

	List<Claimed> claimed(List<Long> ids) {
		return jdbc.sql("""
				select d.id, d.event_id, d.event_type, d.payload, d.attempts, d.created_at, e.url, e.secret
				from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
				where d.id in (:ids) order by d.id""")
			.param("ids", ids)
			.query((rs, row) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)))
			.list();
	}

	void delivered(long id, String owner, int status, Instant now) {
		finish(id, owner, "DELIVERED", null, status, null, now);
	}

	void retry(long id, String owner, Integer status, String error, Instant next) {
		finish(id, owner, "QUEUED", next, status, error, null);
	}

	void failed(long id, String owner, Integer status, String error) {
		finish(id, owner, "FAILED", null, status, error, null);
	}

	private void finish(long id, String owner, String to, Instant next, Integer status, String error,
			Instant deliveredAt) {
		jdbc.sql("""
				update webhook_delivery set status = :to, next_attempt_at = :next, lease_owner = null,
				    lease_until = null, last_status = :status, last_error = :error, delivered_at = :deliveredAt
				where id = :id and status = 'SENDING' and lease_owner = :owner""")
			.param("to", to)
			.param("next", (next == null) ? null : Timestamp.from(next))
			.param("status", status)
			.param("error", (error == null || error.length() <= 500) ? error : error.substring(0, 500))
			.param("deliveredAt", (deliveredAt == null) ? null : Timestamp.from(deliveredAt))
			.param("id", id)
			.param("owner", owner)
			.update();
	}

	/**
	 * Deliveries of one endpoint by state, for staff.
	 */
	List<Delivery> recent(long endpointId, String status, int limit) {
		return jdbc.sql("""
				select id, event_id, event_type, status, attempts, created_at, delivered_at, last_status, last_error
				from webhook_delivery where endpoint_id = :endpoint and (:status = '' or status = :status)
				order by id desc limit :limit""")
			.param("endpoint", endpointId)
			.param("status", (status == null) ? "" : status)
			.param("limit", limit)
			.query((rs, row) -> new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getTimestamp(6).toInstant(),
					(rs.getTimestamp(7) == null) ? null : rs.getTimestamp(7).toInstant(), (Integer) rs.getObject(8),
					rs.getString(9)))
			.list();
	}

	/**
	 * The latest deliveries that were given up, of every endpoint, for the staff page.
	 */
	List<FailedDelivery> failed(int limit) {
		return jdbc.sql("""
				select d.id, e.url, d.event_id, d.event_type, d.attempts, d.created_at, d.last_status, d.last_error
				from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
				where d.status = 'FAILED' order by d.id desc limit :limit""")
			.param("limit", limit)
			.query((rs, row) -> new FailedDelivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getTimestamp(6).toInstant(), (Integer) rs.getObject(7), rs.getString(8)))
			.list();
	}

	record FailedDelivery(long id, String url, String eventId, String event, int attempts, Instant createdAt,
			Integer lastStatus, String lastError) {
	}

	long count(long endpointId, String status) {
		return jdbc.sql("select count(*) from webhook_delivery where endpoint_id = :endpoint and status = :status")
			.param("endpoint", endpointId)
			.param("status", status)
			.query(Long.class)
			.single();
	}

	record Claimed(long id, String eventId, String eventType, String payload, int attempts, Instant createdAt,
			String url, String secret) {
	}

	/**
	 * One delivery as staff see it.
	 */
	record Delivery(long id, String eventId, String event, String status, int attempts, Instant createdAt,
			Instant deliveredAt, Integer lastStatus, String lastError) {
	}

}
