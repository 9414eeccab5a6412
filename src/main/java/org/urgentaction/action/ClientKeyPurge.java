package org.urgentaction.action;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drops the hashes of client addresses once the limits no longer need them: allowance
 * windows after an hour, rate-limit windows after a few minutes. Every node runs it; the
 * deletes are idempotent.
 */
@Component
class ClientKeyPurge {

	private static final Logger log = LoggerFactory.getLogger(ClientKeyPurge.class);

	private final Allowance allowance;

	private final RateLimits rateLimits;

	private final Clock clock;

	ClientKeyPurge(Allowance allowance, RateLimits rateLimits, Clock clock) {
		this.allowance = allowance;
		this.rateLimits = rateLimits;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ua.reports.unverified.purge-interval:5m}",
			initialDelayString = "${ua.reports.unverified.purge-interval:5m}")
	@Transactional
	public void purge() {
		int windows = allowance.forgetOldWindows(clock.instant());
		rateLimits.forgetOldWindows(clock.instant());
		log.debug("Purged {} allowance windows", windows);
	}

}
