package org.urgentaction.subscriber;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.AppProperties;

/**
 * Forgets what nobody confirmed: requests and addresses whose confirmation link has
 * expired (the address is erased everywhere, as with "delete my data"), and the mail
 * counts of past windows. Every node runs it; each step is idempotent.
 */
@Component
class SubscriberPurge {

	private static final Logger log = LoggerFactory.getLogger(SubscriberPurge.class);

	private static final int BATCH = 500;

	private final SubscriberRepository subscribers;

	private final PendingRequests pending;

	private final ConfirmationQuota quota;

	private final List<SubscriberDataContributor> contributors;

	private final AuditLog audit;

	private final AppProperties.Mailing settings;

	private final Clock clock;

	SubscriberPurge(SubscriberRepository subscribers, PendingRequests pending, ConfirmationQuota quota,
			List<SubscriberDataContributor> contributors, AuditLog audit, AppProperties properties, Clock clock) {
		this.subscribers = subscribers;
		this.pending = pending;
		this.quota = quota;
		this.contributors = contributors;
		this.audit = audit;
		this.settings = properties.mailing();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ua.subscriptions.purge-interval:15m}",
			initialDelayString = "${ua.subscriptions.purge-interval:15m}")
	@Transactional
	public void purge() {
		Instant now = clock.instant();
		Instant expired = now.minus(settings.confirmLinkValidity());
		int requests = pending.forgetOlderThan(expired);
		List<Long> unconfirmed = subscribers.neverConfirmedBefore(expired, BATCH);
		for (long id : unconfirmed) {
			contributors.forEach((contributor) -> contributor.erase(id));
			subscribers.anonymise(id, now);
			audit.record("system", "SUBSCRIBER_NEVER_CONFIRMED_ERASED", "subscriber", id, null);
		}
		int windows = quota.forgetOldWindows(now);
		log.debug("Purged {} pending requests, {} unconfirmed addresses, {} mail windows", requests, unconfirmed.size(),
				windows);
	}

}
