package org.urgentaction.subscriber;

import java.util.List;

/**
 * What someone asks for when subscribing or changing preferences. Empty
 * {@code countries}, {@code regions} and {@code themes} mean "every UA".
 */
public record SubscriptionRequest(String email, String name, String country, List<String> languages,
		List<String> countries, List<String> regions, List<String> themes, Frequency frequency, Boolean reminders) {

	public SubscriptionRequest {
		languages = clean(languages);
		countries = clean(countries);
		regions = clean(regions);
		themes = clean(themes);
	}

	public boolean everything() {
		return countries.isEmpty() && regions.isEmpty() && themes.isEmpty();
	}

	public boolean wantsReminders() {
		return reminders == null || reminders;
	}

	private static List<String> clean(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter((v) -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
	}

}
