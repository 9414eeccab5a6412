package org.urgentaction.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;

/**
 * Whether a posted letter to each official would likely arrive after the deadline: fewer
 * days left than the post takes to the official's country (the document's country when
 * the official names none). The page then leads with email, fax, phone and social.
 */
final class ChannelAdvice {

	private final PostalDays postalDays;

	ChannelAdvice(PostalDays postalDays) {
		this.postalDays = postalDays;
	}

	/**
	 * Adds {@code postLate} and {@code postalDays} to the actions of each target (maps
	 * holding their {@code target}).
	 */
	void advise(UaDocument document, LocalDate today, List<Map<String, Object>> targets) {
		boolean counting = document.deadline() != null && !document.deadlinePassed(today);
		Map<String, Integer> byCountry = counting ? postalDays.byCountry() : Map.of();
		for (Map<String, Object> actions : targets) {
			Target target = (Target) actions.get("target");
			String country = (target.country() == null || target.country().isBlank()) ? document.country()
					: target.country();
			int days = postalDays.daysTo(byCountry, country);
			actions.put("postalDays", days);
			actions.put("postLate", counting && document.daysLeft(today) < days);
		}
	}

}
