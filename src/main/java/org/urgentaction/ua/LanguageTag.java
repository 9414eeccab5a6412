package org.urgentaction.ua;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A BCP 47 language tag as documents use them: {@code fr}, {@code es}, {@code pt-BR},
 * {@code zh-Hans}. Stored in its canonical case.
 */
public final class LanguageTag {

	private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,2}");

	/** As long as the database stores. */
	static final int MAX_LENGTH = 20;

	private LanguageTag() {
	}

	public static Optional<String> normalise(String tag) {
		if (tag == null || tag.length() > MAX_LENGTH || !TAG.matcher(tag.strip()).matches()) {
			return Optional.empty();
		}
		Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
		String canonical = locale.toLanguageTag();
		return (locale.getLanguage().isEmpty() || "und".equals(canonical) || canonical.length() > MAX_LENGTH)
				? Optional.empty() : Optional.of(canonical);
	}

	/** The language alone, without region or script: {@code pt} for {@code pt-BR}. */
	public static String base(String tag) {
		return Locale.forLanguageTag(tag).getLanguage();
	}

}
