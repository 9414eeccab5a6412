package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Suggests themes from words in the text; the coordinator reviews them.
 */
final class Themes {

	private static final Map<String, Pattern> THEMES = themes();

	private Themes() {
	}

	static List<String> suggest(String text) {
		List<String> themes = new ArrayList<>();
		for (Map.Entry<String, Pattern> theme : THEMES.entrySet()) {
			if (theme.getValue().matcher(text).find()) {
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

	private static Map<String, Pattern> themes() {
		Map<String, Pattern> themes = new LinkedHashMap<>();
		themes.put("human rights defenders", words("human rights defenders?|activists?"));
		themes.put("prisoners of conscience", words("prisoners? of conscience"));
		themes.put("freedom of expression", words("freedom of expression"));
		themes.put("torture", words("torture[ds]?|ill-treatment"));
		themes.put("death penalty", words("death penalty|death sentence|sentenced to death|executions?"));
		themes.put("enforced disappearances", words("enforced disappearances?|disappeared"));
		themes.put("journalists", words("journalists?"));
		themes.put("indigenous peoples", words("indigenous"));
		themes.put("refugees and migrants", words("refugees?|asylum[- ]seekers?|migrants?"));
		themes.put("fair trial", words("unfair trial|fair trial"));
		return themes;
	}

	private static Pattern words(String alternatives) {
		return Pattern.compile("(?i)\\b(" + alternatives + ")\\b");
	}

}
