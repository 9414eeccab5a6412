package org.urgentaction.ua;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's text fields in another language than its original: title, summary, sample
 * letter, additional information, the persons' pronouns (in the document's order) and
 * salutations by target id. A draft until published; published and withdrawn on its own.
 */
public record UaTranslation(long documentId, String language, TranslationStatus status, String title, String summary,
		String letter, String additionalInformation, List<String> pronouns, Map<Long, String> salutations,
		Instant publishedAt, Instant updatedAt) {

	public UaTranslation {
		pronouns = Collections.unmodifiableList(new ArrayList<>(pronouns == null ? List.of() : pronouns));
		salutations = Collections.unmodifiableMap(new LinkedHashMap<>(salutations == null ? Map.of() : salutations));
	}

	public boolean isPublished() {
		return status == TranslationStatus.PUBLISHED;
	}

	/**
	 * The document with this translation's text in place of the original's; fields the
	 * translation leaves empty keep the original.
	 */
	public UaDocument applyTo(UaDocument d) {
		List<Person> persons = new ArrayList<>();
		for (int i = 0; i < d.persons().size(); i++) {
			Person person = d.persons().get(i);
			String translated = (i < pronouns.size() && pronouns.get(i) != null && !pronouns.get(i).isBlank())
					? pronouns.get(i) : person.pronouns();
			persons.add(new Person(person.name(), translated));
		}
		List<Target> targets = d.targets()
			.stream()
			.map((t) -> salutations.containsKey(t.id()) ? withSalutation(t, salutations.get(t.id())) : t)
			.toList();
		return new UaDocument(d.id(), d.caseId(), d.status(), d.kind(), d.sequence(), d.uaNumber(), d.aiIndex(),
				d.country(), d.issueDate(), d.deadline(), title, or(summary, d.summary()), persons, targets,
				or(letter, d.letter()), or(additionalInformation, d.additionalInformation()), d.preferredLanguages(),
				d.previousUaLink(), d.themes(), d.outcome(), d.publishedAt(), d.updatedAt(), d.version());
	}

	private static Target withSalutation(Target t, String salutation) {
		return new Target(t.id(), t.title(), t.name(), t.organisation(), t.addressLines(), t.country(), t.emails(),
				t.faxes(), t.phones(), t.twitter(), t.facebook(), salutation, t.copy());
	}

	private static String or(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
