package org.urgentaction.mailing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.subscriber.SubscriberDirectory;

/**
 * Records a bounce or complaint against its outbox message, mailing and subscriber, once,
 * and acts on it: a hard bounce marks the address as bouncing, soft bounces do so after
 * {@code ua.bounces.soft-limit} within {@code soft-window}, a complaint unsubscribes.
 */
@Component
class BounceRecorder {

	private static final Logger log = LoggerFactory.getLogger(BounceRecorder.class);

	private final JdbcClient jdbc;

	private final SubscriberDirectory directory;

	private final MailMetrics metrics;

	private final BounceSettings settings;

	private final Clock clock;

	BounceRecorder(JdbcClient jdbc, SubscriberDirectory directory, MailMetrics metrics, BounceSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.metrics = metrics;
		this.settings = settings;
		this.clock = clock;
	}

	private record Source(Long mailingId, Long subscriberId) {
	}

	/**
	 * False when this bounce was recorded before (by this or another node).
	 */
	@Transactional
	boolean record(String sourceKey, Bounce bounce) {
		String key = truncate(sourceKey, 400);
		if (jdbc.sql("select count(*) from mail_bounce where source_key = :key")
			.param("key", key)
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		Source source = source(bounce);
		Instant now = clock.instant();
		// a node that records the same bounce at the same moment fails on the unique key
		// and leaves the mail for its next reading
		jdbc.sql("""
				insert into mail_bounce (source_key, kind, outbox_message_id, mailing_id, subscriber_id, status,
				    diagnostic, received_at)
				values (:key, :kind, :outbox, :mailing, :subscriber, :status, :diagnostic, :now)""")
			.param("key", key)
			.param("kind", bounce.kind().name())
			.param("outbox", bounce.outboxId())
			.param("mailing", source.mailingId())
			.param("subscriber", source.subscriberId())
			.param("status", truncate(bounce.status(), 20))
			.param("diagnostic", truncate(bounce.diagnostic(), 500))
			.param("now", Timestamp.from(now))
			.update();
		log.info("{} for outbox message {}, subscriber {} ({})", bounce.kind(), bounce.outboxId(),
				source.subscriberId(), bounce.status());
		metrics.count((bounce.kind() == Bounce.Kind.COMPLAINT) ? "complained" : "bounced");
		if (source.subscriberId() == null) {
			return true;
		}
		switch (bounce.kind()) {
			case HARD -> directory.markBouncing(source.subscriberId());
			case SOFT -> {
				if (softBounces(source.subscriberId(), now) >= settings.softLimit()) {
					directory.markBouncing(source.subscriberId());
				}
			}
			case COMPLAINT -> directory.unsubscribeAfterComplaint(source.subscriberId());
		}
		return true;
	}

	private Source source(Bounce bounce) {
		if (bounce.outboxId() != null) {
			Optional<Source> message = jdbc.sql("select mailing_id, subscriber_id from outbox_message where id = :id")
				.param("id", bounce.outboxId())
				.query((rs, row) -> new Source((Long) rs.getObject(1, Long.class), rs.getLong(2)))
				.optional();
			if (message.isPresent()) {
				return message.get();
			}
		}
		return new Source(null, directory.idForEmail(bounce.recipient()).orElse(null));
	}

	private long softBounces(long subscriberId, Instant now) {
		return jdbc.sql("""
				select count(*) from mail_bounce
				where subscriber_id = :subscriber and kind = 'SOFT' and received_at > :since""")
			.param("subscriber", subscriberId)
			.param("since", Timestamp.from(now.minus(settings.softWindow())))
			.query(Long.class)
			.single();
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

}
