package org.urgentaction.subscriber;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the mailing feature may ask about subscribers.
 */
@Service
public class SubscriberDirectory {

	private final SubscriberRepository subscribers;

	private final Confirmations confirmations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SubscriberDirectory(SubscriberRepository subscribers, Confirmations confirmations, Clock clock,
			ApplicationEventPublisher events) {
		this.subscribers = subscribers;
		this.confirmations = confirmations;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<Subscriber> find(long id) {
		return subscribers.findById(id);
	}

	@Transactional(readOnly = true)
	public List<Subscriber> findAll(Collection<Long> ids) {
		return subscribers.findAll(ids);
	}

	/**
	 * Subscribers (not unsubscribed) who live in these countries (ISO codes), at most
	 * {@code limit}: a national section's own.
	 */
	@Transactional(readOnly = true)
	public List<Subscriber> inCountries(Collection<String> countries, int limit) {
		return subscribers.findInCountries(countries, limit);
	}

	@Transactional(readOnly = true)
	public Optional<Long> idForEmail(String email) {
		if (email == null || !SubscriptionRules.isEmail(email.strip())) {
			return Optional.empty();
		}
		return subscribers.findByEmail(SubscriptionRules.normaliseEmail(email)).map(Subscriber::id);
	}

	/**
	 * A reporter asked for updates on the case: the subscriber with this address, or a
	 * new pending one that will receive only updates on the cases it reported on. Nothing
	 * but a confirmation mail goes to the address until it confirms; then
	 * {@link SubscriberConfirmed} is published.
	 * @param clientKey the reporting client's key (see {@link ClientKeys}), for the limit
	 * on the confirmation mails a client may cause
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> requestCaseUpdates(String email, String clientKey) {
		if (email == null || !SubscriptionRules.isEmail(email.strip())) {
			return Optional.empty();
		}
		return confirmations.requestCaseUpdates(SubscriptionRules.normaliseEmail(email), clientKey);
	}

	/**
	 * The address refused mail permanently: nothing more is sent to it.
	 */
	@Transactional
	public void markBouncing(long id) {
		subscribers.changeStatus(id,
				List.of(SubscriberStatus.ACTIVE, SubscriberStatus.PAUSED, SubscriberStatus.PENDING),
				SubscriberStatus.BOUNCING, clock.instant());
	}

	/**
	 * The recipient marked a mail as spam (a complaint, ARF): no more mail of any kind.
	 */
	@Transactional
	public void unsubscribeAfterComplaint(long id) {
		if (subscribers.changeStatus(id, List.of(SubscriberStatus.PENDING, SubscriberStatus.ACTIVE,
				SubscriberStatus.PAUSED, SubscriberStatus.BOUNCING), SubscriberStatus.UNSUBSCRIBED, clock.instant())) {
			events.publishEvent(new SubscriberUnsubscribed(id, "COMPLAINT"));
		}
	}

}
