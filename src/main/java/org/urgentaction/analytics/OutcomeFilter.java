package org.urgentaction.analytics;

import java.time.LocalDate;

/**
 * Which cases the figures count: opened (first UA issued) from {@code from} to {@code to}
 * inclusive, in a country (any case) and with a theme; null parts do not filter.
 */
record OutcomeFilter(LocalDate from, LocalDate to, String country, String theme) {

	OutcomeFilter {
		country = blankToNull(country);
		theme = (blankToNull(theme) == null) ? null : theme.strip().toLowerCase();
	}

	static OutcomeFilter none() {
		return new OutcomeFilter(null, null, null, null);
	}

	boolean accepts(CaseFacts facts) {
		if (from != null && (facts.opened() == null || facts.opened().isBefore(from))) {
			return false;
		}
		if (to != null && (facts.opened() == null || facts.opened().isAfter(to))) {
			return false;
		}
		if (country != null && !country.equalsIgnoreCase(facts.country())) {
			return false;
		}
		return theme == null || facts.themes().contains(theme);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
