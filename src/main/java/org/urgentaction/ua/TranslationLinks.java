package org.urgentaction.ua;

import java.util.Locale;
import java.util.Map;

import org.springframework.ui.Model;

/**
 * What the public page says about the language of a document's text: which language it is
 * shown in, whether the reader asked for another one, and links to the languages it is
 * published in, each named in the interface's language.
 */
final class TranslationLinks {

	private TranslationLinks() {
	}

	static void addTo(Model model, Localized localized, String requested, Locale locale, String path) {
		model.addAttribute("textLanguage", localized.language());
		model.addAttribute("textLanguageName", Locale.forLanguageTag(localized.language()).getDisplayName(locale));
		model.addAttribute("shownInOriginal", localized.fellBackFrom(requested)
				&& !LanguageTag.base(localized.language()).equals(LanguageTag.base(requested)));
		model.addAttribute("textLanguages",
				localized.languages()
					.stream()
					.map((tag) -> Map.of("tag", tag, "name", name(tag, locale), "href", path + "?lang=" + tag,
							"current", tag.equals(localized.language())))
					.toList());
	}

	/** The language's own name for itself ("Français"), as language menus show them. */
	static String name(String tag, Locale locale) {
		Locale language = Locale.forLanguageTag(tag);
		String name = language.getDisplayName(language);
		return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(language) + name.substring(1);
	}

}
