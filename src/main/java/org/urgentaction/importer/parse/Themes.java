package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Suggests themes from words in the text; the coordinator reviews them. A theme is
 * suggested when one of its phrases starts a word of the text ({@code activist} also
 * finds {@code activists}).
 */
final class Themes {

	private static final Map<String, List<String>> THEMES = themes();

	private Themes() {
	}

	static List<String> suggest(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		List<String> themes = new ArrayList<>();
		for (Map.Entry<String, List<String>> theme : THEMES.entrySet()) {
			if (theme.getValue().stream().anyMatch((phrase) -> startsAWord(lower, phrase))) {
				themes.add(theme.getKey());
			}
		}
		return themes;
	}

	/** Themes named in a {@code categories:} line of an old e-mail. */
	static List<String> categories(String value) {
		List<String> themes = new ArrayList<>();
		for (String category : UaText.split(value, "\\s*[,;/]\\s*")) {
			String theme = category.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} \\-]", "").strip();
			if (!theme.isEmpty() && theme.length() <= 60) {
				themes.add(theme);
			}
		}
		return themes;
	}

	private static boolean startsAWord(String text, String phrase) {
		for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
			if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, List<String>> themes() {
		Map<String, List<String>> themes = new LinkedHashMap<>();
		themes.put("human rights defenders", List.of("human rights defender", "activist"));
		themes.put("prisoners of conscience", List.of("prisoner of conscience", "prisoners of conscience"));
		themes.put("freedom of expression", List.of("freedom of expression"));
		themes.put("torture", List.of("torture", "ill-treatment"));
		themes.put("death penalty", List.of("death penalty", "death sentence", "sentenced to death", "execution"));
		themes.put("enforced disappearances", List.of("enforced disappearance", "disappeared"));
		themes.put("journalists", List.of("journalist"));
		themes.put("indigenous peoples", List.of("indigenous"));
		themes.put("refugees and migrants", List.of("refugee", "asylum-seeker", "asylum seeker", "migrant"));
		themes.put("fair trial", List.of("unfair trial", "fair trial"));
		return themes;
	}

}
