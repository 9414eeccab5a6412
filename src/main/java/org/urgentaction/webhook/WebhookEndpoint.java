package org.urgentaction.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A registered receiver of events. The secret is never shown again after registration.
 */
record WebhookEndpoint(long id, String url, List<String> events, String secret, Instant createdAt, String createdBy) {

	boolean wants(WebhookEvent event) {
		return events.contains(event.wireName());
	}

}
