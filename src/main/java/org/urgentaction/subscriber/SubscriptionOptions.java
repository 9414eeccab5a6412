package org.urgentaction.subscriber;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * The choices of the subscription form in the visitor's language, and its error messages.
 */
@Component
class SubscriptionOptions {

	private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "de", "it", "pt", "nl", "sv", "da",
			"nb", "fi", "pl", "cs", "hu", "ru", "uk", "tr", "fa", "ur", "hi", "bn", "zh", "ja", "ko", "id", "sw", "he",
			"el", "ro");

	private final Countries countries;

	private final Themes themes;

	private final MessageSource messages;

	SubscriptionOptions(Countries countries, Themes themes, MessageSource messages) {
		this.countries = countries;
		this.themes = themes;
		this.messages = messages;
	}

	void addTo(Model model, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		model.addAttribute("countryOptions",
				countries.codes()
					.stream()
					.map((code) -> new Option(code, countries.name(code, locale)))
					.sorted(Comparator.comparing(Option::label, collator))
					.toList());
		model.addAttribute("regionOptions",
				countries.regions()
					.stream()
					.map((r) -> new Option(r, messages.getMessage("subscriber.region." + r, null, r, locale)))
					.toList());
		model.addAttribute("themeOptions",
				themes.all()
					.stream()
					.map((t) -> new Option(t,
							messages.getMessage("subscriber.theme." + Themes.slug(t), null, Themes.label(t), locale)))
					.toList());
		model.addAttribute("languageOptions",
				LANGUAGES.stream()
					.map((code) -> new Option(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)))
					.sorted(Comparator.comparing(Option::label, collator))
					.toList());
	}

	/**
	 * Each invalid field's message, under the form's field name ({@code themes[0]} is
	 * shown at {@code themes}).
	 */
	Map<String, String> errors(InvalidInputException exception, Locale locale) {
		return exception.problems()
			.stream()
			.collect(java.util.stream.Collectors.toMap((p) -> p.field().replaceAll("\\[\\d+]$", ""),
					(p) -> message(p, locale), (a, b) -> a + " " + b, java.util.LinkedHashMap::new));
	}

	String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private String message(FieldProblem problem, Locale locale) {
		return messages.getMessage(problem.code(), Stream.of(problem.args().toArray()).toArray(), problem.code(),
				locale);
	}

	record Option(String value, String label) {
	}

}
