package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.ua.Person;

/**
 * The people of an archive document, after the country in capitals:
 * {@code MOROCCO: Ahmed Example (m), aged 17, student}, more names one per line, with
 * {@code (m)}, {@code (f)}, {@code (female)}, {@code (h)} markers read in the document's
 * language. Descriptions ({@code aged 17}, {@code Nepali national}) are not names.
 */
final class ArchivePersons {

	private static final Pattern NAME = Pattern
		.compile("^(\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]+|de|da|del"
				+ "|la|van|von|bin|ibn|al|el|ben|dos|das)){1,5})\\s*(?:\\((?<marker>[a-zA-Z]{1,6})\\))?\\s*$");

	private ArchivePersons() {
	}

	static List<Person> read(List<String> lines, Vocabulary vocabulary) {
		List<Person> persons = new ArrayList<>();
		for (String line : lines) {
			for (String segment : line.split("\\s*(?:[,;]|\\band\\b|\\bet\\b|\\by\\b)\\s*")) {
				Deadline.check();
				Matcher matcher = NAME.matcher(segment.strip());
				if (matcher.matches()) {
					String marker = matcher.group("marker");
					persons.add(new Person(matcher.group(1), marker == null ? null : vocabulary.pronouns(marker)));
				}
			}
		}
		return persons;
	}

}
