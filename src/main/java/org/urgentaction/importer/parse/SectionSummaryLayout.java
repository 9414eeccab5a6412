package org.urgentaction.importer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Person;

/**
 * A section's summary of a case on its own site (FORMATS.md layout 7), e.g. a "victories"
 * page: a headline, the date, and a few paragraphs citing {@code UA 140.18}, without
 * index or targets. A summary that reports an outcome or asks for no more appeals closes
 * the case; any other is an update.
 */
final class SectionSummaryLayout implements LayoutParser {

	private static final Pattern PERSON = Pattern
		.compile("^(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3}),\\s+(?:a|an|the|un|una|une)\\s");

	private static final Pattern PRONOUN = Pattern.compile("(?iu)\\b(she|her|he|him|his)\\b");

	@Override
	public String name() {
		return "summary";
	}

	@Override
	public int score(UaText text) {
		if (text.size() > 60 || text.find(ArchiveIds.UA) < 0) {
			return 0;
		}
		return 3;
	}

	@Override
	public void parse(UaText text, Draft draft) {
		int headline = text.nextNonBlank(0);
		draft.title = text.line(headline).replaceAll("[.:]+$", "");
		int bodyStart = headline + 1;
		for (int i = headline + 1; i < Math.min(text.size(), headline + 4); i++) {
			var date = Dates.find(text.line(i));
			if (date.isPresent() && text.line(i).length() < 60) {
				draft.issueDate = date.get();
				bodyStart = i + 1;
				break;
			}
		}
		List<String> paragraphs = Paragraphs.of(text.lines(bodyStart, text.size()), true);
		if (!paragraphs.isEmpty()) {
			draft.summary = paragraphs.get(0);
			if (paragraphs.size() > 1) {
				draft.additionalInformation = String.join("\n\n", paragraphs.subList(1, paragraphs.size()));
			}
			person(paragraphs.get(0), draft);
		}
		ArchiveIds.uaNumber(text.flat()).ifPresent((mention) -> draft.uaNumber = mention.number());
		draft.country = Countries.mentioned(draft.title).or(() -> Countries.mentioned(draft.summary)).orElse(null);
		boolean closed = Outcomes.reported(text.flat()) || Vocabulary.saysClosed(text.flat());
		draft.position(new SequenceWords.Position(closed ? DocumentKind.FINAL : DocumentKind.FOLLOW_UP, 0, false));
	}

	private static void person(String paragraph, Draft draft) {
		Matcher name = PERSON.matcher(paragraph);
		if (!name.find()) {
			return;
		}
		Matcher pronoun = PRONOUN.matcher(paragraph.substring(name.end()));
		String pronouns = null;
		if (pronoun.find()) {
			pronouns = pronoun.group(1).toLowerCase().startsWith("s") || pronoun.group(1).equalsIgnoreCase("her")
					? "she/her" : "he/him";
		}
		draft.persons.add(new Person(name.group(1), pronouns));
	}

}
