package org.urgentaction.letter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A UA names the languages its officials read in English ("Kazakh", "Russian"); a reader
 * of the page in another language reads them in theirs ("казахский", "الروسية"). A name
 * that is not an English language name is left as written.
 */
final class LanguageNames {

	private static final Map<String, Locale> BY_ENGLISH_NAME = Arrays.stream(Locale.getISOLanguages())
		.map(Locale::forLanguageTag)
		.filter((language) -> !language.getDisplayLanguage(Locale.ENGLISH).isEmpty())
		.collect(Collectors.toMap((language) -> language.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT),
				Function.identity(), (first, second) -> first));

	private LanguageNames() {
	}

	static String in(String englishName, Locale locale) {
		Locale language = BY_ENGLISH_NAME.get(englishName.strip().toLowerCase(Locale.ROOT));
		if (language == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
			return englishName;
		}
		String name = language.getDisplayLanguage(locale);
		return name.isEmpty() ? englishName : name;
	}

}
