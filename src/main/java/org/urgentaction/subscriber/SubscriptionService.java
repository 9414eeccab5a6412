package org.urgentaction.subscriber;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.subscriber.SubscriberTokens.Purpose;

import static org.urgentaction.subscriber.SubscriberStatus.ACTIVE;
import static org.urgentaction.subscriber.SubscriberStatus.BOUNCING;
import static org.urgentaction.subscriber.SubscriberStatus.PAUSED;
import static org.urgentaction.subscriber.SubscriberStatus.PENDING;
import static org.urgentaction.subscriber.SubscriberStatus.UNSUBSCRIBED;

/**
 * Subscribing with double opt-in, and everything a subscriber does through the signed
 * links in their mails. Mails are requested with {@link SubscriberMailRequested} inside
 * the same transaction.
 */
@Service
public class SubscriptionService {

	private final SubscriberRepository subscribers;

	private final SubscriptionRules rules;

	private final SubscriberTokens tokens;

	private final ApplicationEventPublisher events;

	private final List<SubscriberDataContributor> contributors;

	private final AuditLog audit;

	private final Confirmations confirmations;

	private final PendingRequests pending;

	private final ConfirmationQuota quota;

	private final ClientKeys clientKeys;

	private final Clock clock;

	SubscriptionService(SubscriberRepository subscribers, SubscriptionRules rules, SubscriberTokens tokens,
			ApplicationEventPublisher events, List<SubscriberDataContributor> contributors, AuditLog audit,
			Confirmations confirmations, PendingRequests pending, ConfirmationQuota quota, ClientKeys clientKeys,
			Clock clock) {
		this.subscribers = subscribers;
		this.rules = rules;
		this.tokens = tokens;
		this.events = events;
		this.contributors = contributors;
		this.audit = audit;
		this.confirmations = confirmations;
		this.pending = pending;
		this.quota = quota;
		this.clientKeys = clientKeys;
		this.clock = clock;
	}

	/**
	 * Asks for a subscription. The caller learns nothing about whether the address was
	 * known: a new address gets a confirmation mail, a subscribed one a link to its
	 * preferences, any other one a confirmation mail, and nothing changes for an existing
	 * address until it confirms (the request waits). A client that caused too many mails
	 * this hour is refused with {@link TooManyConfirmationsException}.
	 * @param clientAddress the requesting client's address (only a keyed hash is kept)
	 */
	@Transactional
	public void subscribe(SubscriptionRequest request, String clientAddress) {
		SubscriptionRequest checked = rules.check(request, true);
		Instant now = clock.instant();
		if (!quota.takeForClient(clientKeys.of(clientAddress), now)) {
			throw new TooManyConfirmationsException();
		}
		Optional<Subscriber> existing = subscribers.findByEmail(checked.email());
		if (existing.isEmpty()) {
			long id = subscribers.insert(checked, PENDING, false, now);
			confirmations.mail(id, SubscriberMail.CONFIRM);
			return;
		}
		Subscriber subscriber = existing.get();
		boolean subscribed = (subscriber.status() == ACTIVE || subscriber.status() == PAUSED) && !subscriber.caseOnly();
		if (subscribed) {
			confirmations.mail(subscriber.id(), SubscriberMail.ALREADY_SUBSCRIBED);
			return;
		}
		pending.savePreferences(subscriber.id(), checked, now);
		confirmations.mail(subscriber.id(), SubscriberMail.CONFIRM);
	}

	/**
	 * Follows the link of the confirmation mail; true the first time (or when a newer
	 * request waited), false when everything was confirmed already.
	 */
	@Transactional
	public boolean confirm(String token) {
		return confirmations.confirm(verified(token, Purpose.CONFIRM));
	}

	@Transactional(readOnly = true)
	public Subscriber manage(String token) {
		return subscriber(verified(token, Purpose.MANAGE));
	}

	@Transactional
	public Subscriber changePreferences(String token, SubscriptionRequest request) {
		Subscriber subscriber = manage(token);
		SubscriptionRequest checked = rules.check(request, false);
		subscribers.updatePreferences(subscriber.id(), checked, clock.instant());
		return subscribers.findById(subscriber.id()).orElseThrow();
	}

	@Transactional
	public void pause(String token) {
		subscribers.changeStatus(manage(token).id(), List.of(ACTIVE), PAUSED, clock.instant());
	}

	@Transactional
	public void resume(String token) {
		subscribers.changeStatus(manage(token).id(), List.of(PAUSED), ACTIVE, clock.instant());
	}

	/**
	 * Stops every mail; repeating it changes nothing.
	 */
	@Transactional
	public void unsubscribe(String token) {
		long id = manage(token).id();
		if (subscribers.changeStatus(id, List.of(PENDING, ACTIVE, PAUSED, BOUNCING), UNSUBSCRIBED, clock.instant())) {
			audit.record("subscriber:" + id, "SUBSCRIBER_UNSUBSCRIBED", "subscriber", id, null);
			events.publishEvent(new SubscriberUnsubscribed(id, "REQUEST"));
		}
	}

	/**
	 * Mails a short-lived link to download or delete one's data. Only the holder of a
	 * manage link can ask, and only the subscriber's own address receives it, so the
	 * limit on confirmation mails (which anyone can trigger) does not apply.
	 */
	@Transactional
	public void requestDataLink(String token) {
		events.publishEvent(new SubscriberMailRequested(manage(token).id(), SubscriberMail.DATA_LINK));
	}

	/**
	 * Everything kept about the subscriber a data link names.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> export(String token) {
		Subscriber subscriber = subscriber(verified(token, Purpose.DATA));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("subscriber", subscriber);
		data.put("waitingForConfirmation", pending.export(subscriber.id()));
		for (SubscriberDataContributor contributor : contributors) {
			data.put(contributor.name(), contributor.export(subscriber.id()));
		}
		return data;
	}

	/**
	 * Erases the subscriber: address, name and interests here, and in every feature that
	 * kept something. The row stays, marked deleted, so that nothing more is sent and
	 * totals stay right.
	 */
	@Transactional
	public void delete(String token) {
		Subscriber subscriber = subscriber(verified(token, Purpose.DATA));
		for (SubscriberDataContributor contributor : contributors) {
			contributor.erase(subscriber.id());
		}
		subscribers.anonymise(subscriber.id(), clock.instant());
		audit.record("subscriber:" + subscriber.id(), "SUBSCRIBER_DELETED", "subscriber", subscriber.id(), null);
	}

	private long verified(String token, Purpose purpose) {
		SubscriberTokens.Checked checked = tokens.check(token, purpose)
			.orElseThrow(() -> new InvalidLinkException(false));
		if (checked.expired()) {
			throw new InvalidLinkException(true);
		}
		return checked.subscriberId();
	}

	private Subscriber subscriber(long id) {
		return subscribers.findById(id)
			.filter((s) -> s.status() != SubscriberStatus.DELETED)
			.orElseThrow(() -> new InvalidLinkException(false));
	}

}
