package org.urgentaction.ua;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amnesty International document index numbers such as {@code EUR 57/0894/2019}: a region
 * or theme code, a two-digit country or subject code, a serial of three or four digits,
 * and the year.
 */
public final class AiIndex {

	/** The stored form. */
	public static final Pattern NORMALISED = Pattern
		.compile("(AFR|AMR|ASA|EUR|MDE|ACT|POL|IOR|ORG|NWS) \\d{2}/\\d{3,4}/(19|20)\\d{2}");

	private static final Pattern WRITTEN = Pattern.compile(
			"(?i)\\b(AFR|AMR|ASA|EUR|MDE|ACT|POL|IOR|ORG|NWS)\\s*(\\d{2})\\s*/\\s*(\\d{3,4})\\s*/\\s*((?:19|20)\\d{2})\\b");

	private AiIndex() {
	}

	/**
	 * The normalised index found in {@code text}; {@code EUR57/0186/2019} and
	 * {@code eur57/0186/2019} give {@code EUR 57/0186/2019}.
	 */
	public static Optional<String> normalise(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = WRITTEN.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		return Optional.of(matcher.group(1).toUpperCase(Locale.ROOT) + " " + matcher.group(2) + "/" + matcher.group(3)
				+ "/" + matcher.group(4));
	}

	public static boolean isValid(String index) {
		return index != null && NORMALISED.matcher(index).matches();
	}

}
