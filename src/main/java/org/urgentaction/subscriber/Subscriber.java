package org.urgentaction.subscriber;

import java.time.Instant;
import java.util.List;

/**
 * A person who receives Urgent Actions by email. {@code caseOnly} marks a reporter who
 * asked for updates on the cases they acted on, without subscribing to new UAs.
 * {@code awaitingConfirmation} says that a request for this address (new preferences, or
 * updates on a case) waits for the address to confirm it.
 */
public record Subscriber(long id, String email, String name, String country, List<String> languages,
		String mailLanguage, Frequency frequency, boolean everything, boolean reminders, SubscriberStatus status,
		boolean caseOnly, List<String> countries, List<String> regions, List<String> themes, Instant createdAt,
		Instant confirmedAt, boolean awaitingConfirmation) {

	public Subscriber {
		languages = List.copyOf(languages == null ? List.of() : languages);
		countries = List.copyOf(countries == null ? List.of() : countries);
		regions = List.copyOf(regions == null ? List.of() : regions);
		themes = List.copyOf(themes == null ? List.of() : themes);
	}

	/**
	 * The address with most of its local part hidden, for pages reached by a link that
	 * might have been forwarded: {@code j***@example.org}.
	 */
	public String maskedEmail() {
		if (email == null) {
			return "";
		}
		int at = email.indexOf('@');
		return (at <= 1) ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
	}

}
