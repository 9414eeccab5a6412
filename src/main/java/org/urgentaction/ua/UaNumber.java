package org.urgentaction.ua;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UA numbers such as {@code 46/19}: the 46th UA of 2019. Documents also write
 * {@code 46.19}, {@code UA 046/19} and, for extra actions, {@code EX 12/05}.
 */
public final class UaNumber {

	/** The stored form: {@code 46/19} or {@code EX 12/05}. */
	public static final Pattern NORMALISED = Pattern.compile("(EX )?[1-9]\\d{0,3}/\\d{2}");

	private static final Pattern WRITTEN = Pattern
		.compile("(?i)\\b(?:UA\\s*:?\\s*)?(EX\\s*)?0*([1-9]\\d{0,3})\\s*[/.]\\s*(\\d{2})\\b");

	private UaNumber() {
	}

	/**
	 * The normalised number found in {@code text}, e.g. {@code "UA 046/19"} gives
	 * {@code 46/19}.
	 */
	public static Optional<String> normalise(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = WRITTEN.matcher(text.strip());
		if (!matcher.find()) {
			return Optional.empty();
		}
		String prefix = (matcher.group(1) != null) ? "EX " : "";
		return Optional.of(prefix + matcher.group(2) + "/" + matcher.group(3));
	}

	public static boolean isValid(String number) {
		return number != null && NORMALISED.matcher(number).matches();
	}

	/**
	 * The number as it appears in a URL: {@code 46-19}.
	 */
	public static String slug(String number) {
		return number.toLowerCase().replace("ex ", "ex-").replace('/', '-');
	}

}
