package org.urgentaction.importer.parse;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.ua.AiIndex;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.OutcomeType;
import org.urgentaction.ua.UaNumber;

/**
 * What every layout needs after its own parser ran: fallbacks that search the whole text
 * (each marked as a guess), the first target's salutation from the letter, titles from
 * salutations, and a warning for every field still missing.
 */
final class Completion {

	private static final Pattern ANY_UA_NUMBER = Pattern
		.compile("(?i)\\b(?:UA|urgent action)\\s*(?:no\\.?)?\\s*:?\\s*((?:EX\\s*)?\\d{1,4}\\s*[/.]\\s*\\d{2})\\b");

	private static final Pattern CLOSING = Pattern.compile(
			"(?i)\\b(no further (action|appeals) (is|are) (requested|needed|required)|stop action|final update)\\b");

	private static final Pattern INDEX_LINE = Pattern.compile("(?iu)\\b(index|[íi]ndice)\\b|رقم الوثيقة");

	private Completion() {
	}

	static void complete(Draft draft, UaText text) {
		identifiers(draft, text);
		targets(draft);
		dates(draft);
		if (draft.themes.isEmpty()) {
			draft.themes.addAll(Themes.suggest(text.joined()));
			if (!draft.themes.isEmpty()) {
				draft.warn("themes", "themesSuggested");
			}
		}
		if (draft.kind == DocumentKind.FINAL) {
			String summary = (draft.summary == null) ? "" : draft.summary;
			draft.outcome = Outcomes.find(Outcomes.reported(summary) ? summary : text.flat());
			if (draft.outcome.type() == OutcomeType.OTHER) {
				draft.warn("outcome", "outcomeUnclear");
			}
			else {
				draft.warn("outcome", "outcomeGuessed", draft.outcome.type());
			}
		}
		missing(draft);
	}

	private static void identifiers(Draft draft, UaText text) {
		if (draft.uaNumber == null) {
			Matcher matcher = ANY_UA_NUMBER.matcher(text.joined());
			if (matcher.find()) {
				draft.uaNumber = UaNumber.normalise("UA " + matcher.group(1)).orElse(null);
				draft.warn("uaNumber", "uaNumberGuessed", draft.uaNumber);
			}
		}
		if (draft.kind == null) {
			draft.position(SequenceWords.read(""));
			draft.sequenceStated = false;
		}
		if (draft.kind != DocumentKind.FINAL
				&& (CLOSING.matcher(text.joined()).find() || Vocabulary.saysClosed(text.flat()))) {
			draft.kind = DocumentKind.FINAL;
		}
		if (!draft.sequenceStated) {
			draft.sequence = 0;
			draft.warn("sequence", "sequenceNext");
		}
		if (draft.aiIndex == null) {
			int line = text.find(INDEX_LINE);
			if (line >= 0) {
				draft.aiIndex = AiIndex.normalise(text.line(line)).orElse(null);
			}
		}
		if (draft.country == null) {
			guessCountry(draft);
		}
	}

	private static void guessCountry(Draft draft) {
		var fromIndex = Countries.guessFromAiIndex(draft.aiIndex);
		var fromTitle = Countries.mentioned(draft.title);
		var fromTarget = draft.targets.stream()
			.filter((target) -> !target.copy && target.country != null)
			.map((target) -> target.country)
			.findFirst();
		var guess = fromTitle.or(() -> fromIndex).or(() -> fromTarget);
		if (guess.isPresent()) {
			draft.country = guess.get();
			draft.warn("country", "countryGuessed", draft.country);
		}
	}

	private static void targets(Draft draft) {
		String opening = (draft.letter == null) ? null : Salutations.clean(draft.letter.lines().findFirst().orElse(""));
		for (int i = 0; i < draft.targets.size(); i++) {
			TargetDraft target = draft.targets.get(i);
			String field = "targets[" + i + "].";
			int number = i + 1;
			if (target.salutation == null && i == 0 && opening != null
					&& Salutations.OPENING.matcher(opening).matches()) {
				target.salutation = opening;
			}
			if (target.title == null) {
				Salutations.office(target.salutation).ifPresent((office) -> {
					target.title = office;
					draft.warn(field + "title", "targetTitleFromSalutation", number, office);
				});
			}
			if (target.country == null) {
				Countries.guessFromAddress(target.addressLines).ifPresent((country) -> {
					target.country = country;
					draft.warn(field + "country", "targetCountryGuessed", number, country);
				});
			}
			if (target.emails.isEmpty() && target.faxes.isEmpty() && target.addressLines.isEmpty()
					&& target.twitter.isEmpty() && target.phones.isEmpty()) {
				draft.warn(field + "name", "targetNoContact", i + 1);
			}
		}
	}

	private static void dates(Draft draft) {
		if (draft.deadline == null && draft.deadlineWithoutYear != null && draft.issueDate != null) {
			LocalDate deadline = draft.deadlineWithoutYear.atYear(draft.issueDate.getYear());
			draft.deadline = deadline.isBefore(draft.issueDate) ? deadline.plusYears(1) : deadline;
			draft.warn("deadline", "deadlineYearGuessed", draft.deadline);
		}
		if (draft.deadline != null && draft.issueDate != null && draft.deadline.isBefore(draft.issueDate)) {
			draft.warn("deadline", "deadlineBeforeIssue");
			draft.deadline = null;
		}
	}

	private static void missing(Draft draft) {
		notFound(draft, "uaNumber", draft.uaNumber);
		notFound(draft, "title", draft.title);
		notFound(draft, "country", draft.country);
		notFound(draft, "issueDate", draft.issueDate);
		notFound(draft, "aiIndex", draft.aiIndex);
		notFound(draft, "summary", draft.summary);
		notFound(draft, "letter", draft.letter);
		notFound(draft, "additionalInformation", draft.additionalInformation);
		if (draft.deadline == null) {
			draft.warn("deadline", draft.asSoonAsPossible ? "deadlineAsSoonAsPossible" : "notFound");
		}
		if (draft.persons.isEmpty()) {
			draft.warn("persons", "notFound");
		}
		else if (draft.persons.stream().anyMatch((person) -> person.pronouns() == null)) {
			draft.warn("persons", "pronounsMissing");
		}
		if (draft.targets.isEmpty()) {
			draft.warn("targets", "notFound");
		}
		if (draft.preferredLanguages.isEmpty()) {
			draft.warn("preferredLanguages", "notFound");
		}
		if (draft.previousUaLink == null && draft.kind != DocumentKind.INITIAL) {
			draft.warn("previousUaLink", "notFound");
		}
	}

	private static void notFound(Draft draft, String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			draft.warn(field, "notFound");
		}
	}

}
