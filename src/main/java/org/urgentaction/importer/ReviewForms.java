package org.urgentaction.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.system.FieldProblem;
import org.urgentaction.ua.Outcome;
import org.urgentaction.ua.Person;
import org.urgentaction.ua.PersonForm;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.TargetForm;
import org.urgentaction.ua.UaDocument;

/**
 * Fills the review form from an imported document, and reads the reviewed form back into
 * a document. Empty and removed persons and targets are left out; {@link #formField}
 * turns the field of a problem the rules found back into the row of the form.
 */
final class ReviewForms {

	private static final Pattern INDEXED = Pattern.compile("(persons|targets)\\[(\\d+)\\](.*)");

	private final List<FieldProblem> problems = new ArrayList<>();

	private final List<Integer> personRows = new ArrayList<>();

	private final List<Integer> targetRows = new ArrayList<>();

	private final UaDocument document;

	ReviewForms(ReviewForm form) {
		List<Person> persons = new ArrayList<>();
		for (int i = 0; i < form.getPersons().size(); i++) {
			PersonForm p = form.getPersons().get(i);
			if (p != null && !p.isRemove() && !(blank(p.getName()) && blank(p.getPronouns()))) {
				persons.add(new Person(trimmed(p.getName()), trimmed(p.getPronouns())));
				personRows.add(i);
			}
		}
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < form.getTargets().size(); i++) {
			TargetForm t = form.getTargets().get(i);
			if (t != null && !t.isRemove() && !blankTarget(t)) {
				targets.add(new Target(null, trimmed(t.getTitle()), trimmed(t.getName()), trimmed(t.getOrganisation()),
						lines(t.getAddressLines()), trimmed(t.getCountry()), lines(t.getEmails()), lines(t.getFaxes()),
						lines(t.getPhones()), lines(t.getTwitter()), lines(t.getFacebook()), trimmed(t.getSalutation()),
						t.isCopy()));
				targetRows.add(i);
			}
		}
		Outcome outcome = (form.getOutcomeType() == null) ? null
				: new Outcome(form.getOutcomeType(), trimmed(form.getOutcomeNote()));
		this.document = new UaDocument(null, null, null, form.getKind(), sequence(form.getSequence()),
				trimmed(form.getUaNumber()), trimmed(form.getAiIndex()), trimmed(form.getCountry()),
				date("issueDate", form.getIssueDate()), date("deadline", form.getDeadline()), trimmed(form.getTitle()),
				trimmed(form.getSummary()), persons, targets, trimmed(form.getLetter()),
				trimmed(form.getAdditionalInformation()), lines(form.getPreferredLanguages()),
				trimmed(form.getPreviousUaLink()), lines(form.getThemes()), outcome, null, null, 0);
	}

	UaDocument document() {
		return document;
	}

	/** Problems reading the form itself (a date or a number that is not one). */
	List<FieldProblem> problems() {
		return problems;
	}

	String formField(String field) {
		Matcher matcher = INDEXED.matcher(field);
		if (!matcher.matches()) {
			return field;
		}
		List<Integer> rows = matcher.group(1).equals("persons") ? personRows : targetRows;
		int index = Integer.parseInt(matcher.group(2));
		int row = (index < rows.size()) ? rows.get(index) : index;
		return matcher.group(1) + "[" + row + "]" + matcher.group(3);
	}

	static ReviewForm of(ImportedDocument imported) {
		UaDocument d = imported.document();
		ReviewForm form = new ReviewForm();
		form.setFileName(imported.fileName());
		form.setContentHash(imported.contentHash());
		form.setText(imported.text());
		form.setWarningCount(imported.warnings().size());
		form.setLanguage(imported.language());
		form.setKind(d.kind());
		form.setSequence(d.sequence() == 0 ? null : String.valueOf(d.sequence()));
		form.setUaNumber(d.uaNumber());
		form.setAiIndex(d.aiIndex());
		form.setCountry(d.country());
		form.setIssueDate(d.issueDate() == null ? null : d.issueDate().toString());
		form.setDeadline(d.deadline() == null ? null : d.deadline().toString());
		form.setTitle(d.title());
		form.setSummary(d.summary());
		List<PersonForm> persons = new ArrayList<>();
		for (Person person : d.persons()) {
			PersonForm p = new PersonForm();
			p.setName(person.name());
			p.setPronouns(person.pronouns());
			persons.add(p);
		}
		form.setPersons(persons);
		List<TargetForm> targets = new ArrayList<>();
		for (Target target : d.targets()) {
			targets.add(target(target));
		}
		form.setTargets(targets);
		form.setLetter(d.letter());
		form.setAdditionalInformation(d.additionalInformation());
		form.setPreferredLanguages(String.join("\n", d.preferredLanguages()));
		form.setPreviousUaLink(d.previousUaLink());
		form.setThemes(String.join("\n", d.themes()));
		form.setOutcomeType(d.outcome() == null ? null : d.outcome().type());
		form.setOutcomeNote(d.outcome() == null ? null : d.outcome().note());
		tidy(form, false, false);
		return form;
	}

	/** Drops removed rows and keeps one empty person and target to fill in. */
	static void tidy(ReviewForm form, boolean addPerson, boolean addTarget) {
		form.getPersons().removeIf((p) -> p == null || p.isRemove());
		form.getTargets().removeIf((t) -> t == null || t.isRemove());
		if (addPerson || form.getPersons().isEmpty()) {
			form.getPersons().add(new PersonForm());
		}
		if (addTarget || form.getTargets().isEmpty()) {
			form.getTargets().add(new TargetForm());
		}
	}

	private static TargetForm target(Target target) {
		TargetForm t = new TargetForm();
		t.setTitle(target.title());
		t.setName(target.name());
		t.setOrganisation(target.organisation());
		t.setAddressLines(String.join("\n", target.addressLines()));
		t.setCountry(target.country());
		t.setEmails(String.join("\n", target.emails()));
		t.setFaxes(String.join("\n", target.faxes()));
		t.setPhones(String.join("\n", target.phones()));
		t.setTwitter(String.join("\n", target.twitter()));
		t.setFacebook(String.join("\n", target.facebook()));
		t.setSalutation(target.salutation());
		t.setCopy(target.copy());
		return t;
	}

	private int sequence(String value) {
		if (blank(value)) {
			return 0;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem("sequence", "validation.number"));
			return 0;
		}
	}

	private LocalDate date(String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "validation.date"));
			return null;
		}
	}

	private static boolean blankTarget(TargetForm t) {
		return blank(t.getTitle()) && blank(t.getName()) && blank(t.getOrganisation()) && blank(t.getAddressLines())
				&& blank(t.getCountry()) && blank(t.getEmails()) && blank(t.getFaxes()) && blank(t.getPhones())
				&& blank(t.getTwitter()) && blank(t.getFacebook()) && blank(t.getSalutation());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trimmed(String value) {
		return blank(value) ? null : value.strip();
	}

	private static List<String> lines(String text) {
		return blank(text) ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
