package org.urgentaction.ua;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.urgentaction.system.FieldProblem;

/**
 * The rules every stored document keeps, whether it comes from a form, the API or an
 * import. Field names are those of the JSON API.
 */
public final class DocumentRules {

	/** No characters that would add headers or recipients to a mailto link. */
	private static final Pattern EMAIL = Pattern
		.compile("[^@\\s?&=,;%<>()\\[\\]:\"\\\\]+@[^@\\s?&=,;%<>()\\[\\]:\"\\\\]+\\.[^@\\s?&=,;%<>()\\[\\]:\"\\\\]+");

	private static final Pattern THEME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} \\-]{0,59}");

	private DocumentRules() {
	}

	public static List<FieldProblem> check(UaDocument document) {
		List<FieldProblem> problems = new ArrayList<>();
		if (document.kind() == null) {
			problems.add(new FieldProblem("kind", "validation.required"));
		}
		if (document.sequence() < 1 || document.sequence() > 99) {
			problems.add(new FieldProblem("sequence", "validation.range", 1, 99));
		}
		if (document.uaNumber() == null || document.uaNumber().isBlank()) {
			problems.add(new FieldProblem("uaNumber", "validation.required"));
		}
		else if (!UaNumber.isValid(document.uaNumber())) {
			problems.add(new FieldProblem("uaNumber", "validation.uaNumber"));
		}
		if (document.aiIndex() != null && !document.aiIndex().isBlank() && !AiIndex.isValid(document.aiIndex())) {
			problems.add(new FieldProblem("aiIndex", "validation.aiIndex"));
		}
		required(problems, "country", document.country(), 100);
		required(problems, "title", document.title(), 300);
		if (document.issueDate() == null) {
			problems.add(new FieldProblem("issueDate", "validation.required"));
		}
		else if (document.deadline() != null && document.deadline().isBefore(document.issueDate())) {
			problems.add(new FieldProblem("deadline", "validation.deadlineBeforeIssue"));
		}
		length(problems, "summary", document.summary(), 10000);
		length(problems, "letter", document.letter(), 50000);
		length(problems, "additionalInformation", document.additionalInformation(), 100000);
		length(problems, "previousUaLink", document.previousUaLink(), 2000);
		if (document.previousUaLink() != null && !document.previousUaLink().isBlank()
				&& !document.previousUaLink().strip().matches("(?i)https?://\\S+")) {
			problems.add(new FieldProblem("previousUaLink", "validation.url"));
		}
		if (String.join("\n", document.preferredLanguages()).length() > 1000) {
			problems.add(new FieldProblem("preferredLanguages", "validation.length", 1000));
		}
		for (int i = 0; i < document.themes().size(); i++) {
			String theme = document.themes().get(i);
			if (theme == null || !THEME.matcher(theme).matches()) {
				problems.add(new FieldProblem("themes[" + i + "]", "validation.theme"));
			}
		}
		checkPersons(problems, document.persons());
		checkTargets(problems, document.targets());
		if (document.outcome() != null && document.kind() != DocumentKind.FINAL) {
			problems.add(new FieldProblem("outcome", "validation.outcomeOnlyFinal"));
		}
		if (document.outcome() != null) {
			length(problems, "outcome.note", document.outcome().note(), 4000);
		}
		return problems;
	}

	private static void checkPersons(List<FieldProblem> problems, List<Person> persons) {
		for (int i = 0; i < persons.size(); i++) {
			Person person = persons.get(i);
			required(problems, "persons[" + i + "].name", person.name(), 300);
			length(problems, "persons[" + i + "].pronouns", person.pronouns(), 60);
		}
	}

	private static void checkTargets(List<FieldProblem> problems, List<Target> targets) {
		for (int i = 0; i < targets.size(); i++) {
			Target target = targets.get(i);
			String prefix = "targets[" + i + "].";
			if (blank(target.name()) && blank(target.title()) && blank(target.organisation())) {
				problems.add(new FieldProblem(prefix + "name", "validation.targetNamed"));
			}
			length(problems, prefix + "title", target.title(), 300);
			length(problems, prefix + "name", target.name(), 300);
			length(problems, prefix + "organisation", target.organisation(), 300);
			length(problems, prefix + "salutation", target.salutation(), 300);
			length(problems, prefix + "country", target.country(), 100);
			for (String email : target.emails()) {
				if (!EMAIL.matcher(email.strip()).matches() || email.length() > 320) {
					problems.add(new FieldProblem(prefix + "emails", "validation.email", email));
				}
			}
			lines(problems, prefix + "addressLines", target.addressLines(), 2000);
			lines(problems, prefix + "faxes", target.faxes(), 1000);
			lines(problems, prefix + "phones", target.phones(), 1000);
			lines(problems, prefix + "twitter", target.twitter(), 1000);
			lines(problems, prefix + "facebook", target.facebook(), 1000);
		}
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (blank(value)) {
			problems.add(new FieldProblem(field, "validation.required"));
		}
		else {
			length(problems, field, value, max);
		}
	}

	private static void length(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(new FieldProblem(field, "validation.length", max));
		}
	}

	private static void lines(List<FieldProblem> problems, String field, List<String> values, int max) {
		if (String.join("\n", values).length() > max) {
			problems.add(new FieldProblem(field, "validation.length", max));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
