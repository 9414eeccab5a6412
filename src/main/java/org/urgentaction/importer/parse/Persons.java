package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.ua.Person;

/**
 * People at risk: {@code Serikzhan Bilash (he/him), Ana Díaz (she/her)} after
 * {@code NAME AND PRONOUN:}, the {@code Name:} and {@code Gender m/f:} lines of older
 * layouts, and {@code Zhang Wei (m)} in e-mails.
 */
final class Persons {

	static final Pattern LABEL = Pattern
		.compile("(?i)^names?(?:\\s+and\\s+(?:gender\\s+)?(?:pronouns?|gender))?\\s*:\\s*(.*)$");

	static final Pattern GENDER = Pattern.compile("(?i)^gender(?:\\s*m\\s*/\\s*f)?\\s*:\\s*(.*)$");

	private static final Pattern WITH_PRONOUNS = Pattern.compile("([^,()]+?)\\s*\\(([a-z]+/[a-z]+(?:/[a-z]+)?)\\)");

	private static final Pattern WITH_GENDER = Pattern.compile(
			"(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|de|da|del|la|van|bin|al|el)){1,5})\\s*\\(([mfMF])\\)");

	private Persons() {
	}

	/** The people of a {@code NAME AND PRONOUN:} value. */
	static List<Person> list(String value) {
		List<Person> persons = new ArrayList<>();
		if (value == null || value.isBlank()) {
			return persons;
		}
		String rest = value;
		Matcher matcher = WITH_PRONOUNS.matcher(value);
		int last = 0;
		while (matcher.find()) {
			persons.add(new Person(name(matcher.group(1)), matcher.group(2).toLowerCase()));
			last = matcher.end();
		}
		rest = value.substring(last);
		for (String name : rest.split("\\s*(?:,|;|\\band\\b)\\s*")) {
			if (!name(name).isEmpty()) {
				persons.add(new Person(name(name), null));
			}
		}
		return persons;
	}

	/**
	 * People of a {@code Name:} value with the genders of a {@code Gender m/f:} value.
	 */
	static List<Person> withGenders(String names, String genders) {
		List<Person> persons = new ArrayList<>();
		List<String> nameList = UaText.split(names, "\\s*(?:,|;|\\band\\b)\\s*");
		List<String> genderList = (genders == null) ? List.of() : UaText.split(genders, "[\\s,;/]+");
		for (int i = 0; i < nameList.size(); i++) {
			String gender = (i < genderList.size()) ? genderList.get(i) : null;
			persons.add(new Person(name(nameList.get(i)), pronouns(gender)));
		}
		return persons;
	}

	/** People written {@code Zhang Wei (m)} anywhere in a text. */
	static List<Person> marked(String text) {
		List<Person> persons = new ArrayList<>();
		Matcher matcher = WITH_GENDER.matcher(text);
		while (matcher.find()) {
			persons.add(
					new Person(matcher.group(1).replaceFirst("^(?:\\p{Lu}{3,}\\s+)+", ""), pronouns(matcher.group(2))));
		}
		return persons;
	}

	static String pronouns(String gender) {
		if (gender == null) {
			return null;
		}
		return switch (gender.strip().toLowerCase()) {
			case "m", "male", "man" -> "he/him";
			case "f", "female", "woman" -> "she/her";
			default -> null;
		};
	}

	private static String name(String raw) {
		return raw.replaceAll("^\\s*(and|&)\\s+", "").replaceAll("[.;:]+$", "").strip();
	}

}
