package org.urgentaction.ua;

/**
 * What a visitor narrowed a list down to; blank values mean "any".
 */
public record UaFilter(String country, String theme, String query) {

	public UaFilter {
		country = blankToNull(country);
		theme = blankToNull(theme);
		query = blankToNull(query);
		if (query != null && query.length() > 200) {
			query = query.substring(0, 200);
		}
	}

	public static UaFilter none() {
		return new UaFilter(null, null, null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
