package org.urgentaction.subscriber;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.AppProperties;

import static org.urgentaction.subscriber.SubscriberStatus.ACTIVE;
import static org.urgentaction.subscriber.SubscriberStatus.BOUNCING;
import static org.urgentaction.subscriber.SubscriberStatus.PAUSED;
import static org.urgentaction.subscriber.SubscriberStatus.PENDING;
import static org.urgentaction.subscriber.SubscriberStatus.UNSUBSCRIBED;

/**
 * Consent only from the owner of an address: the mails that ask for confirmation (at most
 * one per {@code ua.mailing.link-mail-interval} and {@code ua.subscriptions.mails-per-
 * address-per-day} per address), and what following the link confirms. Runs in the
 * caller's transaction.
 */
@Component
class Confirmations {

	private final SubscriberRepository subscribers;

	private final PendingRequests pending;

	private final ConfirmationQuota quota;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final AppProperties.Mailing settings;

	private final Clock clock;

	Confirmations(SubscriberRepository subscribers, PendingRequests pending, ConfirmationQuota quota,
			ApplicationEventPublisher events, AuditLog audit, AppProperties properties, Clock clock) {
		this.subscribers = subscribers;
		this.pending = pending;
		this.quota = quota;
		this.events = events;
		this.audit = audit;
		this.settings = properties.mailing();
		this.clock = clock;
	}

	/**
	 * Asks for the mail unless the address had one too recently or too many today.
	 */
	void mail(long id, SubscriberMail mail) {
		Instant now = clock.instant();
		if (subscribers.claimLinkMail(id, now, now.minus(settings.linkMailInterval()))
				&& quota.takeForRecipient(id, now)) {
			events.publishEvent(new SubscriberMailRequested(id, mail));
		}
	}

	/**
	 * A report asked for updates on its case: a new address becomes a pending case
	 * contact, an existing one gets the request waiting; either way only a confirmation
	 * mail goes out (if the client and the address have mails left).
	 */
	Optional<Long> requestCaseUpdates(String email, String clientKey) {
		Instant now = clock.instant();
		boolean created = subscribers.insertCaseContact(email, now);
		Optional<Subscriber> subscriber = subscribers.findByEmail(email);
		subscriber.ifPresent((s) -> {
			if (!created) {
				pending.requestCaseUpdates(s.id(), now);
			}
			if (quota.takeForClient(clientKey, now)) {
				mail(s.id(), SubscriberMail.CONFIRM);
			}
		});
		return subscriber.map(Subscriber::id);
	}

	/**
	 * Confirms what waits for the address: its first subscription, new preferences, or
	 * updates on cases. False when nothing waited and the address was confirmed already.
	 */
	boolean confirm(long id) {
		Instant now = clock.instant();
		Subscriber subscriber = subscribers.findById(id)
			.filter((s) -> s.status() != SubscriberStatus.DELETED)
			.orElseThrow(() -> new InvalidLinkException(false));
		Optional<PendingRequests.Pending> request = pending.take(id);
		boolean changed;
		if (request.isPresent() && request.get().preferences() != null) {
			subscribers.updatePreferences(id, request.get().preferences(), now);
			subscribers.setCaseOnly(id, false);
			subscribers.changeStatus(id, List.of(PENDING, ACTIVE, PAUSED, UNSUBSCRIBED, BOUNCING), ACTIVE, now);
			changed = true;
		}
		else if (request.isPresent()) {
			if (subscriber.status() == UNSUBSCRIBED || subscriber.status() == BOUNCING) {
				subscribers.setCaseOnly(id, true);
			}
			subscribers.changeStatus(id, List.of(PENDING, UNSUBSCRIBED, BOUNCING), ACTIVE, now);
			changed = true;
		}
		else {
			changed = subscribers.changeStatus(id, List.of(PENDING), ACTIVE, now);
		}
		if (changed) {
			audit.record("subscriber:" + id, "SUBSCRIBER_CONFIRMED", "subscriber", id, null);
			events.publishEvent(new SubscriberConfirmed(id));
			return true;
		}
		if (subscriber.status() == ACTIVE || subscriber.status() == PAUSED) {
			return false;
		}
		throw new InvalidLinkException(false);
	}

}
