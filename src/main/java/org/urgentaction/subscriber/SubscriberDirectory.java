package org.urgentaction.subscriber;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the mailing feature may ask about subscribers.
 */
@Service
public class SubscriberDirectory {

	private final SubscriberRepository subscribers;

	private final Clock clock;

	SubscriberDirectory(SubscriberRepository subscribers, Clock clock) {
		this.subscribers = subscribers;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Subscriber> find(long id) {
		return subscribers.findById(id);
	}

	@Transactional(readOnly = true)
	public List<Subscriber> findAll(Collection<Long> ids) {
		return subscribers.findAll(ids);
	}

	@Transactional(readOnly = true)
	public Optional<Long> idForEmail(String email) {
		if (email == null || !SubscriptionRules.isEmail(email.strip())) {
			return Optional.empty();
		}
		return subscribers.findByEmail(SubscriptionRules.normaliseEmail(email)).map(Subscriber::id);
	}

	/**
	 * The subscriber with this address, or a new one that receives only updates on the
	 * cases it reported on (the reporter asked for them).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> caseContact(String email) {
		Optional<Long> existing = idForEmail(email);
		if (existing.isPresent() || email == null || !SubscriptionRules.isEmail(email.strip())) {
			return existing;
		}
		subscribers.insertCaseContact(SubscriptionRules.normaliseEmail(email), clock.instant());
		return idForEmail(email);
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

}
