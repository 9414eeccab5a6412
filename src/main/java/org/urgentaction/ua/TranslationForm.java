package org.urgentaction.ua;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * Reads the staff form of a translation: the text fields, and one salutation field per
 * target ({@code salutation-<target id>}); an empty salutation keeps the original's.
 */
final class TranslationForm {

	private TranslationForm() {
	}

	static UaTranslation translation(UaDocument document, Map<String, String> form) {
		Map<Long, String> salutations = new HashMap<>();
		for (Target target : document.targets()) {
			String salutation = form.get("salutation-" + target.id());
			if (salutation != null && !salutation.isBlank()) {
				salutations.put(target.id(), salutation.strip());
			}
		}
		return new UaTranslation(document.id(), form.get("language"), TranslationStatus.DRAFT, form.get("title"),
				form.get("summary"), form.get("letter"), form.get("additionalInformation"), List.of(), salutations,
				null, null);
	}

	/** The rules of a stored translation, for a preview that stores nothing. */
	static void check(UaDocument document, UaTranslation text, String language) {
		List<FieldProblem> problems = new java.util.ArrayList<>(TranslationRules.check(text, document));
		if (LanguageTag.normalise(language).isEmpty()) {
			problems.add(0, new FieldProblem("language", "translation.language"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
