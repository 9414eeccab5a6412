package org.urgentaction.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.urgentaction.system.FieldProblem;

/**
 * What a section must look like: a code of capitals and digits, a name, at least one
 * known country and well-formed languages, addresses and links. Text is stripped and
 * codes are upper-cased (countries) or lower-cased (languages).
 */
final class SectionRules {

	static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,10}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Set<String> COUNTRIES = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));

	private final List<FieldProblem> problems = new ArrayList<>();

	private SectionRules() {
	}

	/**
	 * The section as it is to be stored, and the problems that keep it from being stored.
	 */
	record Checked(Section section, List<FieldProblem> problems) {
	}

	static Checked check(Section input) {
		SectionRules rules = new SectionRules();
		String code = strip(input.code());
		code = (code == null) ? null : code.toUpperCase(Locale.ROOT);
		if (code == null) {
			rules.problems.add(new FieldProblem("code", "validation.required"));
		}
		else if (!CODE.matcher(code).matches()) {
			rules.problems.add(new FieldProblem("code", "section.validation.code"));
		}
		String name = rules.text("name", input.name(), 200, true);
		List<String> countries = rules.countries(input.countries());
		List<String> languages = rules.languages(input.languages());
		Section.Office o = input.office();
		List<String> addressLines = new ArrayList<>();
		for (int i = 0; i < o.addressLines().size(); i++) {
			String line = rules.text("office.addressLines[" + i + "]", o.addressLines().get(i), 200, false);
			if (line != null) {
				addressLines.add(line);
			}
		}
		if (addressLines.size() > 8) {
			rules.problems.add(new FieldProblem("office.addressLines", "validation.range", 0, 8));
		}
		Section.Office office = new Section.Office(rules.text("office.name", o.name(), 200, false), addressLines,
				rules.email("office.email", o.email()), rules.url("office.url", o.url()),
				rules.text("office.phone", o.phone(), 60, false));
		Section.Sender sender = new Section.Sender(rules.text("sender.name", input.sender().name(), 200, false),
				rules.text("sender.postalAddress", input.sender().postalAddress(), 1000, false));
		return new Checked(new Section(code, name, countries, languages, office, sender), rules.problems);
	}

	private List<String> countries(List<String> given) {
		if (given.isEmpty()) {
			problems.add(new FieldProblem("countries", "validation.required"));
		}
		Set<String> countries = new TreeSet<>();
		for (int i = 0; i < given.size(); i++) {
			String country = strip(given.get(i));
			if (country == null || !COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
				problems.add(new FieldProblem("countries[" + i + "]", "section.validation.country"));
			}
			else {
				countries.add(country.toUpperCase(Locale.ROOT));
			}
		}
		return List.copyOf(countries);
	}

	private List<String> languages(List<String> given) {
		List<String> languages = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			String language = strip(given.get(i));
			if (language == null || !LANGUAGE.matcher(language.toLowerCase(Locale.ROOT)).matches()) {
				problems.add(new FieldProblem("languages[" + i + "]", "section.validation.language"));
			}
			else if (!languages.contains(language.toLowerCase(Locale.ROOT))) {
				languages.add(language.toLowerCase(Locale.ROOT));
			}
		}
		if (languages.size() > 10) {
			problems.add(new FieldProblem("languages", "validation.range", 0, 10));
		}
		return languages;
	}

	private String text(String field, String value, int max, boolean required) {
		String text = strip(value);
		if (text == null && required) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
		else if (text != null && text.length() > max) {
			problems.add(new FieldProblem(field, "validation.length", max));
		}
		else if (text != null && text.chars().anyMatch((c) -> c < ' ' || c == 127)) {
			problems.add(new FieldProblem(field, "validation.text"));
		}
		return text;
	}

	private String email(String field, String value) {
		String email = text(field, value, 320, false);
		if (email != null && !EMAIL.matcher(email).matches()) {
			problems.add(new FieldProblem(field, "validation.email", email));
		}
		return email;
	}

	private String url(String field, String value) {
		String url = text(field, value, 500, false);
		if (url != null && !url.matches("(?i)https?://\\S+")) {
			problems.add(new FieldProblem(field, "validation.url"));
		}
		return url;
	}

	static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
