package org.urgentaction.importer.parse;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.DocumentStatus;
import org.urgentaction.ua.Outcome;
import org.urgentaction.ua.Person;
import org.urgentaction.ua.UaDocument;

/**
 * The fields a layout parser has found so far, and the warnings about them.
 */
final class Draft {

	DocumentKind kind;

	int sequence;

	boolean sequenceStated;

	String uaNumber;

	String aiIndex;

	String country;

	LocalDate issueDate;

	LocalDate deadline;

	MonthDay deadlineWithoutYear;

	boolean asSoonAsPossible;

	String title;

	String summary;

	final List<Person> persons = new ArrayList<>();

	final List<TargetDraft> targets = new ArrayList<>();

	String letter;

	String additionalInformation;

	final List<String> preferredLanguages = new ArrayList<>();

	String previousUaLink;

	final List<String> themes = new ArrayList<>();

	Outcome outcome;

	PreviousDocument follows;

	Vocabulary vocabulary = Vocabulary.ENGLISH;

	final List<ImportWarning> warnings = new ArrayList<>();

	void warn(String field, String code, Object... args) {
		warnings.add(new ImportWarning(field, code, args));
	}

	void position(SequenceWords.Position position) {
		kind = position.kind();
		sequence = position.sequence();
		sequenceStated = position.stated();
	}

	UaDocument toDocument() {
		return new UaDocument(null, null, DocumentStatus.DRAFT, kind == null ? DocumentKind.INITIAL : kind, sequence,
				uaNumber, aiIndex, country, issueDate, deadline, title, summary, persons,
				targets.stream().map(TargetDraft::toTarget).toList(), letter, additionalInformation, preferredLanguages,
				previousUaLink, themes, kind == DocumentKind.FINAL ? outcome : null, null, null, 0);
	}

}
