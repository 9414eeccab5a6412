package org.urgentaction.mailing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.urgentaction.mailing.OutboxRepository.Claimed;
import org.urgentaction.subscriber.Subscriber;
import org.urgentaction.subscriber.SubscriberDirectory;
import org.urgentaction.system.AppProperties;

/**
 * One sending thread: claims a batch of due messages under a lease, sends them over its
 * own SMTP connection and records the outcome. Temporary failures (4xx, connection
 * problems) are retried with exponential back-off; permanent ones (5xx) fail the message
 * and mark the address as bouncing.
 */
class SenderLoop implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(SenderLoop.class);

	private final Parts parts;

	private final AppProperties.Mailing settings;

	private final String owner;

	private final OutboxSender sender;

	private final SmtpConnection connection;

	private final HandOverLog handOvers;

	private final ClaimCursor cursor = new ClaimCursor();

	SenderLoop(Parts parts, AppProperties.Mailing settings, String owner, OutboxSender sender) {
		this.parts = parts;
		this.settings = settings;
		this.owner = owner;
		this.sender = sender;
		this.connection = new SmtpConnection(parts.mail());
		this.handOvers = parts.outbox().handOverLog(owner);
	}

	@Override
	public void run() {
		try (connection; handOvers) {
			while (sender.running()) {
				try {
					if (!sendBatch()) {
						connection.close();
						handOvers.close();
						sender.idle();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (RuntimeException ex) {
					log.warn("Sending failed; trying again shortly", ex);
					sleepQuietly();
				}
			}
		}
	}

	private boolean sendBatch() {
		Instant now = parts.clock().instant();
		ClaimCursor.Position after = cursor.next(now);
		List<Claimed> batch = parts.transactions().execute((status) -> {
			List<Long> ids = parts.outbox().lockDue(settings.batchSize(), now, after);
			return ids.isEmpty() ? List.<Claimed>of() : parts.outbox().lease(ids, owner, now.plus(settings.lease()));
		});
		cursor.claimed((batch == null) ? List.of() : batch, settings.batchSize());
		if (batch == null || batch.isEmpty()) {
			return false;
		}
		Map<Long, Subscriber> recipients = parts.directory()
			.findAll(batch.stream().map(Claimed::subscriberId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Subscriber::id, Function.identity()));
		List<Claimed> deliverable = new ArrayList<>();
		for (Claimed message : batch) {
			Subscriber subscriber = recipients.get(message.subscriberId());
			String skip = Deliverable.reasonToSkip(message, subscriber);
			if (skip == null) {
				deliverable.add(message);
			}
			else {
				parts.outbox().finish(message.id(), owner, "CANCELLED", skip);
			}
		}
		int i = 0;
		try {
			for (; i < deliverable.size() && sender.running(); i++) {
				Claimed message = deliverable.get(i);
				Claimed next = (i + 1 < deliverable.size()) ? deliverable.get(i + 1) : null;
				handOvers.next((next == null) ? -1 : next.id());
				deliver(message, recipients.get(message.subscriberId()), next,
						(next == null) ? null : recipients.get(next.subscriberId()).email());
			}
		}
		finally {
			handOvers.release();
		}
		if (i < deliverable.size()) {
			// the node is stopping: what it claimed but did not send goes back to the
			// queue now rather than when its lease expires
			int released = parts.outbox()
				.release(deliverable.subList(i, deliverable.size()).stream().map(Claimed::id).toList(), owner,
						parts.clock().instant());
			log.info("Stopping: {} claimed messages returned to the outbox", released);
		}
		return true;
	}

	/**
	 * Sends one message, and prepares the next one. Every way out that leaves it unsent
	 * first rolls back its prepared hand-over record, which would otherwise lock it.
	 */
	private void deliver(Claimed message, Subscriber subscriber, Claimed next, String nextRecipient) {
		OutgoingMessage outgoing;
		try {
			outgoing = parts.composer().compose(message, subscriber);
		}
		catch (RuntimeException ex) {
			handOvers.release();
			log.error("Cannot compose outbox message {}", message.id(), ex);
			parts.outbox().finish(message.id(), owner, "FAILED", "cannot compose: " + ex.getMessage());
			return;
		}
		if (outgoing == null) {
			handOvers.release();
			parts.outbox().finish(message.id(), owner, "CANCELLED", "nothing to send");
			return;
		}
		try {
			String nextFrom = (next == null) ? null : parts.returnPath().of(next.id(), outgoing.from());
			connection.send(outgoing, parts.outbox().handOver(handOvers, message.id(), owner), nextFrom, nextRecipient);
			parts.metrics().count("sent");
		}
		catch (HandOverRefused refused) {
			handOvers.release();
			connection.abort();
		}
		catch (SmtpException ex) {
			handOvers.release();
			// the connection is in step for the next message, or was dropped
			if (connection.handedOver() && ex.code() == 0) {
				// The end of data went out but no reply came: the server may have the
				// message, so it is never sent again.
				log.warn("No reply to the end of data of message {}; not sending it again", message.id());
				parts.outbox().unconfirmed(message.id(), owner);
				return;
			}
			failed(message, subscriber, ex);
		}
	}

	private void failed(Claimed message, Subscriber subscriber, SmtpException failure) {
		String description = failure.describe();
		if (failure instanceof Utf8AddressRefused) {
			log.info("Message {} not sent: {}", message.id(), description);
			parts.outbox().finish(message.id(), owner, "FAILED", description);
			parts.metrics().count("failed");
		}
		else if (failure.permanent()) {
			log.info("Message {} refused permanently: {}", message.id(), LogText.withoutAddresses(description));
			// the address first: whoever sees the failed message also sees the bouncing
			// address
			parts.directory().markBouncing(subscriber.id());
			parts.outbox().finish(message.id(), owner, "FAILED", description);
			parts.metrics().count("failed");
		}
		else if (message.attempts() >= settings.maxAttempts()) {
			parts.outbox()
				.finish(message.id(), owner, "FAILED", "gave up after " + message.attempts() + ": " + description);
			parts.metrics().count("failed");
		}
		else {
			long factor = 1L << Math.min(16, message.attempts() - 1);
			Instant next = parts.clock().instant().plus(settings.retryBackoff().multipliedBy(factor));
			log.info("Message {} deferred until {}: {}", message.id(), next, LogText.withoutAddresses(description));
			parts.outbox().retry(message.id(), owner, next, description);
			parts.metrics().count("deferred");
		}
	}

	private void sleepQuietly() {
		try {
			Thread.sleep(Math.max(100, settings.pollInterval().toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * What every sending thread of a node shares.
	 */
	@Component
	record Parts(OutboxRepository outbox, SubscriberDirectory directory, MailComposer composer, JavaMailSenderImpl mail,
			TransactionTemplate transactions, Clock clock, MailMetrics metrics, ReturnPath returnPath) {
	}

}
