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
import org.urgentaction.system.AppProperties;

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

	private final AppProperties.Mailing settings;

	private final Clock clock;

	SubscriptionService(SubscriberRepository subscribers, SubscriptionRules rules, SubscriberTokens tokens,
			ApplicationEventPublisher events, List<SubscriberDataContributor> contributors, AuditLog audit,
			AppProperties properties, Clock clock) {
		this.subscribers = subscribers;
		this.rules = rules;
		this.tokens = tokens;
		this.events = events;
		this.contributors = contributors;
		this.audit = audit;
		this.settings = properties.mailing();
		this.clock = clock;
	}

	/**
	 * Asks for a subscription. The caller learns nothing about whether the address was
	 * known: a new or lapsed address gets a confirmation mail, a subscribed one a link to
	 * its preferences (and nothing changes).
	 */
	@Transactional
	public void subscribe(SubscriptionRequest request) {
		SubscriptionRequest checked = rules.check(request, true);
		Instant now = clock.instant();
		Optional<Subscriber> existing = subscribers.findByEmail(checked.email());
		if (existing.isEmpty()) {
			long id = subscribers.insert(checked, PENDING, false, now);
			requestMail(id, SubscriberMail.CONFIRM);
			return;
		}
		Subscriber subscriber = existing.get();
		boolean subscribed = (subscriber.status() == ACTIVE || subscriber.status() == PAUSED) && !subscriber.caseOnly();
		if (subscribed) {
			requestMail(subscriber.id(), SubscriberMail.ALREADY_SUBSCRIBED);
			return;
		}
		subscribers.updatePreferences(subscriber.id(), checked, now);
		subscribers.changeStatus(subscriber.id(), List.of(ACTIVE, PENDING, UNSUBSCRIBED, BOUNCING), PENDING, now);
		requestMail(subscriber.id(), SubscriberMail.CONFIRM);
	}

	/**
	 * Follows the link of the confirmation mail; true the first time, false when the
	 * subscription was confirmed already.
	 */
	@Transactional
	public boolean confirm(String token) {
		long id = verified(token, Purpose.CONFIRM);
		if (subscribers.changeStatus(id, List.of(PENDING), ACTIVE, clock.instant())) {
			audit.record("subscriber:" + id, "SUBSCRIBER_CONFIRMED", "subscriber", id, null);
			return true;
		}
		Subscriber subscriber = subscribers.findById(id).orElseThrow(() -> new InvalidLinkException(false));
		if (subscriber.status() == ACTIVE || subscriber.status() == PAUSED) {
			return false;
		}
		throw new InvalidLinkException(false);
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

	private void requestMail(long id, SubscriberMail mail) {
		Instant now = clock.instant();
		if (subscribers.claimLinkMail(id, now, now.minus(settings.linkMailInterval()))) {
			events.publishEvent(new SubscriberMailRequested(id, mail));
		}
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
