package org.urgentaction.mailing;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Repository;
import org.urgentaction.system.Database;

/**
 * The durable outbox (table {@code outbox_message}). Nodes claim messages with row locks
 * that other nodes skip, and hold them under a lease that expires if the node dies.
 */
@Repository
class OutboxRepository {

	private static final Logger log = LoggerFactory.getLogger(OutboxRepository.class);

	private final JdbcClient jdbc;

	private final boolean postgres;

	private final DataSource dataSource;

	OutboxRepository(JdbcClient jdbc, DataSource dataSource, Database database) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.postgres = database.postgres();
	}

	void enqueue(long subscriberId, MessageKind kind, Instant now) {
		jdbc.sql(
				"""
						insert into outbox_message (subscriber_id, kind, priority, status, attempts, next_attempt_at, created_at)
						values (:subscriber, :kind, :priority, 'QUEUED', 0, :now, :now)""")
			.param("subscriber", subscriberId)
			.param("kind", kind.name())
			.param("priority", kind.priority())
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Locks up to {@code limit} due messages that no other transaction holds, from the
	 * start of the claim order or after {@code after}. Must run in a transaction,
	 * followed by {@link #lease}.
	 */
	List<Long> lockDue(int limit, Instant now, ClaimCursor.Position after) {
		String sql = """
				select id from outbox_message where status = 'QUEUED' and next_attempt_at <= :now%s
				order by priority, id limit :limit for update skip locked"""
			.formatted((after == null) ? "" : " and (priority, id) > (:priority, :id)");
		JdbcClient.StatementSpec statement = jdbc.sql(sql).param("now", Timestamp.from(now)).param("limit", limit);
		if (after != null) {
			statement = statement.param("priority", after.priority()).param("id", after.id());
		}
		return statement.query(Long.class).list();
	}

	List<Claimed> lease(List<Long> ids, String owner, Instant until) {
		jdbc.sql(
				"""
						update outbox_message set status = 'SENDING', next_attempt_at = null, lease_owner = :owner, lease_until = :until,
						    attempts = attempts + 1 where id in (:ids)""")
			.param("owner", owner)
			.param("until", Timestamp.from(until))
			.param("ids", ids)
			.update();
		return jdbc.sql("""
				select o.id, o.subscriber_id, o.kind, o.attempts, o.mailing_id, m.status, m.document_id,
				    m.period_start, m.period_end
				from outbox_message o left join mailing m on m.id = o.mailing_id where o.id in (:ids) order by o.id""")
			.param("ids", ids)
			.query((rs, row) -> {
				long mailing = rs.getLong(5);
				Long mailingId = rs.wasNull() ? null : mailing;
				long document = rs.getLong(7);
				Long documentId = rs.wasNull() ? null : document;
				Timestamp start = rs.getTimestamp(8);
				Timestamp end = rs.getTimestamp(9);
				return new Claimed(rs.getLong(1), rs.getLong(2), MessageKind.valueOf(rs.getString(3)), rs.getInt(4),
						mailingId, "STOPPED".equals(rs.getString(6)), documentId,
						start == null ? null : start.toInstant(), end == null ? null : end.toInstant());
			})
			.list();
	}

	/**
	 * The hand-over records of one sending thread ({@link HandOverLog}).
	 */
	HandOverLog handOverLog(String owner) {
		return new HandOverLog(dataSource, postgres, owner);
	}

	/**
	 * Records the hand-over of one message to the SMTP server around the final
	 * {@code "."} of its DATA command, in the given log.
	 */
	HandOverRecorder handOver(HandOverLog handOvers, long id, String owner) {
		return new HandOverRecorder() {

			@Override
			public HandOver begin() throws SQLException {
				return handOvers.begin(id);
			}

			@Override
			public void recordAgain(SQLException failure) {
				log.warn("The hand-over of message {} was sent but not committed; recording it again", id, failure);
				try {
					jdbc.sql("""
							update outbox_message set status = 'SENT', sent_at = current_timestamp
							where id = :id and status = 'SENDING' and lease_owner = :owner""")
						.param("id", id)
						.param("owner", owner)
						.update();
				}
				catch (DataAccessException ex) {
					// the server's reply must still be read, or the connection falls out
					// of step; the message will go out again when its lease expires
					log.error("Message {} went to the SMTP server but cannot be recorded; it may be sent twice", id,
							ex);
				}
			}

		};
	}

	/**
	 * The end of data of a message went out but no reply came: the server may have the
	 * message, so it is never sent again, but it is kept apart from the confirmed ones.
	 */
	void unconfirmed(long id, String owner) {
		jdbc.sql("""
				update outbox_message set status = 'HANDED_OVER', last_error = 'no reply to the end of data'
				where id = :id and status = 'SENT' and lease_owner = :owner""")
			.param("id", id)
			.param("owner", owner)
			.update();
	}

	/**
	 * Puts a message this node holds back in the queue after a temporary failure, also
	 * one already handed over whose end of data the server refused.
	 */
	void retry(long id, String owner, Instant next, String error) {
		jdbc.sql("""
				update outbox_message set status = 'QUEUED', next_attempt_at = :next, lease_owner = null,
				    lease_until = null, sent_at = null, last_error = :error
				where id = :id and status in ('SENDING', 'SENT') and lease_owner = :owner""")
			.param("next", Timestamp.from(next))
			.param("error", truncate(error))
			.param("id", id)
			.param("owner", owner)
			.update();
	}

	/**
	 * Ends a message this node holds without sending it (or after the server refused it
	 * for good).
	 */
	void finish(long id, String owner, String status, String error) {
		jdbc.sql("""
				update outbox_message set status = :status, last_error = :error, lease_owner = null, sent_at = null
				where id = :id and status in ('SENDING', 'SENT') and lease_owner = :owner""")
			.param("status", status)
			.param("error", truncate(error))
			.param("id", id)
			.param("owner", owner)
			.update();
	}

	/**
	 * Returns messages whose node died while holding them (lease expired, not handed
	 * over) to the queue.
	 */
	int releaseExpiredLeases(Instant now) {
		return jdbc
			.sql("""
					update outbox_message set status = 'QUEUED', next_attempt_at = :now, lease_owner = null, lease_until = null
					where status = 'SENDING' and lease_until < :now""")
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Returns messages this node claimed but did not start sending (it is stopping) to
	 * the queue, without counting the attempt.
	 */
	int release(List<Long> ids, String owner, Instant now) {
		return jdbc.sql("""
				update outbox_message set status = 'QUEUED', next_attempt_at = :now, lease_owner = null,
				    lease_until = null, attempts = attempts - 1
				where id in (:ids) and status = 'SENDING' and lease_owner = :owner""")
			.param("now", Timestamp.from(now))
			.param("ids", ids)
			.param("owner", owner)
			.update();
	}

	int cancelMailing(long mailingId) {
		return jdbc.sql("""
				update outbox_message set status = 'CANCELLED', next_attempt_at = null
				where mailing_id = :mailing and status in ('QUEUED', 'SENDING')""")
			.param("mailing", mailingId)
			.update();
	}

	private static String truncate(String error) {
		return (error == null || error.length() <= 500) ? error : error.substring(0, 500);
	}

	/**
	 * A message this node holds, with what is needed to compose it.
	 */
	record Claimed(long id, long subscriberId, MessageKind kind, int attempts, Long mailingId, boolean mailingStopped,
			Long documentId, Instant periodStart, Instant periodEnd) {
	}

}
