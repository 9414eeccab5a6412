package org.urgentaction.subscriber;

import java.net.IDN;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * Checks and normalises what a subscriber asks for; throws {@link InvalidInputException}
 * listing every problem, before anything is stored.
 */
@Component
class SubscriptionRules {

	// letters and digits of any script too (RFC 6531: mailed with SMTPUTF8); the domain
	// is
	// also checked as IDNA
	private static final String LETTER = "\\p{L}\\p{M}\\p{Nd}";

	private static final Pattern EMAIL = Pattern
		.compile("[" + LETTER + ".!#$%&'*+/=?^_`{|}~-]{1,64}@[" + LETTER + "](?:[" + LETTER + "-]{0,61}[" + LETTER
				+ "])?(?:\\.[" + LETTER + "](?:[" + LETTER + "-]{0,61}[" + LETTER + "])?)+");

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private final Countries countries;

	private final Themes themes;

	SubscriptionRules(Countries countries, Themes themes) {
		this.countries = countries;
		this.themes = themes;
	}

	static boolean isEmail(String email) {
		return email != null && email.length() <= 254 && EMAIL.matcher(email).matches() && !email.contains("..")
				&& isDomain(email.substring(email.lastIndexOf('@') + 1));
	}

	private static boolean isDomain(String domain) {
		try {
			return IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).length() <= 253;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static String normaliseEmail(String email) {
		return Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

	/**
	 * The request with codes in their canonical case, or an exception naming every
	 * problem. {@code withEmail} is false when preferences change (the address stays).
	 */
	SubscriptionRequest check(SubscriptionRequest request, boolean withEmail) {
		List<FieldProblem> problems = new ArrayList<>();
		String email = null;
		if (withEmail) {
			if (request.email() == null || request.email().isBlank()) {
				problems.add(new FieldProblem("email", "validation.required"));
			}
			else if (!isEmail(request.email().strip())) {
				problems.add(new FieldProblem("email", "subscriber.invalid.email"));
			}
			else {
				email = normaliseEmail(request.email());
			}
		}
		String name = (request.name() == null || request.name().isBlank()) ? null : request.name().strip();
		if (name != null && (name.length() > 200 || name.chars().anyMatch(Character::isISOControl))) {
			problems.add(new FieldProblem("name", "subscriber.invalid.name", 200));
		}
		String country = upper(request.country());
		if (country == null) {
			problems.add(new FieldProblem("country", "validation.required"));
		}
		else if (!countries.isCountry(country)) {
			problems.add(new FieldProblem("country", "subscriber.invalid.country", request.country()));
		}
		List<String> languages = request.languages().stream().map((l) -> l.toLowerCase(Locale.ROOT)).toList();
		for (int i = 0; i < languages.size(); i++) {
			if (!LANGUAGES.contains(languages.get(i))) {
				problems.add(new FieldProblem("languages[" + i + "]", "subscriber.invalid.language",
						request.languages().get(i)));
			}
		}
		if (String.join(",", languages.stream().distinct().toList()).length() > 200) {
			problems.add(new FieldProblem("languages", "validation.length", 200));
		}
		List<String> countryCodes = request.countries().stream().map(SubscriptionRules::upper).toList();
		for (int i = 0; i < countryCodes.size(); i++) {
			if (!countries.isCountry(countryCodes.get(i))) {
				problems.add(new FieldProblem("countries[" + i + "]", "subscriber.invalid.country",
						request.countries().get(i)));
			}
		}
		List<String> regions = request.regions().stream().map(SubscriptionRules::upper).toList();
		for (int i = 0; i < regions.size(); i++) {
			if (!countries.isRegion(regions.get(i))) {
				problems
					.add(new FieldProblem("regions[" + i + "]", "subscriber.invalid.region", request.regions().get(i)));
			}
		}
		List<String> known = themes.all();
		List<String> chosenThemes = request.themes().stream().map((t) -> t.toLowerCase(Locale.ROOT)).toList();
		for (int i = 0; i < chosenThemes.size(); i++) {
			if (!known.contains(chosenThemes.get(i))) {
				problems
					.add(new FieldProblem("themes[" + i + "]", "subscriber.invalid.theme", request.themes().get(i)));
			}
		}
		if (request.frequency() == null) {
			problems.add(
					new FieldProblem("frequency", "subscriber.invalid.frequency", Arrays.toString(Frequency.values())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		// each choice once: repeats would not fit the languages column or the interest
		// rows
		return new SubscriptionRequest(email, name, country,
				languages.isEmpty() ? List.of("en") : languages.stream().distinct().toList(),
				countryCodes.stream().distinct().toList(), regions.stream().distinct().toList(),
				chosenThemes.stream().distinct().toList(), request.frequency(), request.reminders());
	}

	private static String upper(String value) {
		return (value == null || value.isBlank()) ? null : value.strip().toUpperCase(Locale.ROOT);
	}

}
