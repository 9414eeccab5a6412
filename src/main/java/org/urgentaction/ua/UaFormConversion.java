package org.urgentaction.ua;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;
import org.urgentaction.system.FieldProblem;

import static org.urgentaction.ua.FormText.blank;
import static org.urgentaction.ua.FormText.lines;
import static org.urgentaction.ua.FormText.trimmed;

/**
 * Reads a {@link UaDocumentForm} into a document, and puts the problems the rules find
 * back on the form fields they concern. Empty and removed persons and targets are left
 * out, so problem indexes are translated back to the rows of the form.
 */
final class UaFormConversion {

	private static final Pattern INDEXED = Pattern.compile("(persons|targets)\\[(\\d+)\\](.*)");

	private final UaDocumentForm form;

	private final List<Integer> personRows = new ArrayList<>();

	private final List<Integer> targetRows = new ArrayList<>();

	private final List<FieldProblem> problems = new ArrayList<>();

	private final UaDocument document;

	UaFormConversion(UaDocumentForm form) {
		this.form = form;
		List<Person> persons = new ArrayList<>();
		for (int i = 0; i < form.getPersons().size(); i++) {
			PersonForm person = form.getPersons().get(i);
			if (person != null && !person.isRemove() && !person.isBlank()) {
				persons.add(person.toPerson());
				personRows.add(i);
			}
		}
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < form.getTargets().size(); i++) {
			TargetForm target = form.getTargets().get(i);
			if (target != null && !target.isRemove() && !target.isBlank()) {
				targets.add(target.toTarget());
				targetRows.add(i);
			}
		}
		Outcome outcome = form.getOutcomeType() == null ? null
				: new Outcome(form.getOutcomeType(), trimmed(form.getOutcomeNote()));
		this.document = new UaDocument(null, null, DocumentStatus.DRAFT, form.getKind(), sequence(),
				trimmed(form.getUaNumber()), trimmed(form.getAiIndex()), trimmed(form.getCountry()),
				date("issueDate", form.getIssueDate()), date("deadline", form.getDeadline()), trimmed(form.getTitle()),
				trimmed(form.getSummary()), persons, targets, trimmed(form.getLetter()),
				trimmed(form.getAdditionalInformation()), lines(form.getPreferredLanguages()),
				trimmed(form.getPreviousUaLink()), lines(form.getThemes()), outcome, null, null, form.getVersion());
	}

	UaDocument document() {
		return document;
	}

	/**
	 * Problems found while reading the form (dates and numbers), together with those of
	 * the document rules.
	 */
	List<FieldProblem> problems() {
		List<FieldProblem> all = new ArrayList<>(problems);
		for (FieldProblem problem : DocumentRules.check(document)) {
			if (all.stream().noneMatch((known) -> known.field().equals(problem.field()))) {
				all.add(problem);
			}
		}
		if (blank(form.getSequence())) {
			all.removeIf((problem) -> problem.field().equals("sequence"));
		}
		return all;
	}

	/**
	 * Puts each problem on its form field, or on the whole form when no field matches.
	 */
	void reject(List<FieldProblem> found, BindingResult result) {
		for (FieldProblem problem : found) {
			String field = formField(problem.field());
			Object[] args = problem.args().toArray();
			if (field == null) {
				result.reject(problem.code(), args, problem.code());
			}
			else {
				result.rejectValue(field, problem.code(), args, problem.code());
			}
		}
	}

	private String formField(String apiField) {
		Matcher indexed = INDEXED.matcher(apiField);
		if (indexed.matches()) {
			List<Integer> rows = indexed.group(1).equals("persons") ? personRows : targetRows;
			int index = Integer.parseInt(indexed.group(2));
			String property = indexed.group(3).isEmpty() ? ".name" : indexed.group(3);
			return index < rows.size() ? indexed.group(1) + "[" + rows.get(index) + "]" + property : null;
		}
		return switch (apiField.replaceFirst("\\[\\d+\\]$", "")) {
			case "outcome" -> "outcomeType";
			case "outcome.note" -> "outcomeNote";
			case "kind", "sequence", "uaNumber", "aiIndex", "country", "issueDate", "deadline", "title", "summary",
					"letter", "additionalInformation", "preferredLanguages", "previousUaLink", "themes" ->
				apiField.replaceFirst("\\[\\d+\\]$", "");
			default -> null;
		};
	}

	private int sequence() {
		if (blank(form.getSequence())) {
			return 0;
		}
		try {
			return Integer.parseInt(form.getSequence().strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem("sequence", "validation.number"));
			return 0;
		}
	}

	private LocalDate date(String field, String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "validation.date"));
			return null;
		}
	}

}
