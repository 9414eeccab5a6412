package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Preferred languages: {@code Kazakh, Russian, English.} after their label, or the
 * {@code in Spanish, English or your own language} of older layouts.
 */
final class Languages {

	static final Pattern LABEL = Pattern
		.compile("(?i)^preferred languages?(?: to address (?:the )?targets?)?\\s*:\\s*(.*)$");

	private static final Pattern WRITE_IN = Pattern
		.compile("(?i)\\bin ([\\p{L} ,/]+?)(?:,? or (?:in )?your own language|\\s*:|$)");

	private Languages() {
	}

	/** The languages listed after a label, e.g. {@code Kazakh, Russian, English.}. */
	static List<String> list(String value) {
		List<String> languages = new ArrayList<>();
		if (value == null) {
			return languages;
		}
		String cleaned = value.replaceAll("(?i)\\b(you can|or) (also )?(write )?in your own language.*$", "");
		for (String part : cleaned.split("\\s*(?:,|/|;|\\band\\b|\\bor\\b)\\s*")) {
			String language = part.replaceAll("[.:]+$", "").strip();
			if (language.matches("\\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+)?") && !languages.contains(language)) {
				languages.add(language);
			}
		}
		return languages;
	}

	/**
	 * The languages of a sentence such as
	 * {@code PLEASE WRITE IMMEDIATELY in Spanish or your own language:}.
	 */
	static List<String> writtenIn(String sentence) {
		Matcher matcher = WRITE_IN.matcher(sentence == null ? "" : sentence);
		if (!matcher.find()) {
			return List.of();
		}
		List<String> languages = new ArrayList<>();
		for (String language : list(matcher.group(1))) {
			languages.add(language.substring(0, 1).toUpperCase() + language.substring(1).toLowerCase());
		}
		return languages;
	}

}
