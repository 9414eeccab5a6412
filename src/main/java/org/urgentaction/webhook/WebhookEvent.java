package org.urgentaction.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a webhook endpoint can hear of. The JSON name is {@link #wireName()}, e.g.
 * {@code ua.published}.
 */
enum WebhookEvent {

	/** The first document of a case (kind INITIAL) was published. */
	UA_PUBLISHED,
	/** A further document of a case (FOLLOW_UP or FINAL) was published. */
	UA_UPDATED,
	/** A case was closed with its outcome. */
	CASE_CLOSED,
	/** Appeals for a case were stopped (e.g. to protect the person). */
	CASE_STOPPED,
	/** An activist reported an action. */
	REPORT_CREATED,
	/** A subscriber confirmed their address. */
	SUBSCRIBER_CONFIRMED,
	/** A subscriber unsubscribed (themselves, or by a complaint). */
	SUBSCRIBER_UNSUBSCRIBED;

	String wireName() {
		return name().toLowerCase(Locale.ROOT).replaceFirst("_", ".");
	}

	static Optional<WebhookEvent> fromWireName(String name) {
		return Arrays.stream(values()).filter((event) -> event.wireName().equals(name)).findFirst();
	}

}
