package org.urgentaction.ua;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.urgentaction.system.FieldProblem;

/**
 * The rules a translation keeps: a title, the lengths of the original's fields, pronouns
 * for persons the document has, and salutations only for its own targets. Field names are
 * those of the JSON API.
 */
final class TranslationRules {

	private TranslationRules() {
	}

	static List<FieldProblem> check(UaTranslation t, UaDocument document) {
		List<FieldProblem> problems = new ArrayList<>();
		if (t.title() == null || t.title().isBlank()) {
			problems.add(new FieldProblem("title", "validation.required"));
		}
		length(problems, "title", t.title(), 300);
		length(problems, "summary", t.summary(), 10000);
		length(problems, "letter", t.letter(), 50000);
		length(problems, "additionalInformation", t.additionalInformation(), 100000);
		if (t.pronouns().size() > document.persons().size()) {
			problems.add(new FieldProblem("pronouns", "translation.tooManyPronouns", document.persons().size()));
		}
		for (int i = 0; i < t.pronouns().size(); i++) {
			String pronouns = t.pronouns().get(i);
			length(problems, "pronouns[" + i + "]", pronouns, 60);
			if (pronouns != null && pronouns.contains("\n")) {
				problems.add(new FieldProblem("pronouns[" + i + "]", "translation.oneLine"));
			}
		}
		for (Map.Entry<Long, String> salutation : t.salutations().entrySet()) {
			String field = "salutations." + salutation.getKey();
			if (document.target(salutation.getKey()) == null) {
				problems.add(new FieldProblem(field, "translation.unknownTarget", String.valueOf(salutation.getKey())));
			}
			else if (salutation.getValue() == null || salutation.getValue().isBlank()) {
				problems.add(new FieldProblem(field, "validation.required"));
			}
			else if (salutation.getValue().contains("\n") || salutation.getValue().contains("\r")) {
				problems.add(new FieldProblem(field, "translation.oneLine"));
			}
			length(problems, field, salutation.getValue(), 300);
		}
		return problems;
	}

	private static void length(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "validation.length", max));
		}
	}

}
