package org.urgentaction.subscriber;

import java.util.List;
import java.util.Locale;

import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * The JSON body of {@code POST /api/subscriptions}; {@code frequency} is a string so that
 * a wrong value is reported like any other invalid field.
 */
record SubscriptionJson(String email, String name, String country, List<String> languages, List<String> countries,
		List<String> regions, List<String> themes, String frequency, Boolean reminders) {

	SubscriptionRequest toRequest() {
		return new SubscriptionRequest(email, name, country, languages, countries, regions, themes,
				frequency(frequency), reminders);
	}

	static Frequency frequency(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(new FieldProblem("frequency", "validation.required"));
		}
		try {
			return Frequency.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(new FieldProblem("frequency", "subscriber.invalid.frequency", value));
		}
	}

	record Token(String token) {
	}

}
